package io.storywire.aggregate.cluster;

import io.storywire.core.model.Entity;
import java.util.Map;

/**
 * An article as the clusterer sees it.
 *
 * @param terms    unit TF-IDF vector over its top stems
 * @param labels   stem to first surface word
 * @param entities unit vector of canonical entity ids weighted by salience times the entity's IDF in the topic
 * @param named    the entities by id, for names and types
 */
public record ArticleVector(
        Map<String, Double> terms,
        Map<String, String> labels,
        Map<String, Double> entities,
        Map<String, Entity> named) {
}
