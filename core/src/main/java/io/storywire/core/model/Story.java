package io.storywire.core.model;

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
 * @param articles    its articles in the order they joined
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
        List<StoryArticle> articles) {

    public static String topicOf(String storyId) {
        int colon = storyId.indexOf(':');
        return colon < 0 ? storyId : storyId.substring(0, colon);
    }
}
