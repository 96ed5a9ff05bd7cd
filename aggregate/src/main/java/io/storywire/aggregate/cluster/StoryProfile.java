package io.storywire.aggregate.cluster;

import java.time.Instant;
import java.util.Map;

/**
 * What the clusterer compares an article with: the sum of its articles' unit TF-IDF vectors (capped to the top-k
 * terms), the first surface word of each kept stem, the sum of its articles' unit entity vectors (salience times
 * entity IDF, capped alike), and how many articles name each entity (for display and the index).
 * {@code firstSeen}/{@code lastSeen} span its dated articles only; both are null while it has none.
 */
public record StoryProfile(
        String storyId,
        int size,
        Instant firstSeen,
        Instant lastSeen,
        Map<String, Double> terms,
        Map<String, String> labels,
        Map<String, EntityTally> entities,
        Map<String, Double> entityWeights) {

    public StoryProfile {
        // profiles written before entity weights existed read back without them
        entityWeights = entityWeights == null ? Map.of() : entityWeights;
    }
}
