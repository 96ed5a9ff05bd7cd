package io.storywire.aggregate.query;

/**
 * Names of the aggregate topology's queryable stores, as agreed with its author (see AggregateTopology): stories by
 * story id (partitioned by topic id), articles by article id, article id to story ids.
 */
public final class QueryStores {

    public static final String STORIES = "stories";
    public static final String ARTICLES = "articles";
    public static final String ARTICLE_STORIES = "article-stories";

    private QueryStores() {
    }
}
