package io.storywire.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

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
 * @param kind             {@link #KIND_ARTICLE} for an article with text, {@link #KIND_HEADLINE} for a headline-only
 *                         item (RSS item, aggregator headline, wire flash): enriched and clustered on its title
 * @param flags            doubts ingest noted with their evidence (possibly truncated, paywall teaser, ...); never null
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
        NearDuplicate nearDuplicateOf,
        String kind,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ArticleFlag> flags) {

    public static final String KIND_ARTICLE = "article";
    public static final String KIND_HEADLINE = "headline";

    public Article {
        if (kind == null) {
            kind = body == null || body.isBlank() ? KIND_HEADLINE : KIND_ARTICLE;
        }
        flags = flags == null ? List.of() : List.copyOf(flags);
    }

    /** An article with no flags, its kind told by whether it has a body. */
    public Article(String id, String title, String source, String author, OffsetDateTime published,
            String publishedFrom, String url, String language, String body, String origin, String originName,
            Instant ingestedAt, NearDuplicate nearDuplicateOf) {
        this(id, title, source, author, published, publishedFrom, url, language, body, origin, originName,
                ingestedAt, nearDuplicateOf, null, List.of());
    }

    /** True for a headline-only item: there is no body to read, only the title. */
    public boolean headlineOnly() {
        return KIND_HEADLINE.equals(kind);
    }

    /** The published time as an instant, falling back to ingest time so ordering never sees a null. */
    public Instant publishedInstant() {
        return published != null ? published.toInstant() : ingestedAt;
    }

    public Article withNearDuplicateOf(NearDuplicate original) {
        return new Article(id, title, source, author, published, publishedFrom, url, language, body, origin,
                originName, ingestedAt, original, kind, flags);
    }
}
