package io.storywire.aggregate.store;

/**
 * Names of the aggregate's state stores that queries read. They live here, below both the topology that writes them
 * and the query layer that reads them, so that neither depends on the other.
 */
public final class StoreNames {

    /**
     * The clusterer's state, stories and topic counts included, in slices by key prefix: see {@link StoryState}.
     * Partitioned by topic id.
     */
    public static final String STORY_STATE = "story-state";
    /** article id -> {@link io.storywire.core.model.EnrichedArticle}. */
    public static final String ARTICLES = "articles";
    /** article id -> the sorted story ids it belongs to, one per topic at most. */
    public static final String ARTICLE_STORIES = "article-stories";
    /**
     * "{entity id}|{article id}" -> article id, one entry per entity an article names: what
     * {@code /api/entities/{id}/stories} prefix-scans. Partitioned like ARTICLES (by article id). Derived state: it
     * has no changelog, is rebuilt from ARTICLES whenever its task starts, and only the active copy answers (a
     * standby restores ARTICLES alone).
     */
    public static final String ENTITY_INDEX = "entity-index";

    private StoreNames() {
    }
}
