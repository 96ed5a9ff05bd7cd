package io.storywire.ingest.parse;

/** The reason codes of rejected inputs, as they appear in dead letters and problem+json bodies. */
public final class Reasons {

    public static final String EMPTY = "empty";
    public static final String TOO_LARGE = "too-large";
    public static final String BINARY = "binary";
    public static final String INVALID_UTF8 = "invalid-utf8";
    public static final String UNSUPPORTED_TYPE = "unsupported-content-type";
    public static final String MALFORMED_JSON = "malformed-json";
    public static final String INVALID_FIELD = "invalid-field";
    public static final String MALFORMED_FEED = "malformed-feed";
    public static final String MISSING_TITLE = "missing-title";
    public static final String MISSING_BODY = "missing-body";
    public static final String BODY_TOO_SHORT = "body-too-short";
    public static final String TRUNCATED = "truncated";
    public static final String PAYWALL = "paywall";
    public static final String FUTURE_DATE = "future-date";
    public static final String INVALID_DATE = "invalid-date";
    /** A parser library failed on the payload; the detail says how. */
    public static final String UNREADABLE = "unreadable";

    private Reasons() {
    }

    /** Reasons about the transport rather than the content: HTTP answers them with 413/415, not 400. */
    public static boolean tooLarge(String reason) {
        return TOO_LARGE.equals(reason);
    }

    public static boolean unsupported(String reason) {
        return UNSUPPORTED_TYPE.equals(reason);
    }
}
