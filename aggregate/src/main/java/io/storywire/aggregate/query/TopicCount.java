package io.storywire.aggregate.query;

import io.storywire.core.model.Story;
import java.time.Instant;

/**
 * How much one topic holds. {@code articles} counts story memberships: an article sits in one story per topic.
 *
 * @param lastSeen latest article time among its stories; may be null
 */
public record TopicCount(String id, int stories, int articles, Instant lastSeen) {

    /** A configured topic that has no story yet. */
    public static TopicCount empty(String topic) {
        return new TopicCount(topic, 0, 0, null);
    }

    public static TopicCount of(Story s) {
        return new TopicCount(s.topic(), 1, s.size(), s.lastSeen());
    }

    public TopicCount plus(TopicCount other) {
        Instant last = lastSeen == null ? other.lastSeen
                : other.lastSeen == null || lastSeen.isAfter(other.lastSeen) ? lastSeen : other.lastSeen;
        return new TopicCount(id, stories + other.stories, articles + other.articles, last);
    }
}
