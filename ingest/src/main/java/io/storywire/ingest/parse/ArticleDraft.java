package io.storywire.ingest.parse;

import java.time.OffsetDateTime;

/**
 * An article as a format parser read it, before normalisation, validation and id: fields may be missing or raw.
 *
 * @param dateText       the date as written, when the parser could not read it already; may be null
 * @param published      the date when the format gave a machine-readable one; may be null
 * @param publishedFrom  where {@code published}/{@code dateText} came from: "text", "meta", "feed", "json"
 */
public record ArticleDraft(String title, String source, String author, String dateText, OffsetDateTime published,
                           String publishedFrom, String url, String body, String language) {

    public ArticleDraft withBody(String newBody) {
        return new ArticleDraft(title, source, author, dateText, published, publishedFrom, url, newBody, language);
    }
}
