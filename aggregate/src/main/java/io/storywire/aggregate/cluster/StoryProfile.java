package io.storywire.aggregate.cluster;

import java.time.Instant;
import java.util.Map;

/**
 * What the clusterer compares an article with: per view, the sum of its articles' unit TF-IDF vectors (capped to
 * the top-k keys): {@code terms} (title and body stems), {@code titleTerms} (title stems), {@code words} (title
 * words) and {@code entityWeights} (salience times entity IDF); the first surface word of each kept stem, and how
 * many articles name each entity (for display and the index). {@code firstSeen}/{@code lastSeen} span its dated
 * articles only; both are null while it has none. {@code opened} orders stories by when they were opened (the
 * topic's document count then): of two stories merged, the older one stays.
 */
public record StoryProfile(
        String storyId,
        int size,
        Instant firstSeen,
        Instant lastSeen,
        Map<String, Double> terms,
        Map<String, String> labels,
        Map<String, EntityTally> entities,
        Map<String, Double> entityWeights,
        Map<String, Double> titleTerms,
        Map<String, Double> words,
        long opened) {

    public StoryProfile {
        // profiles written before a view existed read back without it
        entityWeights = entityWeights == null ? Map.of() : entityWeights;
        titleTerms = titleTerms == null ? Map.of() : titleTerms;
        words = words == null ? Map.of() : words;
        // the clusterer caches thousands of profiles: their weights in arrays, not boxed in maps' entries
        terms = WeightMap.of(terms);
        entityWeights = WeightMap.of(entityWeights);
        titleTerms = WeightMap.of(titleTerms);
        words = WeightMap.of(words);
    }

    public StoryProfile(String storyId, int size, Instant firstSeen, Instant lastSeen, Map<String, Double> terms,
            Map<String, String> labels, Map<String, EntityTally> entities, Map<String, Double> entityWeights) {
        this(storyId, size, firstSeen, lastSeen, terms, labels, entities, entityWeights, Map.of(), Map.of(), 0);
    }
}
