package io.storywire.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Kafka topic names. All share one configurable prefix (default "storywire") so that several pipelines can share a
 * cluster.
 */
public record Topics(String prefix) {

    /** Raw payloads as they come: JSON articles, scraped text, HTML, feeds. Anyone may produce here. */
    public String ingest() {
        return prefix + ".ingest";
    }

    /** Parsed, normalised articles keyed by content id. */
    public String articles() {
        return prefix + ".articles";
    }

    /** Articles with entities and topics, keyed by article id. */
    public String enriched() {
        return prefix + ".enriched";
    }

    /** The enriched articles of one topic of the taxonomy. */
    public String topic(String topicId) {
        return prefix + ".topic." + topicId;
    }

    /** Every change of a story (created or grown), keyed by story id; what live updates are made of. */
    public String stories() {
        return prefix + ".stories";
    }

    /** Records a stage could not process, with the reason. */
    public String deadLetters() {
        return prefix + ".dlq";
    }

    /** The topic taxonomy, compacted, keyed by topic id; read as a global table by enrich. */
    public String taxonomy() {
        return prefix + ".taxonomy";
    }

    /** Every topic the pipeline uses, for the given taxonomy topic ids. */
    public List<String> all(Collection<String> topicIds) {
        List<String> names = new ArrayList<>(List.of(ingest(), articles(), enriched(), stories(), deadLetters(), taxonomy()));
        topicIds.forEach(id -> names.add(topic(id)));
        return names;
    }
}
