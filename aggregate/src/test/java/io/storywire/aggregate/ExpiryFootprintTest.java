package io.storywire.aggregate;

import io.storywire.core.streams.BoundedRocksDbConfig;
import static io.storywire.aggregate.cluster.Articles.KPOP_BODY;
import static io.storywire.aggregate.cluster.Articles.enriched;
import static org.assertj.core.api.Assertions.assertThat;

import io.storywire.aggregate.cluster.ClusterSettings;
import io.storywire.aggregate.store.EntityIndexKeys;
import io.storywire.aggregate.store.StoreNames;
import io.storywire.aggregate.store.StoryState;
import io.storywire.core.Topics;
import io.storywire.core.model.EnrichedArticle;
import io.storywire.core.serde.EventSerdes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the stores hold at rest for the team's set (the size a restore reads), and that expiry empties them of it:
 * once every topic's clock has moved past the set's last article by more than the expiry, nothing of the set is
 * left but the topics' document frequencies. Prints the bytes at rest per store and per article.
 */
class ExpiryFootprintTest {

    private static final Topics TOPICS = new Topics("t");

    @TempDir
    Path stateDir;

    @Test
    void shouldLeaveNothingOfExpiredArticlesButTheTopicsTermCounts() throws Exception {
        List<EnrichedArticle> team = ReplayAfterCrashTest.teamArticles();
        Set<String> topics = new TreeSet<>();
        team.forEach(a -> a.topics().forEach(t -> topics.add(t.id())));
        Instant last = team.stream().map(a -> a.article().publishedInstant()).max(Instant::compareTo).orElseThrow();
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, "expiry-footprint-test");
        // counters and index written with every article: the checks read those slices of the store
        p.put(StoryClusterProcessor.BATCH_ARTICLES, "1");
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "dummy:9092");
        p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        p.put(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, BoundedRocksDbConfig.class);
        try (TopologyTestDriver driver = new TopologyTestDriver(AggregateTopology.build(TOPICS,
                ClusterSettings.defaults().withMerge(0.1, 0.1)), p)) {
            TestInputTopic<String, EnrichedArticle> in = driver.createInputTopic(TOPICS.enriched(),
                    new StringSerializer(), EventSerdes.ENRICHED.serializer());
            // the set in date order with no punctuation: nothing expires while it is loaded
            team.forEach(a -> in.pipeInput(a.id(), a));
            Map<String, Long> full = bytesAtRest(driver);
            long items = team.stream().mapToLong(a -> a.topics().size()).sum();
            long total = full.entrySet().stream().filter(e -> !e.getKey().endsWith(StoryState.JOURNAL))
                    .mapToLong(Map.Entry::getValue).sum();
            System.out.printf(Locale.ROOT, "ExpiryFootprintTest: %d articles, %d (article, topic) items; bytes at "
                            + "rest %s; total %d = %.0f bytes per article (%.0f without the articles store)%n",
                    team.size(), items, full, total, (double) total / team.size(),
                    (double) (total - full.get(StoreNames.ARTICLES)) / team.size());

            // 60 days after the set, every topic gets articles of another story until its old stories are gone
            // (each article carries at most StoryClusterProcessor.EXPIRE_PER_ARTICLE expiries)
            List<String> late = new ArrayList<>();
            for (int round = 0; round < 5; round++) {
                driver.advanceWallClockTime(StoryClusterProcessor.SWEEP_INTERVAL);
                for (String topic : topics) {
                    String id = "late-" + topic + "-" + round;
                    late.add(id);
                    EnrichedArticle a = enriched(id, "K-pop group starts world tour", KPOP_BODY,
                            last.plus(Duration.ofDays(60)).plusSeconds(60L * round), List.of("org:some-label"),
                            topic);
                    in.pipeInput(a.id(), a);
                }
            }
            driver.advanceWallClockTime(StoryClusterProcessor.SWEEP_INTERVAL);

            Set<String> teamIds = new TreeSet<>();
            team.forEach(a -> teamIds.add(a.id()));
            assertThat(keys(driver, StoreNames.ARTICLES)).containsExactlyInAnyOrderElementsOf(late);
            assertThat(keys(driver, StoreNames.ARTICLE_STORIES)).containsExactlyInAnyOrderElementsOf(late);
            // every entry is a late article's, and the marker of a built index is left
            KeyValueStore<String, String> entityIndex = driver.getKeyValueStore(StoreNames.ENTITY_INDEX);
            assertThat(entityIndex.get(EntityIndexKeys.BUILT)).isEqualTo("");
            entityIndex.delete(EntityIndexKeys.BUILT);
            List<String> entityIndexValues = values(driver, StoreNames.ENTITY_INDEX);
            assertThat(entityIndexValues).isNotEmpty().allMatch(late::contains);
            // one story per topic is left, the late articles' own
            Map<String, List<String>> slices = slices(driver);
            assertThat(slices.get(StoryState.STORIES.prefix())).hasSize(topics.size())
                    .allMatch(k -> k.endsWith("-0"));
            assertThat(slices.get(StoryState.PROFILES)).hasSize(topics.size());
            assertThat(slices.get(StoryState.SEEN)).hasSize(late.size()).allMatch(k -> k.contains("|late-"));
            assertThat(slices.get(StoryState.INDEX)).isNotEmpty();
            assertThat(StateSlices.read(driver, StateSlices.INDEX).values())
                    .flatExtracting(v -> v.stories()).extracting(v -> v.story())
                    .allMatch(s -> s.endsWith("-0"));
            StateSlices.topicCounts(driver).values().forEach(c -> {
                assertThat(c.stories()).as("stories of %s", c.id()).isEqualTo(1);
                assertThat(c.articles()).as("memberships of %s", c.id()).isEqualTo(5);
            });
            Map<String, Long> after = bytesAtRest(driver);
            System.out.printf(Locale.ROOT, "ExpiryFootprintTest: after expiry (%d late articles left) bytes at rest "
                    + "%s%n", late.size(), after);
            assertThat(after.get(StoreNames.STORY_STATE + " " + StoryState.COUNTERS))
                    .as("document frequencies stay: they grow with the vocabulary, not the articles")
                    .isGreaterThanOrEqualTo(full.get(StoreNames.STORY_STATE + " " + StoryState.COUNTERS));
        }
    }

    /** Key and value bytes at rest per store (per slice of story-state): what a restore of its changelog reads. */
    private static Map<String, Long> bytesAtRest(TopologyTestDriver driver) {
        Map<String, Long> out = new TreeMap<>();
        sum(driver, StoreNames.ARTICLES, v -> EventSerdes.ENRICHED.serializer().serialize(null,
                (EnrichedArticle) v), out);
        sum(driver, StoreNames.ENTITY_INDEX, v -> ((String) v).getBytes(StandardCharsets.UTF_8), out);
        sum(driver, StoreNames.ARTICLE_STORIES, v -> AggregateTopology.STORY_IDS_SERDE.serializer().serialize(null,
                castList(v)), out);
        KeyValueStore<String, byte[]> state = driver.getKeyValueStore(StoreNames.STORY_STATE);
        try (KeyValueIterator<String, byte[]> it = state.all()) {
            it.forEachRemaining(kv -> out.merge(StoreNames.STORY_STATE + " " + kv.key.substring(0, 2),
                    (long) kv.key.getBytes(StandardCharsets.UTF_8).length + kv.value.length, Long::sum));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<String> castList(Object v) {
        return (List<String>) v;
    }

    private static void sum(TopologyTestDriver driver, String store, Function<Object, byte[]> bytes,
                            Map<String, Long> out) {
        KeyValueStore<String, Object> s = driver.getKeyValueStore(store);
        long n = 0;
        try (KeyValueIterator<String, Object> it = s.all()) {
            while (it.hasNext()) {
                KeyValue<String, Object> kv = it.next();
                n += kv.key.getBytes(StandardCharsets.UTF_8).length + bytes.apply(kv.value).length;
            }
        }
        out.put(store, n);
    }

    private static List<String> keys(TopologyTestDriver driver, String store) {
        List<String> out = new ArrayList<>();
        KeyValueStore<String, Object> s = driver.getKeyValueStore(store);
        try (KeyValueIterator<String, Object> it = s.all()) {
            it.forEachRemaining(kv -> out.add(kv.key));
        }
        return out;
    }

    private static List<String> values(TopologyTestDriver driver, String store) {
        List<String> out = new ArrayList<>();
        KeyValueStore<String, String> s = driver.getKeyValueStore(store);
        try (KeyValueIterator<String, String> it = s.all()) {
            it.forEachRemaining(kv -> out.add(kv.value));
        }
        return out;
    }

    /** story-state keys by slice prefix. */
    private static Map<String, List<String>> slices(TopologyTestDriver driver) {
        Map<String, List<String>> out = new TreeMap<>();
        for (String prefix : List.of(StoryState.STORIES.prefix(), StoryState.PROFILES, StoryState.SEEN,
                StoryState.INDEX)) {
            out.put(prefix, new ArrayList<>());
        }
        KeyValueStore<String, byte[]> state = driver.getKeyValueStore(StoreNames.STORY_STATE);
        try (KeyValueIterator<String, byte[]> it = state.all()) {
            it.forEachRemaining(kv -> out.computeIfAbsent(kv.key.substring(0, 2), k -> new ArrayList<>())
                    .add(kv.key.substring(2)));
        }
        return out;
    }
}
