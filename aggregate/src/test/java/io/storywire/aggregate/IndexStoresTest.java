package io.storywire.aggregate;

import io.storywire.aggregate.store.StoreNames;
import static io.storywire.aggregate.cluster.Articles.KPOP_BODY;
import static io.storywire.aggregate.cluster.Articles.SUMMIT_BODY;
import static io.storywire.aggregate.cluster.Articles.SUMMIT_BODY_2;
import static io.storywire.aggregate.cluster.Articles.SUMMIT_ENTITIES;
import static io.storywire.aggregate.cluster.Articles.T0;
import static io.storywire.aggregate.cluster.Articles.enriched;
import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import io.storywire.aggregate.query.local.LocalQuery;
import io.storywire.aggregate.query.local.StoreUnavailableException;
import io.storywire.aggregate.store.EntityIndexKeys;
import io.storywire.aggregate.cluster.TopicCount;
import io.storywire.core.Topics;
import io.storywire.core.model.EnrichedArticle;
import io.storywire.core.model.Story;
import io.storywire.core.serde.EventSerdes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stores the topology keeps so that /api/topics and /api/entities/{id}/stories never scan a whole store. */
class IndexStoresTest {

    private static final Topics TOPICS = new Topics("t");

    @TempDir
    Path stateDir;

    private TopologyTestDriver driver;
    private TestInputTopic<String, EnrichedArticle> enriched;

    @BeforeEach
    void start() {
        driver = AggregateTopologyTest.newDriver(stateDir);
        enriched = driver.createInputTopic(TOPICS.enriched(), new StringSerializer(), EventSerdes.ENRICHED.serializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    private void send(EnrichedArticle a) {
        enriched.pipeInput(a.id(), a);
    }

    private EnrichedArticle summit(String... topics) {
        return enriched("a1", "Lee and Xi hold Beijing summit", SUMMIT_BODY, T0, SUMMIT_ENTITIES, topics);
    }

    private EnrichedArticle summitFollowUp() {
        return enriched("a2", "Xi and Lee pledge cooperation at summit", SUMMIT_BODY_2, T0.plusSeconds(3600),
                SUMMIT_ENTITIES, "diplomacy");
    }

    private EnrichedArticle kpop() {
        return enriched("k1", "K-pop group starts world tour", KPOP_BODY, T0.plusSeconds(600),
                List.of("org:some-label"), "diplomacy");
    }

    private Map<String, TopicCount> counts() {
        return StateSlices.topicCounts(driver);
    }

    /** The entity index's entries, its built marker left out (asserted where it matters). */
    private Map<String, String> entityIndex() {
        KeyValueStore<String, String> store = driver.getKeyValueStore(StoreNames.ENTITY_INDEX);
        Map<String, String> out = new TreeMap<>();
        try (KeyValueIterator<String, String> it = store.all()) {
            it.forEachRemaining(kv -> out.put(kv.key, kv.value));
        }
        assertThat(out).containsKey(EntityIndexKeys.BUILT);
        out.remove(EntityIndexKeys.BUILT);
        return out;
    }

    @SuppressWarnings("unchecked")
    private ReadOnlyKeyValueStore<String, Object> readable(String name) {
        return (ReadOnlyKeyValueStore<String, Object>) (ReadOnlyKeyValueStore<?, ?>) driver.getKeyValueStore(name);
    }

    /** What the counts were computed from before: a scan of every story. */
    private Map<String, TopicCount> countedFromStories() {
        Map<String, TopicCount> out = new TreeMap<>();
        StateSlices.stories(driver).values().forEach(s -> out.merge(s.topic(), TopicCount.of(s), TopicCount::plus));
        return out;
    }

    @Test
    void shouldCountStoriesAndArticlesPerTopicAsTheyAreCreatedAndGrow() {
        send(summit("diplomacy", "trade"));
        assertThat(counts().get("diplomacy")).isEqualTo(new TopicCount("diplomacy", 1, 1, T0));

        send(summitFollowUp());
        send(kpop());

        assertThat(counts().get("diplomacy"))
                .isEqualTo(new TopicCount("diplomacy", 2, 3, T0.plusSeconds(3600)));
        assertThat(counts().get("trade")).isEqualTo(new TopicCount("trade", 1, 1, T0));
        assertThat(counts().get("k-pop")).isNull();
        Map<String, TopicCount> kept = new TreeMap<>();
        kept.putAll(counts());
        assertThat(kept).isEqualTo(countedFromStories());
    }

    @Test
    void shouldNotCountARedeliveredArticleAgain() {
        send(summit("diplomacy"));
        send(summitFollowUp());
        TopicCount before = counts().get("diplomacy");

        send(summitFollowUp());
        send(summit("diplomacy"));

        assertThat(before).isEqualTo(new TopicCount("diplomacy", 1, 2, T0.plusSeconds(3600)));
        assertThat(counts().get("diplomacy")).isEqualTo(before);
        assertThat(counts().get("diplomacy")).isEqualTo(countedFromStories().get("diplomacy"));
    }

    @Test
    void shouldKeepTheLatestTimeWhenAnOlderArticleJoinsLater() {
        send(summitFollowUp());
        send(summit("diplomacy"));

        TopicCount c = counts().get("diplomacy");
        assertThat(c.articles()).isEqualTo(2);
        assertThat(c.lastSeen()).isEqualTo(T0.plusSeconds(3600));
        assertThat(c).isEqualTo(countedFromStories().get("diplomacy"));
    }

    @Test
    void shouldAnswerTopicCountsFromTheCountsStore() {
        send(summit("diplomacy", "trade"));
        send(summitFollowUp());

        List<TopicCount> answer = LocalQuery.TOPIC_COUNTS.read(readable(LocalQuery.TOPIC_COUNTS.store()), "");

        assertThat(LocalQuery.TOPIC_COUNTS.store()).isEqualTo(StoreNames.STORY_STATE);
        assertThat(answer).containsExactlyInAnyOrder(
                new TopicCount("diplomacy", 1, 2, T0.plusSeconds(3600)),
                new TopicCount("trade", 1, 1, T0));
    }

    @Test
    void shouldIndexEveryEntityAnArticleNamesOnceEvenWhenRedelivered() {
        send(summit("diplomacy"));
        send(kpop());
        send(summit("diplomacy"));

        assertThat(entityIndex()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "person:lee-jae-myung|a1", "a1",
                "person:xi-jinping|a1", "a1",
                "place:beijing|a1", "a1",
                "org:some-label|k1", "k1"));
    }

    @Test
    void shouldKeepTheEntityIndexWithoutAChangelog() {
        send(summit("diplomacy"));

        assertThat(entityIndex()).isNotEmpty();
        // derived from the articles store, which is logged, and rebuilt from it when the task starts
        assertThat(driver.producedTopicNames()).contains("aggregate-test-" + StoreNames.ARTICLES + "-changelog")
                .doesNotContain("aggregate-test-" + StoreNames.ENTITY_INDEX + "-changelog");
    }

    @Test
    void shouldDropEntriesOfEntitiesAReEnrichedArticleNoLongerNames() {
        send(summit("diplomacy"));
        send(enriched("a1", "Lee and Xi hold Beijing summit", SUMMIT_BODY, T0,
                List.of("person:xi-jinping", "place:seoul"), "diplomacy"));

        assertThat(entityIndex().keySet()).containsExactly("person:xi-jinping|a1", "place:seoul|a1");
    }

    @Test
    void shouldAnswerEntityArticlesByPrefixScan() {
        send(summit("diplomacy"));
        send(summitFollowUp());
        send(kpop());
        // an entity id holding the separator must not pick up another entity's entries
        send(enriched("z1", "Odd id", KPOP_BODY, T0, List.of("org:some-label|k1"), "misc"));

        ReadOnlyKeyValueStore<String, Object> index = readable(LocalQuery.ENTITY_ARTICLES.store());

        assertThat(LocalQuery.ENTITY_ARTICLES.store()).isEqualTo(StoreNames.ENTITY_INDEX);
        assertThat(LocalQuery.ENTITY_ARTICLES.read(index, "person:xi-jinping")).containsExactly("a1", "a2");
        assertThat(LocalQuery.ENTITY_ARTICLES.read(index, "org:some-label")).containsExactly("k1");
        assertThat(LocalQuery.ENTITY_ARTICLES.read(index, "org:some-label|k1")).containsExactly("z1");
        assertThat(LocalQuery.ENTITY_ARTICLES.read(index, "person:xi")).isEmpty();
        assertThat(LocalQuery.ENTITY_ARTICLES.read(index, "nobody")).isEqualTo(new ArrayList<String>());

        // a partition whose index is being rebuilt says so rather than answering from part of it
        driver.getKeyValueStore(StoreNames.ENTITY_INDEX).delete(EntityIndexKeys.BUILT);
        assertThatThrownBy(() -> LocalQuery.ENTITY_ARTICLES.read(index, "person:xi-jinping"))
                .isInstanceOf(StoreUnavailableException.class);
    }

    @Test
    void shouldRebuildTheSameIndexesWhenTheSameInputIsReplayed(@TempDir Path otherStateDir) {
        List<EnrichedArticle> input = List.of(summit("diplomacy", "trade"), summitFollowUp(), kpop(), summitFollowUp());
        input.forEach(this::send);
        Map<String, TopicCount> counts = new TreeMap<>(countedFromStories());
        Map<String, String> index = entityIndex();

        try (TopologyTestDriver other = AggregateTopologyTest.newDriver(otherStateDir)) {
            TestInputTopic<String, EnrichedArticle> in = other.createInputTopic(TOPICS.enriched(),
                    new StringSerializer(), EventSerdes.ENRICHED.serializer());
            input.forEach(a -> in.pipeInput(a.id(), a));
            Map<String, TopicCount> otherCounts = StateSlices.topicCounts(other);
            counts.forEach((topic, c) -> assertThat(otherCounts.get(topic)).isEqualTo(c));
            KeyValueStore<String, String> otherIndex = other.getKeyValueStore(StoreNames.ENTITY_INDEX);
            index.forEach((k, v) -> assertThat(otherIndex.get(k)).isEqualTo(v));
        }
    }
}
