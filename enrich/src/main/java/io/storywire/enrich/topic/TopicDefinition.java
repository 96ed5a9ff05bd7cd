package io.storywire.enrich.topic;

import io.storywire.core.TopicIds;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One topic of the taxonomy, as a user writes it (JSON in taxonomy.json and as the value on the taxonomy topic).
 *
 * @param id             the topic id; also names its output stream, so lower case letters, digits and '-'
 * @param label          what people read
 * @param threshold      the score an article needs to be about this topic
 * @param phrases        trigger phrases and their weights; matched whole-word, ignoring case and hyphenation, with
 *                       plural "s"/"es" accepted; a trailing '*' matches any ending ("sanction*"); kept in the
 *                       order written, which settles a tie between two spellings of one phrase
 * @param entities       entity ids and their weights ("place:taiwan": 1.0); a capital or a leader counts for the
 *                       country it implies at half weight
 * @param shortThreshold the score a short item (a headline alone or with a teaser of under
 *                       {@value TopicMatcher#SHORT_BODY_WORDS} words) needs; null means half of {@code threshold}
 * @param match          "evidence" (the default: scored on phrases and entities) or "all": every article is about
 *                       this topic (a catch-all stream to cluster a feed about anything); needs no phrases
 * @param requires       anchors: when given, the topic is assigned only if at least one of these phrases (as
 *                       configured in {@code phrases}) or entity ids is among its evidence; generic cues ("ballistic
 *                       missile", "album") then add to the score but cannot carry the topic alone
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TopicDefinition(String id, String label, double threshold, Map<String, Double> phrases,
                              Map<String, Double> entities, Double shortThreshold, String match,
                              List<String> requires) {

    public static final String MATCH_ALL = "all";
    public static final String MATCH_EVIDENCE = "evidence";

    public TopicDefinition {
        if (!TopicIds.isValid(id)) {
            throw new IllegalArgumentException("topic id must be " + TopicIds.rule() + ": " + id);
        }
        if (match != null && !match.equals(MATCH_ALL) && !match.equals(MATCH_EVIDENCE)) {
            throw new IllegalArgumentException("topic " + id + ": match is \"all\" or \"evidence\", not " + match);
        }
        boolean all = MATCH_ALL.equals(match);
        if (!all && !(threshold > 0)) {
            throw new IllegalArgumentException("topic " + id + " needs a positive threshold");
        }
        if (shortThreshold != null && !(shortThreshold > 0)) {
            throw new IllegalArgumentException("topic " + id + " needs a positive shortThreshold when it has one");
        }
        label = label == null || label.isBlank() ? id : label;
        // in the order written: Map.copyOf would iterate in an order drawn afresh in every JVM, and the order decides
        // which of two spellings of one phrase ("rare earth", "rare-earth") labels the evidence on a tie, so the
        // same article got other evidence from another run of the same build
        phrases = ordered(id, "phrase", phrases);
        entities = ordered(id, "entity", entities);
        if (!all && phrases.isEmpty() && entities.isEmpty()) {
            throw new IllegalArgumentException("topic " + id + " has neither phrases nor entities (or \"match\": \"all\")");
        }
        requires = requires == null || requires.isEmpty() ? null : List.copyOf(requires);
        if (requires != null) {
            for (String anchor : requires) {
                if (!anchor.contains(":") && !phrases.containsKey(anchor)) {
                    throw new IllegalArgumentException("topic " + id + " requires \"" + anchor
                            + "\", which is neither an entity id nor one of its phrases");
                }
            }
        }
    }

    private static Map<String, Double> ordered(String id, String what, Map<String, Double> weights) {
        if (weights == null || weights.isEmpty()) {
            return Map.of();
        }
        Map<String, Double> copy = new LinkedHashMap<>();
        weights.forEach((k, w) -> {
            if (k == null || w == null) {
                throw new IllegalArgumentException("topic " + id + ": a " + what + " without a name or a weight");
            }
            copy.put(k, w);
        });
        return Collections.unmodifiableMap(copy);
    }

    /** A topic scored on evidence, with the default threshold for short items. */
    public TopicDefinition(String id, String label, double threshold, Map<String, Double> phrases,
                           Map<String, Double> entities) {
        this(id, label, threshold, phrases, entities, null, null, null);
    }

    /** A topic that takes every article. */
    public static TopicDefinition all(String id, String label) {
        return new TopicDefinition(id, label, 0, null, null, null, MATCH_ALL, null);
    }

    @JsonIgnore
    public boolean matchesAll() {
        return MATCH_ALL.equals(match);
    }

    /** The threshold a short item is held to. */
    @JsonIgnore
    public double effectiveShortThreshold() {
        return shortThreshold != null ? shortThreshold : threshold / 2;
    }
}
