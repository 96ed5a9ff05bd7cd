package io.storywire.aggregate.cluster;

import io.storywire.core.model.Entity;
import java.util.Map;

/**
 * An article as the clusterer sees it: one unit TF-IDF vector per view, each scored on its own.
 *
 * @param terms      unit TF-IDF vector over its top stems, title and body (title counted twice): the body view
 * @param labels     stem to first surface word
 * @param entities   unit vector of canonical entity ids weighted by salience times the entity's IDF in the topic
 * @param named      the entities by id, for names and types
 * @param titleTerms unit TF-IDF vector of the title's stems
 * @param words      unit TF-IDF vector of the title's words, unstemmed
 * @param hasBody    false for a headline-only item: the body view then says nothing the title views do not
 */
public record ArticleVector(
        Map<String, Double> terms,
        Map<String, String> labels,
        Map<String, Double> entities,
        Map<String, Entity> named,
        Map<String, Double> titleTerms,
        Map<String, Double> words,
        boolean hasBody) {

    /** An article seen through its terms and entities only (tests). */
    public ArticleVector(Map<String, Double> terms, Map<String, String> labels, Map<String, Double> entities,
            Map<String, Entity> named) {
        this(terms, labels, entities, named, Map.of(), Map.of(), true);
    }
}
