package io.storywire.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.storywire.aggregate.store.StoreNames;
import io.storywire.aggregate.cluster.ClusterSettings;
import io.storywire.aggregate.cluster.TopicCount;
import io.storywire.core.config.StorywireConfig;
import io.storywire.core.model.EnrichedArticle;
import io.storywire.core.model.Story;
import io.storywire.core.model.StoryArticle;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A deployment whose state was written by the build before the journal (its topology: the same one without the
 * journal stores) is started by this build on the same state directory and topics: it carries on, the journal store
 * and its changelog appear, and every index store agrees with the stories.
 */
class UpgradeInPlaceTest {

    @TempDir
    Path tmp;

    @Test
    void shouldCarryOnFromStateWrittenWithoutTheJournal() throws Exception {
        List<EnrichedArticle> corpus = Fixtures.corpus();
        List<EnrichedArticle> first = corpus.subList(0, corpus.size() / 2);
        List<EnrichedArticle> second = corpus.subList(corpus.size() / 2, corpus.size());
        try (AggregateTestKit kit = new AggregateTestKit(2)) {
            StorywireConfig cfg = kit.config(tmp, 0);
            try (KafkaStreams previous = new KafkaStreams(AggregateTopology.build(cfg.topics(),
                    ClusterSettings.from(cfg), Stores::persistentKeyValueStore, true, false, false),
                    AggregateTopology.streamsProperties(cfg, ""))) {
                previous.start();
                await().atMost(Duration.ofSeconds(60)).until(() -> previous.state() == KafkaStreams.State.RUNNING);
                kit.produce(first);
                await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                        .until(() -> clustered(previous, first));
                previous.close(Duration.ofSeconds(20));
            }

            try (AggregateStage stage = new AggregateStage(cfg)) {
                stage.startWithHttpServer();
                await().atMost(Duration.ofSeconds(60)).until(stage::ready);
                kit.produce(second);
                await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                        .until(() -> clustered(stage.streams(), corpus));
                assertIndexStoresAgreeWithStories(stage.streams(), corpus);
                // the new store is there and used
                assertThat(all(stage.streams(), AggregateTopology.STORY_JOURNAL)).isNotEmpty();
            }
        }
    }

    private static boolean clustered(KafkaStreams ks, List<EnrichedArticle> articles) {
        try {
            Map<String, Object> memberships = all(ks, StoreNames.ARTICLE_STORIES);
            return articles.stream().filter(a -> !a.topics().isEmpty())
                    .allMatch(a -> memberships.containsKey(a.id())
                            && ((List<?>) memberships.get(a.id())).size() == a.topics().size());
        } catch (RuntimeException e) {
            return false; // stores not queryable yet
        }
    }

    @SuppressWarnings("unchecked")
    private static void assertIndexStoresAgreeWithStories(KafkaStreams ks, List<EnrichedArticle> articles) {
        Map<String, Object> stories = all(ks, StoreNames.STORIES);
        Map<String, Object> memberships = all(ks, StoreNames.ARTICLE_STORIES);
        Map<String, Object> counts = all(ks, StoreNames.TOPIC_COUNTS);
        Map<String, List<String>> expectedMemberships = new HashMap<>();
        Map<String, int[]> expectedCounts = new HashMap<>();
        for (Object o : stories.values()) {
            Story s = (Story) o;
            expectedCounts.computeIfAbsent(s.topic(), t -> new int[2])[0]++;
            expectedCounts.get(s.topic())[1] += s.size();
            for (StoryArticle a : s.articles()) {
                expectedMemberships.computeIfAbsent(a.id(), id -> new ArrayList<>()).add(s.id());
            }
        }
        expectedMemberships.values().forEach(l -> l.sort(null));
        assertThat(memberships).isEqualTo((Map<String, Object>) (Map<String, ?>) expectedMemberships);
        assertThat(counts).hasSameSizeAs(expectedCounts);
        expectedCounts.forEach((topic, c) -> {
            TopicCount count = (TopicCount) counts.get(topic);
            assertThat(count.stories()).as("stories of %s", topic).isEqualTo(c[0]);
            assertThat(count.articles()).as("articles of %s", topic).isEqualTo(c[1]);
        });
        assertThat(articles.stream().filter(a -> !a.topics().isEmpty()).count())
                .isEqualTo(memberships.size());
    }

    private static Map<String, Object> all(KafkaStreams ks, String store) {
        ReadOnlyKeyValueStore<String, Object> s = ks.store(StoreQueryParameters.fromNameAndType(store,
                QueryableStoreTypes.<String, Object>keyValueStore()));
        Map<String, Object> out = new HashMap<>();
        try (KeyValueIterator<String, Object> it = s.all()) {
            it.forEachRemaining(kv -> out.put(kv.key, kv.value));
        }
        return out;
    }
}
