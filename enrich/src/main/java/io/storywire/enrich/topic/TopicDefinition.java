package io.storywire.enrich.topic;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * One topic of the taxonomy, as a user writes it (JSON in taxonomy.json and as the value on the taxonomy topic).
 *
 * @param id        the topic id; also names its output stream, so lower case letters, digits and '-'
 * @param label     what people read
 * @param threshold the score an article needs to be about this topic
 * @param phrases   trigger phrases and their weights; matched whole-word, ignoring case and hyphenation, with plural
 *                  "s"/"es" accepted; a trailing '*' matches any ending ("sanction*")
 * @param entities  entity ids and their weights ("place:taiwan": 1.0); a capital or a leader counts for the
 *                  country it implies at half weight
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TopicDefinition(String id, String label, double threshold, Map<String, Double> phrases,
                              Map<String, Double> entities) {

    public TopicDefinition {
        if (id == null || !id.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("topic id must be lower case letters, digits and '-': " + id);
        }
        if (!(threshold > 0)) {
            throw new IllegalArgumentException("topic " + id + " needs a positive threshold");
        }
        label = label == null || label.isBlank() ? id : label;
        phrases = phrases == null ? Map.of() : Map.copyOf(phrases);
        entities = entities == null ? Map.of() : Map.copyOf(entities);
        if (phrases.isEmpty() && entities.isEmpty()) {
            throw new IllegalArgumentException("topic " + id + " has neither phrases nor entities");
        }
    }
}
