package io.storywire.aggregate.cluster;

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

    /**
     * The topic's counts once an article new to the topic has joined {@code story} (as it now is): one more
     * membership, one more story when the article opened it, and the latest time so far. A story's last seen time
     * only moves forward, so the topic's is the latest of its stories' without reading them.
     *
     * @param before the topic's counts so far, or null for its first story
     */
    public static TopicCount counting(TopicCount before, Story story, boolean opened) {
        TopicCount added = new TopicCount(story.topic(), opened ? 1 : 0, 1, story.lastSeen());
        return before == null ? added : before.plus(added);
    }

    /** One story fewer: two of the topic's stories became one. */
    public TopicCount lessOneStory() {
        return new TopicCount(id, stories - 1, articles, lastSeen);
    }

    public TopicCount plus(TopicCount other) {
        Instant last = lastSeen == null ? other.lastSeen
                : other.lastSeen == null || lastSeen.isAfter(other.lastSeen) ? lastSeen : other.lastSeen;
        return new TopicCount(id, stories + other.stories, articles + other.articles, last);
    }
}
