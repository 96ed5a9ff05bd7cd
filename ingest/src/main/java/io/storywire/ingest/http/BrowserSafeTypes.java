package io.storywire.ingest.http;

import java.util.Locale;

/**
 * Which request bodies {@code POST /articles} takes from whom. A browser sends a form post
 * ({@code application/x-www-form-urlencoded}, {@code multipart/form-data}), a {@code text/plain} body or one without
 * a content type to any site without asking it first (no CORS preflight), so a page elsewhere could feed the
 * pipeline through a reader's browser. Form posts are refused outright; a text or untyped body is taken only with a
 * header no browser adds cross-site without a preflight: {@code X-Storywire-Ingest} or a bearer token. JSON, HTML
 * and feed types need a preflight, which this server never grants.
 */
final class BrowserSafeTypes {

    /** The explicit ingest header; any non-blank value (by convention {@code 1}). */
    static final String INGEST_HEADER = "X-Storywire-Ingest";

    private BrowserSafeTypes() {
    }

    /** Why the request is refused (status and detail), or null when it may go on to the parser. */
    static Refusal check(String contentType, String ingestHeader, String authorization) {
        String media = contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (media.equals("application/x-www-form-urlencoded") || media.equals("multipart/form-data")) {
            return new Refusal(415, "form-post", "form posts (" + media + ") are refused: any web page can make a "
                    + "browser send one; send application/json, text/html, a feed type, or text/plain with "
                    + INGEST_HEADER + ": 1 (curl -d sends a form: use --data-binary and -H 'Content-Type: ...')");
        }
        boolean explicit = (ingestHeader != null && !ingestHeader.isBlank())
                || (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7));
        if ((media.isEmpty() || media.equals("text/plain")) && !explicit) {
            return new Refusal(403, "ingest-header-required", (media.isEmpty() ? "a body without a content type"
                    : "a text/plain body") + " is taken only with the header " + INGEST_HEADER
                    + ": 1 or a bearer token, because any web page can make a browser send one");
        }
        return null;
    }

    record Refusal(int status, String reason, String detail) {
    }
}
