package io.storywire.aggregate.query;

import io.storywire.aggregate.cluster.TopicCount;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.storywire.core.model.Article;
import io.storywire.core.model.Entity;
import io.storywire.core.model.Story;
import io.storywire.core.model.TopicTag;
import java.util.List;

/**
 * What the query API answers. Every answer says whether some part came from a standby replica ({@code stale}),
 * so a possibly lagging answer is never presented as current.
 */
public final class Views {

    private Views() {
    }

    public record TopicList(List<TopicCount> topics, boolean stale) {
    }

    public record StoryView(@JsonUnwrapped Story story, boolean stale) {
    }

    public record ArticleView(Article article, List<Entity> entities, List<TopicTag> topics, List<String> storyIds,
                              boolean stale) {
    }

    public record EntityStories(String entity, int total, boolean stale, List<Story> stories) {
    }
}
