package io.storywire.aggregate.store;

/**
 * Names of the aggregate's state stores that queries read. They live here, below both the topology that writes them
 * and the query layer that reads them, so that neither depends on the other.
 */
public final class StoreNames {

    /** story id -> {@link io.storywire.core.model.Story}; keys "{topic}:{suffix}", listable by topic prefix. */
    public static final String STORIES = "stories";
    /** article id -> {@link io.storywire.core.model.EnrichedArticle}. */
    public static final String ARTICLES = "articles";
    /** article id -> the sorted story ids it belongs to, one per topic at most. */
    public static final String ARTICLE_STORIES = "article-stories";
    /**
     * topic id -> topic count (stories, article memberships, latest article time): what {@code /api/topics} reads,
     * kept by the clusterer so that no query scans {@link #STORIES}. Partitioned like STORIES.
     */
    public static final String TOPIC_COUNTS = "topic-counts";
    /**
     * "{entity id}|{article id}" -> article id, one entry per entity an article names: what
     * {@code /api/entities/{id}/stories} prefix-scans. Partitioned like ARTICLES (by article id).
     */
    public static final String ENTITY_INDEX = "entity-index";

    private StoreNames() {
    }
}
