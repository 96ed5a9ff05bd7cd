package io.storywire.ingest.parse;

/**
 * The codes of {@link io.storywire.core.model.ArticleFlag}s ingest sets: doubts about a real article, kept with
 * their evidence instead of rejecting it.
 */
public final class Flags {

    /** The text ends as cut-off text does: "...", "[+1234 chars]", "Read more", mid-sentence, a wire "MORE". */
    public static final String POSSIBLY_TRUNCATED = "possibly-truncated";
    /** A subscription or login notice stood in the text (it is cut) and little text is left besides. */
    public static final String POSSIBLY_PAYWALLED = "possibly-paywalled";
    /** Fewer words than {@code ingest.min.body.words}: a brief, a teaser or a caption. */
    public static final String SHORT_BODY = "short-body";
    /** The input had no headline: the title is the text's first sentence. */
    public static final String TITLE_FROM_TEXT = "title-from-text";
    /** Some characters could not be decoded and show as U+FFFD. */
    public static final String REPLACEMENT_CHARACTERS = "replacement-characters";
    /** A date was given but could not be read: ingest time stands in for it. */
    public static final String UNREADABLE_DATE = "unreadable-date";
    /**
     * A date was read but lies before 1900 or more than {@code ingest.max.future.hours} after ingest time: ingest
     * time stands in for it ({@code publishedFrom: "ingest-time"}); the evidence is the date as read.
     */
    public static final String IMPLAUSIBLE_DATE = "implausible-date";
    /** No charset was declared: the one used was detected from the bytes. */
    public static final String CHARSET_DETECTED = "charset-detected";

    /** A URL came with the article (field, header or {@code ?url=}) that is not an absolute http(s) URL: not kept. */
    public static final String INVALID_URL = "invalid-url";

    private static final int EVIDENCE_CHARS = 120;

    private Flags() {
    }

    /** Evidence short enough for a log line: the value itself, cut at 120 characters. */
    static String evidence(String value) {
        return value.length() <= EVIDENCE_CHARS ? value : value.substring(0, EVIDENCE_CHARS) + "...";
    }
}
