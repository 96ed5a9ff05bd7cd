package io.storywire.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * A story: the articles of one topic that tell the same news, grouped as they arrived.
 *
 * @param id          "{topic}:{suffix}", so a story query routes by its topic
 * @param topic       the topic id the story belongs to
 * @param headline    a representative title
 * @param size        number of articles
 * @param firstSeen   earliest published time among its articles
 * @param lastSeen    latest published time among its articles
 * @param topEntities entities most of its articles name, most first
 * @param topTerms    its most weighted terms, most first
 * @param articles    its newest articles (at most {@code aggregate.story.articles.max}), in the order they joined;
 *                    {@code size} counts all of them
 * @param mergedInto  set only on the last record of a story that was absorbed by another (the older story of the
 *                    two): the id of the story that now holds its articles; the absorbed story is gone from the
 *                    stores after it
 * @param change      on the records of the stories topic (and its events) only: what this record tells,
 *                    {@link #OPENED}, {@link #ARTICLE_ADDED} or {@link #MERGED} (the survivor of a merge, and the last
 *                    record of the story it absorbed, which carries {@code mergedInto}); null in the stores
 */
public record Story(
        String id,
        String topic,
        String headline,
        int size,
        Instant firstSeen,
        Instant lastSeen,
        List<EntityCount> topEntities,
        List<String> topTerms,
        List<StoryArticle> articles,
        @JsonInclude(JsonInclude.Include.NON_NULL) String mergedInto,
        @JsonInclude(JsonInclude.Include.NON_NULL) String change) {

    /** The record of a story an article opened. */
    public static final String OPENED = "opened";
    /** The record of a story an article joined. */
    public static final String ARTICLE_ADDED = "article-added";
    /** The record of a story that absorbed another, or the last record of the story it absorbed. */
    public static final String MERGED = "merged";

    public Story(String id, String topic, String headline, int size, Instant firstSeen, Instant lastSeen,
            List<EntityCount> topEntities, List<String> topTerms, List<StoryArticle> articles, String mergedInto) {
        this(id, topic, headline, size, firstSeen, lastSeen, topEntities, topTerms, articles, mergedInto, null);
    }

    /** A live story (not merged into another). */
    public Story(String id, String topic, String headline, int size, Instant firstSeen, Instant lastSeen,
            List<EntityCount> topEntities, List<String> topTerms, List<StoryArticle> articles) {
        this(id, topic, headline, size, firstSeen, lastSeen, topEntities, topTerms, articles, null, null);
    }

    /** The record that tells subscribers this story now lives on as {@code survivor}. */
    public Story mergedInto(String survivor) {
        return new Story(id, topic, headline, size, firstSeen, lastSeen, topEntities, topTerms, articles, survivor,
                change);
    }

    /** This record as the stories topic carries it, telling what changed. */
    public Story withChange(String what) {
        return new Story(id, topic, headline, size, firstSeen, lastSeen, topEntities, topTerms, articles, mergedInto,
                what);
    }

    public static String topicOf(String storyId) {
        int colon = storyId.indexOf(':');
        return colon < 0 ? storyId : storyId.substring(0, colon);
    }
}
