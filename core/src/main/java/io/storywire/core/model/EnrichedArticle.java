package io.storywire.core.model;

import java.util.List;

/** What enrich publishes: the article with its entities and topics, keyed by the article id. */
public record EnrichedArticle(Article article, List<Entity> entities, List<TopicTag> topics) {

    public String id() {
        return article.id();
    }

    public boolean hasTopic(String topicId) {
        return topics.stream().anyMatch(t -> t.id().equals(topicId));
    }
}
