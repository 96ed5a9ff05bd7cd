package io.storywire.aggregate.cluster;

import java.time.Instant;
import java.util.Map;

/**
 * What the clusterer compares an article with: the sum of its articles' unit TF-IDF vectors (capped to the top-k
 * terms), the first surface word of each kept stem, and how many articles name each entity (capped too).
 */
public record StoryProfile(
        String storyId,
        int size,
        Instant firstSeen,
        Instant lastSeen,
        Map<String, Double> terms,
        Map<String, String> labels,
        Map<String, EntityTally> entities) {
}
