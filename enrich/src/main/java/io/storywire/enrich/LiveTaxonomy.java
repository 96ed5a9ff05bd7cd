package io.storywire.enrich;

import io.storywire.enrich.topic.Taxonomy;
import io.storywire.enrich.topic.TopicDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The taxonomy as the taxonomy topic's global table holds it. While the table is empty the file taxonomy stands in.
 * Reading it per record is cheap: a handful of rows compared with the last snapshot; a changed table is parsed and
 * compiled once. A definition that does not parse is skipped (and logged once), so one bad record cannot stop
 * enrichment.
 */
final class LiveTaxonomy {

    private static final Logger log = LoggerFactory.getLogger(LiveTaxonomy.class);

    private final Taxonomy fallback;
    private Map<String, String> lastRows = Map.of();
    private Taxonomy last;

    LiveTaxonomy(Taxonomy fallback) {
        this.fallback = fallback;
        this.last = fallback;
    }

    Taxonomy current(ReadOnlyKeyValueStore<String, ?> store) {
        Map<String, String> rows = new TreeMap<>();
        try (KeyValueIterator<String, ?> it = store.all()) {
            while (it.hasNext()) {
                KeyValue<String, ?> kv = it.next();
                Object v = kv.value instanceof ValueAndTimestamp<?> vt ? vt.value() : kv.value;
                if (v != null) {
                    rows.put(kv.key, v.toString());
                }
            }
        }
        if (rows.equals(lastRows)) {
            return last;
        }
        lastRows = rows;
        last = rows.isEmpty() ? fallback : parse(rows);
        log.info("taxonomy now has topics {}", last.ids());
        return last;
    }

    static Taxonomy parse(Map<String, String> rows) {
        List<TopicDefinition> topics = new ArrayList<>();
        rows.forEach((key, json) -> {
            try {
                TopicDefinition t = Taxonomy.parseTopic(json);
                if (!t.id().equals(key)) {
                    throw new IllegalArgumentException("key " + key + " differs from the definition's id " + t.id());
                }
                topics.add(t);
            } catch (RuntimeException e) {
                log.warn("taxonomy topic {} skipped: {}", key, e.getMessage());
            }
        });
        return new Taxonomy(topics);
    }
}
