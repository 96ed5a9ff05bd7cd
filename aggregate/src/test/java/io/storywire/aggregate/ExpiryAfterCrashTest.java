package io.storywire.aggregate;

import static io.storywire.aggregate.cluster.Articles.KPOP_BODY;
import static io.storywire.aggregate.cluster.Articles.SUMMIT_BODY;
import static io.storywire.aggregate.cluster.Articles.SUMMIT_BODY_2;
import static io.storywire.aggregate.cluster.Articles.SUMMIT_ENTITIES;
import static io.storywire.aggregate.cluster.Articles.T0;
import static io.storywire.aggregate.cluster.Articles.enriched;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.storywire.aggregate.cluster.ClusterSettings;
import io.storywire.aggregate.store.StoreNames;
import io.storywire.core.Topics;
import io.storywire.core.model.EnrichedArticle;
import io.storywire.core.model.Story;
import io.storywire.core.serde.EventSerdes;
import io.storywire.core.streams.CommitMarker;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A crash after each single store write of an article whose update also expires a story (under at_least_once, the
 * stage restarted on the stores as the crash left them): the replay ends in the clean run's stores and re-emits
 * the clean run's records, tombstone and article-stories removals included. No expiry is left half done.
 */
class ExpiryAfterCrashTest {

    private static final Topics TOPICS = new Topics("t");
    private static final List<String> STORES = List.of(StoreNames.STORY_STATE, StoreNames.ARTICLES,
            StoreNames.ARTICLE_STORIES, StoreNames.ENTITY_INDEX);
    private static final Duration DAY = Duration.ofDays(1);

    @TempDir
    Path stateDir;

    private final Topology topology = AggregateTopology.build(TOPICS, ClusterSettings.defaults(),
            AggregateTopology.Options.serving().withStores(SurvivingStores::ofCurrent, false).withJournal(true, true));

    private final class Stage implements AutoCloseable {
        final TopologyTestDriver driver;
        final TestInputTopic<String, EnrichedArticle> in;
        final TestOutputTopic<String, Story> out;

        Stage(SurvivingStores stores) {
            Properties p = new Properties();
            p.put(StreamsConfig.APPLICATION_ID_CONFIG, "expiry-crash-test");
            p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "dummy:9092");
            p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
            SurvivingStores.current = stores;
            driver = stores.whileStarting(() -> new TopologyTestDriver(topology, p));
            in = driver.createInputTopic(TOPICS.enriched(), new StringSerializer(), EventSerdes.ENRICHED.serializer());
            out = driver.createOutputTopic(TOPICS.stories(), new StringDeserializer(), EventSerdes.STORY.deserializer());
        }

        /** One article in, then committed. */
        void send(EnrichedArticle a) {
            in.pipeInput(a.id(), a);
            if (driver.getStateStore(AggregateTopology.STORY_JOURNAL_COMMITS) instanceof CommitMarker m) {
                m.markCommitted();
            }
        }

        /** The expiry scan runs (the index sweep, every 10 minutes, does not). */
        void scan() {
            driver.advanceWallClockTime(StoryClusterProcessor.EXPIRY_INTERVAL);
        }

        @Override
        public void close() {
            try {
                driver.close();
            } catch (RuntimeException e) {
                // a crashed stage's driver cannot close cleanly; its stores stay as the crash left them
            }
        }
    }

    private static EnrichedArticle summit(String id, java.time.Instant at, boolean second) {
        return enriched(id, second ? "Xi and Lee pledge cooperation at summit" : "Lee and Xi hold Beijing summit",
                second ? SUMMIT_BODY_2 : SUMMIT_BODY, at, SUMMIT_ENTITIES, "diplomacy");
    }

    @Test
    void shouldFinishOrRedoAnExpiryWhereverACrashLands() {
        SurvivingStores clean = new SurvivingStores();
        SurvivingStores before;
        EnrichedArticle last = summit("a4", T0.plus(DAY.multipliedBy(41)), false);
        List<KeyValue<String, Story>> emitted;
        try (Stage stage = new Stage(clean)) {
            stage.send(summit("a1", T0, false));
            stage.send(summit("a2", T0.plusSeconds(3600), true));
            stage.send(enriched("k1", "K-pop group starts world tour", KPOP_BODY, T0.plus(DAY.multipliedBy(40)),
                    List.of("org:some-label"), "diplomacy"));
            stage.scan();
            stage.out.readKeyValuesToList();
            before = clean.copy();
            stage.send(last);
            emitted = stage.out.readKeyValuesToList();
        }
        assertThat(emitted).extracting(kv -> kv.key + (kv.value == null ? "=null" : ""))
                .containsExactly("diplomacy:a1=null", "diplomacy:a4");

        long writes;
        SurvivingStores once = before.copy();
        try (Stage stage = new Stage(once)) {
            stage.scan();
            stage.send(last);
        }
        writes = once.writes();
        assertSame(once, clean, "the article without a crash");
        // the article's own writes (article, entity index, story state, article-stories) and the expiry's
        assertThat(writes).isGreaterThan(10);

        for (long n = 0; n < writes; n++) {
            SurvivingStores s = before.copy();
            Throwable crash;
            try (Stage stage = new Stage(s)) {
                stage.scan();
                s.crashAfter(n);
                crash = catchThrowable(() -> stage.in.pipeInput(last.id(), last));
            }
            assertThat(crash).as("crash after write %d", n).isNotNull();
            s.restart();
            List<KeyValue<String, Story>> replayed;
            try (Stage stage = new Stage(s)) {
                stage.scan();
                stage.send(last);
                replayed = stage.out.readKeyValuesToList();
            }
            assertSame(s, clean, "a crash after write " + n);
            assertThat(replayed).as("records re-emitted after a crash after write %d", n).isEqualTo(emitted);
        }
        System.out.printf("ExpiryAfterCrashTest: %d crash points checked%n", writes);
    }

    private static void assertSame(SurvivingStores actual, SurvivingStores expected, String after) {
        if (actual.sameAs(expected, STORES)) {
            return;
        }
        Map<String, Map<String, String>> a = actual.contents(STORES);
        Map<String, Map<String, String>> e = expected.contents(STORES);
        List<String> diffs = new ArrayList<>();
        for (String store : e.keySet()) {
            Set<String> keys = new TreeSet<>(a.getOrDefault(store, Map.of()).keySet());
            keys.addAll(e.get(store).keySet());
            for (String k : keys) {
                String av = a.getOrDefault(store, Map.of()).get(k);
                String ev = e.get(store).get(k);
                if (!Objects.equals(av, ev)) {
                    diffs.add(store + " " + k + ": " + av + "  expected " + ev);
                }
            }
        }
        assertThat(diffs).as("stores differing from the clean run after %s", after).isNotEmpty();
        assertThat(diffs).as("stores differing from the clean run after %s", after).isEmpty();
    }
}
