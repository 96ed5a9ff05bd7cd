package io.storywire.ingest.parse;

/**
 * Why an input (or one item of a batch or feed) is not an article.
 *
 * @param reason  short machine-readable code, see {@link Reasons}
 * @param detail  what a person needs to fix the input
 * @param field   the JSON field or part at fault ("title", "[2].published"); null when it is the whole payload
 */
public record Rejection(String reason, String detail, String field) {

    public static Rejection of(String reason, String detail) {
        return new Rejection(reason, detail, null);
    }

    /** The same rejection about item {@code index} of a batch. */
    public Rejection atItem(int index) {
        String where = "[" + index + "]" + (field == null ? "" : "." + field);
        return new Rejection(reason, "item " + index + ": " + detail, where);
    }
}
