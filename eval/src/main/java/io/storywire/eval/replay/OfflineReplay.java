package io.storywire.eval.replay;

import io.storywire.aggregate.store.StoreNames;
import io.storywire.aggregate.AggregateTopology;
import io.storywire.core.streams.BoundedRocksDbConfig;

import io.storywire.aggregate.cluster.ClusterSettings;
import io.storywire.core.Topics;
import io.storywire.core.model.EnrichedArticle;
import io.storywire.core.serde.EventSerdes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Runs enriched articles through the real aggregate topology in-process, without a broker, and returns the story
 * ids each article joined. The stores are in memory (the same processors and serdes; RocksDB's per-record cost
 * in the test driver made a 3,000-article replay take a minute). For evaluations and offline re-clustering of a file; not for serving.
 */
public final class OfflineReplay {

    private static final Topics TOPICS = new Topics("replay");

    private OfflineReplay() {
    }

    /**
     * @param articles in the order they should arrive; each is stamped with its published time
     * @return article id to the sorted story ids it belongs to; articles without a topic are absent
     */
    public static Map<String, List<String>> articleStories(List<EnrichedArticle> articles, ClusterSettings settings) {
        Path stateDir = tempDir();
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "storywire-replay");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "replay:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, BoundedRocksDbConfig.class);
        Map<String, List<String>> out = new TreeMap<>();
        try (TopologyTestDriver driver = new TopologyTestDriver(AggregateTopology.build(TOPICS, settings,
                AggregateTopology.Options.offlineReplay()), props)) {
            TestInputTopic<String, EnrichedArticle> in = driver.createInputTopic(TOPICS.enriched(),
                    new StringSerializer(), EventSerdes.ENRICHED.serializer());
            articles.forEach(a -> in.pipeInput(a.id(), a, a.article().publishedInstant()));
            KeyValueStore<String, List<String>> store = driver.getKeyValueStore(StoreNames.ARTICLE_STORIES);
            articles.forEach(a -> {
                List<String> ids = store.get(a.id());
                if (ids != null) {
                    out.put(a.id(), ids);
                }
            });
        } finally {
            delete(stateDir);
        }
        return out;
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("storywire-replay");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp dir left behind is harmless
        }
    }
}
