package io.storywire.aggregate;

import io.storywire.core.streams.BoundedRocksDbConfig;
import io.storywire.aggregate.store.StoreNames;
import static io.storywire.aggregate.cluster.Articles.KPOP_BODY;
import static io.storywire.aggregate.cluster.Articles.SUMMIT_BODY;
import static io.storywire.aggregate.cluster.Articles.SUMMIT_BODY_2;
import static io.storywire.aggregate.cluster.Articles.SUMMIT_ENTITIES;
import static io.storywire.aggregate.cluster.Articles.T0;
import static io.storywire.aggregate.cluster.Articles.enriched;
import static org.assertj.core.api.Assertions.assertThat;

import io.storywire.aggregate.cluster.Articles;
import io.storywire.aggregate.cluster.CandidateIndex;
import io.storywire.aggregate.cluster.ClusterSettings;
import io.storywire.aggregate.cluster.Postings;
import io.storywire.core.Topics;
import io.storywire.core.model.DeadLetter;
import io.storywire.core.model.EnrichedArticle;
import io.storywire.core.model.Story;
import io.storywire.core.model.StoryArticle;
import io.storywire.core.serde.EventSerdes;
import io.storywire.core.streams.DeadLetterHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AggregateTopologyTest {

    private static final Topics TOPICS = new Topics("t");

    @TempDir
    Path stateDir;

    private TopologyTestDriver driver;
    private TestInputTopic<String, EnrichedArticle> enriched;
    private TestOutputTopic<String, Story> stories;

    @BeforeEach
    void start() {
        driver = newDriver(stateDir);
        enriched = driver.createInputTopic(TOPICS.enriched(), new StringSerializer(), EventSerdes.ENRICHED.serializer());
        stories = driver.createOutputTopic(TOPICS.stories(), new StringDeserializer(), EventSerdes.STORY.deserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    static TopologyTestDriver newDriver(Path stateDir) {
        return newDriver(stateDir, ClusterSettings.defaults());
    }

    static TopologyTestDriver newDriver(Path stateDir, ClusterSettings settings) {
        // counters and index written with every article: the checks read those slices of the store
        return newDriver(stateDir, settings, 1);
    }

    /** @param batch articles whose counter and index writes are held back ({@code aggregate.state.batch.articles}) */
    static TopologyTestDriver newDriver(Path stateDir, ClusterSettings settings, int batch) {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, "aggregate-test");
        p.put(StoryClusterProcessor.BATCH_ARTICLES, String.valueOf(batch));
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "dummy:9092");
        p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        p.put(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, BoundedRocksDbConfig.class);
        p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandlers.Processing.class);
        p.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandlers.Deserialization.class);
        p.put(DeadLetterHandlers.DLQ_TOPIC_CONFIG, TOPICS.deadLetters());
        p.put(DeadLetterHandlers.STAGE_CONFIG, "aggregate");
        return new TopologyTestDriver(AggregateTopology.build(TOPICS, settings), p);
    }

    private void send(EnrichedArticle a) {
        enriched.pipeInput(a.id(), a);
    }

    private Map<String, Story> storyStore() {
        return StateSlices.stories(driver);
    }

    private List<Story> storiesOf(String topic) {
        List<Story> out = new ArrayList<>();
        storyStore().forEach((id, story) -> {
            if (id.startsWith(topic + ":")) {
                out.add(story);
            }
        });
        return out;
    }

    private static List<String> articleIds(Story s) {
        return s.articles().stream().map(StoryArticle::id).toList();
    }

    @Test
    void shouldSendTheClustererArticlesWithoutMentionsTopicTagsOrFlags() {
        long full = 0;
        long slim = 0;
        for (EnrichedArticle a : Fixtures.corpus()) {
            List<KeyValue<String, EnrichedArticle>> records = AggregateTopology.byTopic(a);
            assertThat(records).extracting(kv -> kv.key)
                    .containsExactlyElementsOf(a.topics().stream().map(t -> t.id()).distinct().toList());
            for (KeyValue<String, EnrichedArticle> kv : records) {
                EnrichedArticle sent = kv.value;
                assertThat(sent.topics()).isEmpty();
                assertThat(sent.article().flags()).isEmpty();
                assertThat(sent.article().body()).isEqualTo(a.article().body());
                assertThat(sent.article().title()).isEqualTo(a.article().title());
                assertThat(sent.entities()).extracting(e -> e.id())
                        .containsExactlyElementsOf(a.entities().stream().map(e -> e.id()).toList());
                assertThat(sent.entities()).allSatisfy(e -> assertThat(e.mentions()).isEmpty());
                full += EventSerdes.ENRICHED.serializer().serialize(null, a).length;
                slim += EventSerdes.ENRICHED.serializer().serialize(null, sent).length;
            }
        }
        System.out.printf("by-topic records: %d bytes as enriched, %d slimmed%n", full, slim);
        assertThat(slim).isLessThan(full);
    }

    @Test
    void shouldKeepTheClusterersWholeStateInOneStore() {
        // one store, one changelog partition per task: a crash keeps a prefix of an article's writes, which is what
        // the journal can complete (CLUSTERING.md, "Why one store")
        org.apache.kafka.streams.Topology topology = AggregateTopology.build(TOPICS, ClusterSettings.defaults());
        List<String> clusterStores = new ArrayList<>();
        for (var sub : topology.describe().subtopologies()) {
            for (var node : sub.nodes()) {
                if (node.name().equals("cluster")
                        && node instanceof org.apache.kafka.streams.TopologyDescription.Processor p) {
                    clusterStores.addAll(p.stores());
                }
            }
        }
        assertThat(clusterStores).containsExactlyInAnyOrder(StoreNames.STORY_STATE,
                AggregateTopology.STORY_JOURNAL_COMMITS);
    }

    @Test
    void shouldOpenAStoryForTheFirstArticle() {
        send(enriched("a1", "Lee and Xi hold Beijing summit", SUMMIT_BODY, T0, SUMMIT_ENTITIES, "diplomacy"));

        Story s = storyStore().get("diplomacy:a1");
        assertThat(s).isNotNull();
        assertThat(s.topic()).isEqualTo("diplomacy");
        assertThat(s.size()).isEqualTo(1);
        assertThat(s.headline()).isEqualTo("Lee and Xi hold Beijing summit");
        assertThat(s.firstSeen()).isEqualTo(T0);
        assertThat(s.topEntities()).extracting(e -> e.id()).containsAll(SUMMIT_ENTITIES);
        assertThat(s.topTerms()).contains("summit");
    }

    @Test
    void shouldJoinASimilarArticleToTheStory() {
        send(enriched("a1", "Lee and Xi hold Beijing summit", SUMMIT_BODY, T0, SUMMIT_ENTITIES, "diplomacy"));
        send(enriched("a2", "Xi and Lee pledge cooperation at summit", SUMMIT_BODY_2, T0.plusSeconds(3600),
                SUMMIT_ENTITIES, "diplomacy"));

        assertThat(storiesOf("diplomacy")).hasSize(1);
        Story s = storyStore().get("diplomacy:a1");
        assertThat(articleIds(s)).containsExactly("a1", "a2");
        assertThat(s.lastSeen()).isEqualTo(T0.plusSeconds(3600));
    }

    @Test
    void shouldOpenAnotherStoryForADifferentArticle() {
        send(enriched("a1", "Lee and Xi hold Beijing summit", SUMMIT_BODY, T0, SUMMIT_ENTITIES, "asia"));
        send(enriched("k1", "K-pop group starts world tour", KPOP_BODY, T0.plusSeconds(600),
                List.of("org:some-label"), "asia"));

        assertThat(storiesOf("asia")).extracting(Story::id).containsExactly("asia:a1", "asia:k1");
    }

    @Test
    void shouldNotCountARedeliveredArticleTwice() {
        EnrichedArticle a1 = enriched("a1", "Lee and Xi hold Beijing summit", SUMMIT_BODY, T0, SUMMIT_ENTITIES,
                "diplomacy");
        send(a1);
        stories.readRecordsToList();
        send(a1);

        assertThat(storyStore().get("diplomacy:a1").size()).isEqualTo(1);
        assertThat(stories.isEmpty()).isTrue();
    }

    @Test
    void shouldJoinANearDuplicateToItsOriginalsStoryWhateverItsWords() {
        EnrichedArticle original = enriched("a1", "Lee and Xi hold Beijing summit", SUMMIT_BODY, T0,
                SUMMIT_ENTITIES, "diplomacy");
        send(original);
        // words unlike the original's: only ingest's near-duplicate mark can bring it into the story
        send(Articles.nearDuplicate(original, "a1-copy", "Concert tickets", KPOP_BODY, T0.plusSeconds(60), "a1"));

        Story s = storyStore().get("diplomacy:a1");
        assertThat(articleIds(s)).containsExactly("a1", "a1-copy");
        assertThat(s.articles().get(1).nearDuplicateOf()).isEqualTo("a1");
    }

    @Test
    void shouldClusterEachTopicOnItsOwn() {
        send(enriched("a1", "Lee and Xi hold Beijing summit", SUMMIT_BODY, T0, SUMMIT_ENTITIES, "diplomacy",
                "trade"));
        send(enriched("a2", "Xi and Lee pledge cooperation at summit", SUMMIT_BODY_2, T0.plusSeconds(3600),
                SUMMIT_ENTITIES, "diplomacy"));

        assertThat(articleIds(storyStore().get("diplomacy:a1"))).containsExactly("a1", "a2");
        assertThat(articleIds(storyStore().get("trade:a1"))).containsExactly("a1");
        KeyValueStore<String, List<String>> articleStories = driver.getKeyValueStore(StoreNames.ARTICLE_STORIES);
        assertThat(articleStories.get("a1")).containsExactly("diplomacy:a1", "trade:a1");
        assertThat(articleStories.get("a2")).containsExactly("diplomacy:a1");
    }

    @Test
    void shouldPublishEveryStoryChangeOnTheStoriesTopic() {
        send(enriched("a1", "Lee and Xi hold Beijing summit", SUMMIT_BODY, T0, SUMMIT_ENTITIES, "diplomacy"));
        send(enriched("a2", "Xi and Lee pledge cooperation at summit", SUMMIT_BODY_2, T0.plusSeconds(3600),
                SUMMIT_ENTITIES, "diplomacy"));

        List<KeyValue<String, Story>> changes = stories.readKeyValuesToList();
        assertThat(changes).extracting(kv -> kv.key).containsExactly("diplomacy:a1", "diplomacy:a1");
        assertThat(changes).extracting(kv -> kv.value.size()).containsExactly(1, 2);
    }

    @Test
    void shouldAnswerTheArticlesAndArticleStoriesStores() {
        EnrichedArticle a1 = enriched("a1", "Lee and Xi hold Beijing summit", SUMMIT_BODY, T0, SUMMIT_ENTITIES,
                "diplomacy");
        send(a1);

        KeyValueStore<String, EnrichedArticle> articles = driver.getKeyValueStore(StoreNames.ARTICLES);
        assertThat(articles.get("a1")).isEqualTo(a1);
        KeyValueStore<String, List<String>> articleStories = driver.getKeyValueStore(StoreNames.ARTICLE_STORIES);
        assertThat(articleStories.get("a1")).containsExactly("diplomacy:a1");
        assertThat(articleStories.get("unknown")).isNull();
    }

    @Test
    void shouldStartANewStoryForTheSamePeopleWeeksLater() {
        send(enriched("a1", "Lee and Xi hold Beijing summit", SUMMIT_BODY, T0, SUMMIT_ENTITIES, "diplomacy"));
        send(enriched("a9", "Xi and Lee pledge cooperation at summit", SUMMIT_BODY_2, T0.plus(Duration.ofDays(21)),
                SUMMIT_ENTITIES, "diplomacy"));

        assertThat(storiesOf("diplomacy")).extracting(Story::id).containsExactly("diplomacy:a1", "diplomacy:a9");
    }

    @Test
    void shouldAgeIdleStoriesOutOfTheCandidateIndexButKeepThemQueryable() {
        send(enriched("a1", "Lee and Xi hold Beijing summit", SUMMIT_BODY, T0, SUMMIT_ENTITIES, "diplomacy"));
        // the topic's clock moves past the index TTL and the lateness allowance
        ClusterSettings settings = ClusterSettings.defaults();
        Instant aged = T0.plus(settings.indexTtl()).plus(settings.indexLateness()).plus(Duration.ofDays(1));
        send(enriched("k1", "K-pop group starts world tour", KPOP_BODY, aged, List.of(),
                "diplomacy"));
        driver.advanceWallClockTime(StoryClusterProcessor.SWEEP_INTERVAL);

        List<String> indexed = new ArrayList<>();
        StateSlices.read(driver, StateSlices.INDEX).values()
                .forEach(postings -> postings.stories().forEach(p -> indexed.add(p.story())));
        assertThat(indexed).isNotEmpty().containsOnly("diplomacy:k1");
        assertThat(storyStore().get("diplomacy:a1")).isNotNull();
    }

    @Test
    void shouldSweepIdlePostingsThatAreHeldBackToo() {
        // a batch of 2: the summit story's postings are in the store when a later article holds back a new value of
        // one of its keys (a shared entity); the sweep must drop the idle story from that held value, or the next
        // flush writes it back
        driver.close();
        driver = newDriver(stateDir.resolve("held"), ClusterSettings.defaults(), 2);
        enriched = driver.createInputTopic(TOPICS.enriched(), new StringSerializer(), EventSerdes.ENRICHED.serializer());
        send(enriched("a1", "Lee and Xi hold Beijing summit", SUMMIT_BODY, T0, SUMMIT_ENTITIES, "diplomacy"));
        send(enriched("a2", "Xi and Lee pledge cooperation", SUMMIT_BODY, T0.plusSeconds(600), SUMMIT_ENTITIES,
                "diplomacy"));
        assertThat(StateSlices.read(driver, StateSlices.INDEX)).as("flushed after two articles").isNotEmpty();
        ClusterSettings settings = ClusterSettings.defaults();
        Instant aged = T0.plus(settings.indexTtl()).plus(settings.indexLateness()).plus(Duration.ofDays(1));
        String shared = SUMMIT_ENTITIES.get(0);
        send(enriched("k1", "K-pop group starts world tour", KPOP_BODY, aged, List.of(shared), "diplomacy"));
        driver.advanceWallClockTime(StoryClusterProcessor.SWEEP_INTERVAL);
        send(enriched("k2", "K-pop group adds tour dates", KPOP_BODY, aged.plusSeconds(60), List.of(shared),
                "diplomacy"));

        Map<String, Postings> index = StateSlices.read(driver, StateSlices.INDEX);
        List<String> indexed = new ArrayList<>();
        index.values().forEach(postings -> postings.stories().forEach(p -> indexed.add(p.story())));
        assertThat(indexed).contains("diplomacy:k1").doesNotContain("diplomacy:a1");
        assertThat(index.get(CandidateIndex.entityKey("diplomacy", shared)).stories())
                .extracting(Postings.Posting::story).containsExactly("diplomacy:k1");
    }

    @Test
    void shouldSendBadRecordsToTheDeadLetterTopicAndGoOn() {
        TestInputTopic<String, byte[]> raw = driver.createInputTopic(TOPICS.enriched(), new StringSerializer(),
                new ByteArraySerializer());
        TestOutputTopic<String, DeadLetter> dlq = driver.createOutputTopic(TOPICS.deadLetters(),
                new StringDeserializer(), EventSerdes.DEAD_LETTER.deserializer());
        raw.pipeInput("x", "{not json".getBytes(StandardCharsets.UTF_8));
        raw.pipeInput("y", "{\"entities\":[],\"topics\":[]}".getBytes(StandardCharsets.UTF_8));
        send(enriched("a1", "Lee and Xi hold Beijing summit", SUMMIT_BODY, T0, SUMMIT_ENTITIES, "diplomacy"));

        assertThat(dlq.readValuesToList()).extracting(DeadLetter::reason)
                .containsExactly("undeserialisable", "processing-failed");
        assertThat(storyStore().get("diplomacy:a1")).isNotNull();
    }

    @Test
    void shouldGiveTheSameStoriesWhenTheSameInputIsReplayed(@TempDir Path otherStateDir) {
        List<EnrichedArticle> input = List.of(
                enriched("a1", "Lee and Xi hold Beijing summit", SUMMIT_BODY, T0, SUMMIT_ENTITIES, "diplomacy"),
                enriched("k1", "K-pop group starts world tour", KPOP_BODY, T0.plusSeconds(60), List.of(), "diplomacy"),
                enriched("a2", "Xi and Lee pledge cooperation", SUMMIT_BODY_2, T0.plusSeconds(120), SUMMIT_ENTITIES,
                        "diplomacy"));
        input.forEach(this::send);
        Map<String, Story> first = snapshot(driver);

        try (TopologyTestDriver replay = newDriver(otherStateDir)) {
            TestInputTopic<String, EnrichedArticle> in = replay.createInputTopic(TOPICS.enriched(),
                    new StringSerializer(), EventSerdes.ENRICHED.serializer());
            input.forEach(a -> in.pipeInput(a.id(), a));
            assertThat(snapshot(replay)).isEqualTo(first).hasSize(2);
        }
    }

    private static Map<String, Story> snapshot(TopologyTestDriver d) {
        return StateSlices.stories(d);
    }
}
