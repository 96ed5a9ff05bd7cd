package io.storywire.ingest.parse;

/**
 * The reason codes of rejected inputs, as they appear in dead letters and problem+json bodies. Only what is not an
 * article is rejected; doubts about a real article are {@link Flags} on it.
 */
public final class Reasons {

    public static final String EMPTY = "empty";
    public static final String TOO_LARGE = "too-large";
    public static final String BINARY = "binary";
    /** Text that no charset reads: mostly U+FFFD once decoded. */
    public static final String UNDECODABLE = "undecodable";
    public static final String UNSUPPORTED_TYPE = "unsupported-content-type";
    public static final String MALFORMED_JSON = "malformed-json";
    public static final String INVALID_FIELD = "invalid-field";
    public static final String MALFORMED_FEED = "malformed-feed";
    /** Neither a headline nor any text: page chrome only, or a JSON object without title and body. */
    public static final String NO_TEXT = "no-text";
    /** A web page with a title but no article text (a headline alone is read from JSON, feeds and text only). */
    public static final String MISSING_BODY = "missing-body";
    /** The only text is a subscription or login notice. */
    public static final String PAYWALL = "paywall";
    /** A parser library failed on the payload; the detail says how. */
    public static final String UNREADABLE = "unreadable";
    /** A drop-folder entry that is a symbolic link, a hard link or a device: not followed, not read. */
    public static final String NOT_A_REGULAR_FILE = "not-a-regular-file";

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
