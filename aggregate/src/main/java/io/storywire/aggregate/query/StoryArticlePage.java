package io.storywire.aggregate.query;

import io.storywire.aggregate.query.local.StoryArticles;
import io.storywire.aggregate.query.local.StoryPageRequest;
import io.storywire.core.model.StoryArticle;
import java.util.List;

/**
 * One page of a story's articles, newest first (the reverse of the order they joined), read from the story membership
 * slice: the story record itself lists only the newest few.
 *
 * @param total how many articles the story holds (its size)
 */
public record StoryArticlePage(String story, int limit, int offset, int total, boolean stale,
                               List<StoryArticle> articles) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    /**
     * The local read's arguments, limit and offset from raw query parameters; anything malformed is an
     * {@link IllegalArgumentException}.
     */
    public static StoryArticles.Request request(String story, String limit, String offset) {
        return new StoryArticles.Request(story, StoryPageRequest.parseInt("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT),
                StoryPageRequest.parseInt("offset", offset, 0, 0, Integer.MAX_VALUE));
    }
}
