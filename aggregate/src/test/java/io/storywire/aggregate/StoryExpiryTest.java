package io.storywire.aggregate;

import io.storywire.core.streams.BoundedRocksDbConfig;
import static io.storywire.aggregate.cluster.Articles.KPOP_BODY;
import static io.storywire.aggregate.cluster.Articles.SUMMIT_BODY;
import static io.storywire.aggregate.cluster.Articles.SUMMIT_BODY_2;
import static io.storywire.aggregate.cluster.Articles.SUMMIT_ENTITIES;
import static io.storywire.aggregate.cluster.Articles.T0;
import static io.storywire.aggregate.cluster.Articles.enriched;
import static org.assertj.core.api.Assertions.assertThat;

import io.storywire.aggregate.cluster.ClusterSettings;
import io.storywire.aggregate.cluster.Postings;
import io.storywire.aggregate.cluster.StoryProfile;
import io.storywire.aggregate.cluster.TopicCount;
import io.storywire.aggregate.store.StoreNames;
import io.storywire.aggregate.store.StoryState;
import io.storywire.core.Topics;
import io.storywire.core.model.EnrichedArticle;
import io.storywire.core.model.Story;
import io.storywire.core.model.StoryArticle;
import io.storywire.core.serde.EventSerdes;
import io.storywire.core.serde.JsonSerde;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Expiry of idle stories by their topic's clock and of old articles, through the real topology on RocksDB stores:
 * the topic's clock is moved by later articles, the punctuators by the driver's wall clock.
 */
class StoryExpiryTest {

    private static final Topics TOPICS = new Topics("t");
    private static final Duration DAY = Duration.ofDays(1);
    private static final StoryState.Slice<StoryProfile> PROFILES =
            new StoryState.Slice<>(StoryState.PROFILES, JsonSerde.of(StoryProfile.class));
    private static final StoryState.Slice<String> SEEN = new StoryState.Slice<>(StoryState.SEEN, Serdes.String());

    @TempDir
    Path stateDir;

    /** One driver with its topics. */
    private final class Stage implements AutoCloseable {
        final TopologyTestDriver driver;
        final TestInputTopic<String, EnrichedArticle> in;
        final TestOutputTopic<String, Story> stories;

        Stage(StateExpiry expiry, String name) {
            // counters and index written with every article: the checks read those slices of the store
            this(expiry, name, 1);
        }

        /** @param batch articles whose counter and index writes are held back ({@code aggregate.state.batch.articles}) */
        Stage(StateExpiry expiry, String name, int batch) {
            Properties p = new Properties();
            p.put(StreamsConfig.APPLICATION_ID_CONFIG, "expiry-test");
            p.put(StoryClusterProcessor.BATCH_ARTICLES, String.valueOf(batch));
            p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "dummy:9092");
            p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.resolve(name).toString());
            p.put(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, BoundedRocksDbConfig.class);
            driver = new TopologyTestDriver(AggregateTopology.build(TOPICS, ClusterSettings.defaults(),
                    AggregateTopology.Options.serving().withExpiry(expiry)), p);
            in = driver.createInputTopic(TOPICS.enriched(), new StringSerializer(), EventSerdes.ENRICHED.serializer());
            stories = driver.createOutputTopic(TOPICS.stories(), new StringDeserializer(),
                    EventSerdes.STORY.deserializer());
        }

        void send(EnrichedArticle a) {
            in.pipeInput(a.id(), a);
        }

        /** Lets every punctuator run once: the expiry scans (each minute) and the index sweep (each 10 minutes). */
        void punctuate() {
            driver.advanceWallClockTime(StoryClusterProcessor.SWEEP_INTERVAL.plus(ArticleStoreWriter.EXPIRY_INTERVAL));
        }

        Map<String, Story> storiesSlice() {
            return StateSlices.stories(driver);
        }

        <V> KeyValueStore<String, V> store(String name) {
            return driver.getKeyValueStore(name);
        }

        @Override
        public void close() {
            driver.close();
        }
    }

    private static EnrichedArticle summit(String id, Instant at, boolean second) {
        return enriched(id, second ? "Xi and Lee pledge cooperation at summit" : "Lee and Xi hold Beijing summit",
                second ? SUMMIT_BODY_2 : SUMMIT_BODY, at, SUMMIT_ENTITIES, "diplomacy");
    }

    private static EnrichedArticle kpop(String id, Instant at) {
        return enriched(id, "K-pop group starts world tour", KPOP_BODY, at, List.of("org:some-label"), "diplomacy");
    }

    private static List<String> articleIds(Story s) {
        return s.articles().stream().map(StoryArticle::id).toList();
    }

    @Test
    void shouldRemoveAnExpiredStoryFromEveryStoreAndStartANewStoryForALaterArticle() {
        try (Stage stage = new Stage(StateExpiry.defaults(), "expire")) {
            stage.send(summit("a1", T0, false));
            stage.send(summit("a2", T0.plusSeconds(3600), true));
            assertThat(articleIds(stage.storiesSlice().get("diplomacy:a1"))).containsExactly("a1", "a2");
            // another story 40 days later moves the topic's clock past the summit story's last article + 30 days
            stage.send(kpop("k1", T0.plus(DAY.multipliedBy(40))));
            stage.punctuate();
            stage.send(summit("a4", T0.plus(DAY.multipliedBy(41)), false));
            stage.punctuate();

            Map<String, Story> stories = stage.storiesSlice();
            assertThat(stories).containsOnlyKeys("diplomacy:k1", "diplomacy:a4");
            assertThat(articleIds(stories.get("diplomacy:a4"))).containsExactly("a4");
            assertThat(StateSlices.read(stage.driver, PROFILES)).containsOnlyKeys("diplomacy:k1", "diplomacy:a4");
            assertThat(StateSlices.read(stage.driver, SEEN)).containsOnlyKeys("diplomacy|k1", "diplomacy|a4");
            Map<String, Postings> index = StateSlices.read(stage.driver, StateSlices.INDEX);
            assertThat(index).isNotEmpty();
            assertThat(index.values()).flatExtracting(Postings::stories).extracting(Postings.Posting::story)
                    .doesNotContain("diplomacy:a1").contains("diplomacy:a4", "diplomacy:k1");
            TopicCount count = StateSlices.topicCounts(stage.driver).get("diplomacy");
            assertThat(count.stories()).isEqualTo(2);
            assertThat(count.articles()).isEqualTo(2);
            // the recency and size indexes hold exactly the live stories
            assertThat(StateSlices.read(stage.driver, StoryState.RECENCY).values())
                    .containsExactlyInAnyOrder("diplomacy:k1", "diplomacy:a4");
            assertThat(StateSlices.read(stage.driver, StoryState.SIZES).values())
                    .containsExactlyInAnyOrder("diplomacy:k1", "diplomacy:a4");

            KeyValueStore<String, List<String>> articleStories = stage.store(StoreNames.ARTICLE_STORIES);
            assertThat(articleStories.get("a1")).isNull();
            assertThat(articleStories.get("a2")).isNull();
            assertThat(articleStories.get("a4")).containsExactly("diplomacy:a4");
            KeyValueStore<String, EnrichedArticle> articles = stage.store(StoreNames.ARTICLES);
            assertThat(articles.get("a1")).isNull();
            assertThat(articles.get("a2")).isNull();
            assertThat(articles.get("k1")).isNotNull();
            assertThat(articles.get("a4")).isNotNull();
            KeyValueStore<String, String> entityIndex = stage.store(StoreNames.ENTITY_INDEX);
            List<String> entries = new ArrayList<>();
            try (KeyValueIterator<String, String> it = entityIndex.all()) {
                it.forEachRemaining(kv -> entries.add(kv.value));
            }
            assertThat(entries).doesNotContain("a1", "a2").contains("a4", "k1");

            // subscribers: the story's last record is a tombstone, sent before the article that came after it
            List<KeyValue<String, Story>> out = stage.stories.readKeyValuesToList();
            List<String> keys = out.stream().map(kv -> kv.key + (kv.value == null ? "=null" : "")).toList();
            assertThat(keys).containsExactly("diplomacy:a1", "diplomacy:a1", "diplomacy:k1", "diplomacy:a1=null",
                    "diplomacy:a4");
        }
    }

    @Test
    void shouldClusterAnArticleDeliveredAgainAfterItsStoryExpiredWhateverTheBatch() {
        // the article's journal entry may still be kept for its held-back writes when it comes again: that must not
        // make the second delivery a no-op where a flush after every article clusters it
        Map<Integer, List<String>> out = new java.util.TreeMap<>();
        for (int batch : new int[] {1, 1000}) {
            try (Stage stage = new Stage(StateExpiry.defaults(), "again-" + batch, batch)) {
                stage.send(summit("a1", T0, false));
                stage.send(kpop("k1", T0.plus(DAY.multipliedBy(40))));
                stage.punctuate();
                stage.send(summit("a1", T0, false));
                out.put(batch, stage.stories.readKeyValuesToList().stream()
                        .map(kv -> kv.key + (kv.value == null ? "=null" : "")).toList());
            }
        }
        // the expired story goes with the topic's next article (the second delivery), which then opens a new story
        assertThat(out.get(1)).containsExactly("diplomacy:a1", "diplomacy:k1", "diplomacy:a1=null", "diplomacy:a1");
        assertThat(out.get(1000)).isEqualTo(out.get(1));
    }

    @Test
    void shouldOpenANewStoryForALateArticleThatWouldHaveJoinedTheExpiredOne() {
        // a late article dated next to the old story: with expiry off it joins that story (the index keeps stories a
        // year for late articles), with expiry on the story is gone and it opens its own
        for (boolean expire : new boolean[] {false, true}) {
            StateExpiry expiry = expire ? StateExpiry.defaults() : new StateExpiry(Duration.ZERO);
            try (Stage stage = new Stage(expiry, "late-" + expire)) {
                stage.send(summit("a1", T0, false));
                stage.send(kpop("k1", T0.plus(DAY.multipliedBy(40))));
                stage.punctuate();
                stage.send(summit("a3", T0.plusSeconds(7200), true));

                Map<String, Story> stories = stage.storiesSlice();
                if (expire) {
                    assertThat(stories).containsOnlyKeys("diplomacy:k1", "diplomacy:a3");
                    assertThat(StateSlices.read(stage.driver, SEEN)).containsOnlyKeys("diplomacy|k1", "diplomacy|a3");
                } else {
                    assertThat(articleIds(stories.get("diplomacy:a1"))).containsExactly("a1", "a3");
                }
            }
        }
    }

    @Test
    void shouldNotJoinAnExpiredStoryThatIsNotRemovedYet() {
        // what an article joins depends on the articles before it, not on when the removal ran: no scan has run
        // here, the expired story is still in the stores, and the late article still opens its own
        try (Stage stage = new Stage(StateExpiry.defaults(), "not-yet")) {
            stage.send(summit("a1", T0, false));
            stage.send(kpop("k1", T0.plus(DAY.multipliedBy(40))));
            stage.send(summit("a3", T0.plusSeconds(7200), true));

            Map<String, Story> stories = stage.storiesSlice();
            assertThat(stories).containsOnlyKeys("diplomacy:a1", "diplomacy:k1", "diplomacy:a3");
            assertThat(articleIds(stories.get("diplomacy:a1"))).containsExactly("a1");

            stage.punctuate();
            stage.send(kpop("k2", T0.plus(DAY.multipliedBy(40)).plusSeconds(60)));
            // a3 is as old as a1: both go
            assertThat(stage.storiesSlice()).containsOnlyKeys("diplomacy:k1");
        }
    }

    @Test
    void shouldKeepAStoryThatKeepsGettingArticlesWhileItsOldArticlesLeaveTheArticlesStore() {
        try (Stage stage = new Stage(StateExpiry.defaults(), "busy")) {
            List<String> ids = new ArrayList<>();
            for (int day = 0; day <= 60; day += 4) {
                String id = "b" + day;
                ids.add(id);
                stage.send(summit(id, T0.plus(DAY.multipliedBy(day)), day % 8 == 4));
                stage.punctuate();
            }
            Map<String, Story> stories = stage.storiesSlice();
            assertThat(stories).containsOnlyKeys("diplomacy:b0");
            assertThat(articleIds(stories.get("diplomacy:b0"))).isEqualTo(ids);
            assertThat(stage.stories.readKeyValuesToList()).extracting(kv -> kv.value).doesNotContainNull();
            assertThat(StateSlices.read(stage.driver, PROFILES)).containsOnlyKeys("diplomacy:b0");
            KeyValueStore<String, List<String>> articleStories = stage.store(StoreNames.ARTICLE_STORIES);
            assertThat(articleStories.get("b0")).containsExactly("diplomacy:b0");
            // the articles store keeps articles by their own time: the story's first ones have left it
            KeyValueStore<String, EnrichedArticle> articles = stage.store(StoreNames.ARTICLES);
            assertThat(articles.get("b0")).isNull();
            assertThat(articles.get("b28")).isNull();
            assertThat(articles.get("b32")).isNotNull();
            assertThat(articles.get("b60")).isNotNull();
        }
    }

    @Test
    void shouldExpireNothingWhenTurnedOff() {
        try (Stage stage = new Stage(new StateExpiry(Duration.ZERO), "off")) {
            stage.send(summit("a1", T0, false));
            stage.send(kpop("k1", T0.plus(DAY.multipliedBy(400))));
            stage.punctuate();
            stage.send(summit("a4", T0.plus(DAY.multipliedBy(401)), true));
            stage.punctuate();
            assertThat(stage.storiesSlice()).containsOnlyKeys("diplomacy:a1", "diplomacy:k1", "diplomacy:a4");
            KeyValueStore<String, EnrichedArticle> articles = stage.store(StoreNames.ARTICLES);
            assertThat(articles.get("a1")).isNotNull();
        }
    }
}
