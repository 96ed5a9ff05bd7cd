package io.storywire.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * One parsed, normalised news article: what ingest publishes to the articles topic, keyed by {@link #id}.
 *
 * @param id               stable content id: the same article ingested twice gets the same id
 * @param title            headline, normalised
 * @param source           publisher or wire service as the article states it, or the URL's host; may be null
 * @param author           byline; may be null
 * @param published        publication time with the zone the article gave (UTC when it gave none)
 * @param publishedFrom    where {@link #published} came from: "text", "meta", "feed", "json", "relative" or
 *                         "ingest-time" when the article carried no date and ingest time stands in for it
 * @param url              canonical URL when known; may be null
 * @param language         ISO 639-1 code detected from the text, or "und" when detection could not decide
 * @param body             main text without site boilerplate; paragraphs separated by a blank line
 * @param origin           the way in: "file", "drop", "http", "cli", "kafka", "feed"
 * @param originName       file name, feed URL or client-supplied name; may be null
 * @param ingestedAt       when ingest accepted the article
 * @param nearDuplicateOf  set when an earlier article tells the same story in near-identical words; null otherwise
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Article(
        String id,
        String title,
        String source,
        String author,
        OffsetDateTime published,
        String publishedFrom,
        String url,
        String language,
        String body,
        String origin,
        String originName,
        Instant ingestedAt,
        NearDuplicate nearDuplicateOf) {

    /** The published time as an instant, falling back to ingest time so ordering never sees a null. */
    public Instant publishedInstant() {
        return published != null ? published.toInstant() : ingestedAt;
    }

    public Article withNearDuplicateOf(NearDuplicate original) {
        return new Article(id, title, source, author, published, publishedFrom, url, language, body, origin,
                originName, ingestedAt, original);
    }
}
