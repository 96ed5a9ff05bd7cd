package io.storywire.aggregate;

import io.storywire.core.streams.BoundedRocksDbConfig;
import static io.storywire.aggregate.cluster.Articles.T0;
import static io.storywire.aggregate.cluster.Articles.enriched;
import static org.assertj.core.api.Assertions.assertThat;

import io.storywire.aggregate.cluster.ClusterSettings;
import io.storywire.aggregate.query.local.LocalQuery;
import io.storywire.aggregate.query.local.StoryArticles;
import io.storywire.aggregate.store.StoreNames;
import io.storywire.aggregate.store.StoryState;
import io.storywire.core.Topics;
import io.storywire.core.model.EnrichedArticle;
import io.storywire.core.model.Story;
import io.storywire.core.model.StoryArticle;
import io.storywire.core.serde.EventSerdes;
import io.storywire.core.serde.Json;
import io.storywire.core.serde.JsonSerde;
import io.storywire.core.streams.DeadLetterHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.IntStream;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A story's articles live in the membership slice of story-state; the story record counts them all but lists only
 * the newest few, so its bytes stop growing with the story, and merges move every member, not only the listed ones.
 */
class StoryMembershipTopologyTest {

    private static final Topics TOPICS = new Topics("t");
    /** articles a story record lists in these tests */
    private static final int LISTED = 5;
    private static final String TITLE = "Volcano erupts near Hualien harbour";

    @TempDir
    Path stateDir;
    private TopologyTestDriver driver;
    private TestInputTopic<String, EnrichedArticle> in;
    private TestOutputTopic<String, Story> out;
    private TestOutputTopic<String, byte[]> rawOut;

    private void start(ClusterSettings settings) {
        start(settings, StateExpiry.defaults());
    }

    private void start(ClusterSettings settings, StateExpiry expiry) {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, "aggregate-members-test");
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "dummy:9092");
        p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        p.put(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, BoundedRocksDbConfig.class);
        p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandlers.Processing.class);
        p.put(DeadLetterHandlers.DLQ_TOPIC_CONFIG, TOPICS.deadLetters());
        p.put(DeadLetterHandlers.STAGE_CONFIG, "aggregate");
        driver = new TopologyTestDriver(AggregateTopology.build(TOPICS, settings,
                AggregateTopology.Options.serving().withExpiry(expiry).withStoryArticles(LISTED)), p);
        in = driver.createInputTopic(TOPICS.enriched(), new StringSerializer(), EventSerdes.ENRICHED.serializer());
        out = driver.createOutputTopic(TOPICS.stories(), new StringDeserializer(), EventSerdes.STORY.deserializer());
    }

    @AfterEach
    void stop() {
        if (driver != null) {
            driver.close();
        }
    }

    private void send(String id, String title, int minute) {
        EnrichedArticle a = enriched(id, title, "", T0.plusSeconds(60L * minute), List.of(), "all");
        in.pipeInput(a.id(), a);
    }

    /** The members of one story as the slice holds them, in slice order (the order they joined). */
    private List<String> members(String storyId) {
        List<String> ids = new ArrayList<>();
        StateSlices.read(driver, StoryState.MEMBERS).forEach((key, article) -> {
            if (key.startsWith(storyId + "|")) {
                ids.add(article.id());
            }
        });
        return ids;
    }

    private static int bytes(Story s) {
        return Json.write(s).getBytes(StandardCharsets.UTF_8).length;
    }

    @Test
    void shouldCountEveryArticleListTheNewestAndKeepAllInTheMembershipSlice() {
        start(ClusterSettings.defaults());
        int total = LISTED + 500;
        List<Story> records = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            send("m" + i, TITLE, i);
            records.addAll(out.readValuesToList());
        }
        assertThat(records).hasSize(total).allMatch(s -> s.id().equals("all:m0"));

        Story last = records.get(total - 1);
        assertThat(last.size()).isEqualTo(total);
        List<String> expectedNewest = IntStream.range(total - LISTED, total).mapToObj(i -> "m" + i).toList();
        assertThat(last.articles()).extracting(StoryArticle::id).containsExactlyElementsOf(expectedNewest);
        // the topic's records say what changed; the store's record is the same story without it
        assertThat(records.get(0).change()).isEqualTo(Story.OPENED);
        assertThat(records.subList(1, total)).extracting(Story::change).containsOnly(Story.ARTICLE_ADDED);
        assertThat(StateSlices.stories(driver).get("all:m0")).isEqualTo(last.withChange(null));
        assertThat(members("all:m0"))
                .containsExactlyElementsOf(IntStream.range(0, total).mapToObj(i -> "m" + i).toList());

        // the record of the story at LISTED articles and 500 articles later: same fields, a few more digits
        Story atCap = records.get(LISTED - 1);
        assertThat(atCap.articles()).hasSize(LISTED);
        assertThat(bytes(last)).isBetween(bytes(atCap), bytes(atCap) + 64);
        System.out.printf("StoryMembershipTopologyTest: story record %d bytes at %d articles, %d bytes at %d%n",
                bytes(atCap), LISTED, bytes(last), total);
    }

    @Test
    void shouldPageThroughEveryArticleNewestFirstFromTheMembershipSlice() {
        start(ClusterSettings.defaults());
        int total = 12;
        for (int i = 0; i < total; i++) {
            send("m" + i, TITLE, i);
        }
        KeyValueStore<String, Object> store = driver.getKeyValueStore(StoreNames.STORY_STATE);
        StoryArticles.Part page = LocalQuery.STORY_ARTICLES.read(store,
                Json.write(new StoryArticles.Request("all:m0", 4, 6)));
        assertThat(page.total()).isEqualTo(total);
        // newest first: m11 .. m0; skip 6, take 4
        assertThat(page.articles()).extracting(StoryArticle::id).containsExactly("m5", "m4", "m3", "m2");
        StoryArticles.Part tail = LocalQuery.STORY_ARTICLES.read(store,
                Json.write(new StoryArticles.Request("all:m0", 50, 10)));
        assertThat(tail.articles()).extracting(StoryArticle::id).containsExactly("m1", "m0");
        assertThat(LocalQuery.STORY_ARTICLES.read(store, Json.write(new StoryArticles.Request("all:nope", 5, 0))))
                .isNull();
    }

    @Test
    void shouldMoveEveryMemberOfTheAbsorbedStoryNotOnlyTheListedOnes() {
        start(ClusterSettings.defaults().withViews(0.15, 0.15, 0.0).withMerge(0.0, 0.0));
        List<String> older = new ArrayList<>();
        List<String> younger = new ArrayList<>();
        for (int i = 0; i < LISTED + 2; i++) {
            send("v" + i, TITLE, i);
            older.add("v" + i);
        }
        for (int i = 0; i < LISTED + 3; i++) {
            send("w" + i, "Ash cloud grounds Ironwood flights", 10 + i);
            younger.add("w" + i);
        }
        assertThat(StateSlices.stories(driver)).containsOnlyKeys("all:v0", "all:w0");
        out.readValuesToList();

        send("x", "Hualien volcano ash cloud grounds Ironwood flights", 30);

        List<Story> emitted = out.readValuesToList();
        assertThat(emitted).extracting(Story::id).containsExactly("all:w0", "all:v0");
        assertThat(emitted.get(0).mergedInto()).isEqualTo("all:v0");
        assertThat(emitted).extracting(Story::change).containsExactly(Story.MERGED, Story.MERGED);
        Map<String, Story> stories = StateSlices.stories(driver);
        assertThat(stories).containsOnlyKeys("all:v0");
        Story survivor = stories.get("all:v0");
        int all = older.size() + younger.size() + 1;
        assertThat(survivor.size()).isEqualTo(all);

        List<String> members = members("all:v0");
        assertThat(members).hasSize(all).containsAll(older).containsAll(younger).contains("x");
        assertThat(members.subList(0, older.size())).containsExactlyElementsOf(older);
        assertThat(members("all:w0")).isEmpty();
        assertThat(survivor.articles()).extracting(StoryArticle::id)
                .containsExactlyElementsOf(members.subList(all - LISTED, all));

        // every moved article was told where it went, so the article index agrees for all of them
        KeyValueStore<String, List<String>> articleStories = driver.getKeyValueStore(StoreNames.ARTICLE_STORIES);
        for (String id : members) {
            assertThat(articleStories.get(id)).as(id).containsExactly("all:v0");
        }
        // and the seen-markers of the absorbed story's articles point at the survivor
        Map<String, String> seen = StateSlices.read(driver,
                new StoryState.Slice<>(StoryState.SEEN, org.apache.kafka.common.serialization.Serdes.String()));
        for (String id : younger) {
            assertThat(seen.get("all|" + id)).as(id).isEqualTo("all:v0");
        }
    }

    @Test
    void shouldExpireEveryMemberOfAnIdleStoryNotOnlyTheListedOnes() {
        start(ClusterSettings.defaults(), StateExpiry.defaults());
        List<String> old = new ArrayList<>();
        for (int i = 0; i < LISTED + 3; i++) {
            send("v" + i, TITLE, i);
            old.add("v" + i);
        }
        // 40 and 41 days later (past the 30-day default by the topic's clock), another story; the expiry scans run
        send("k1", "Ash cloud grounds Ironwood flights", 40 * 24 * 60);
        driver.advanceWallClockTime(StoryClusterProcessor.SWEEP_INTERVAL.plus(ArticleStoreWriter.EXPIRY_INTERVAL));
        send("k2", "Ash cloud grounds Ironwood flights", 41 * 24 * 60);

        assertThat(StateSlices.stories(driver)).containsOnlyKeys("all:k1");
        assertThat(StateSlices.read(driver, StoryState.MEMBERS).values()).extracting(StoryArticle::id)
                .containsExactly("k1", "k2");
        Map<String, String> seen = StateSlices.read(driver,
                new StoryState.Slice<>(StoryState.SEEN, org.apache.kafka.common.serialization.Serdes.String()));
        assertThat(seen).containsOnlyKeys("all|k1", "all|k2");
        // every member was told its story went, so the article index holds none of them
        KeyValueStore<String, List<String>> articleStories = driver.getKeyValueStore(StoreNames.ARTICLE_STORIES);
        for (String id : old) {
            assertThat(articleStories.get(id)).as(id).isNull();
        }
        assertThat(articleStories.get("k1")).containsExactly("all:k1");
    }

    /**
     * What one story of 2,000 articles sends to the stories topic, with records capped at 100 articles and with every
     * article listed (as before the members slice). A measurement, run with -Dmembers.cost=true.
     */
    @Test
    void shouldMeasureTheStoriesTopicBytesOfAGrowingStoryWhenAsked() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Boolean.getBoolean("members.cost"), "-Dmembers.cost=true");
        int articles = 2000;
        long[] bytes = new long[2];
        int[] largest = new int[2];
        int[] caps = {100, Integer.MAX_VALUE};
        for (int run = 0; run < 2; run++) {
            Properties p = new Properties();
            p.put(StreamsConfig.APPLICATION_ID_CONFIG, "aggregate-members-cost-" + run);
            p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "dummy:9092");
            p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.resolve("cost-" + run).toString());
            try (TopologyTestDriver d = new TopologyTestDriver(AggregateTopology.build(TOPICS,
                    ClusterSettings.defaults(), AggregateTopology.Options.serving()
                            .withStores(org.apache.kafka.streams.state.Stores::inMemoryKeyValueStore, false)
                            .withJournal(false, false).withStoryArticles(caps[run])), p)) {
                TestInputTopic<String, EnrichedArticle> input = d.createInputTopic(TOPICS.enriched(),
                        new StringSerializer(), EventSerdes.ENRICHED.serializer());
                TestOutputTopic<String, byte[]> raw = d.createOutputTopic(TOPICS.stories(), new StringDeserializer(),
                        new org.apache.kafka.common.serialization.ByteArrayDeserializer());
                for (int i = 0; i < articles; i++) {
                    EnrichedArticle a = enriched("m" + i, TITLE, "", T0.plusSeconds(60L * i), List.of(), "all");
                    input.pipeInput(a.id(), a);
                    for (byte[] v : raw.readValuesToList()) {
                        bytes[run] += v.length;
                        largest[run] = Math.max(largest[run], v.length);
                    }
                }
            }
        }
        System.out.printf("StoryMembershipTopologyTest: one story of %d articles sends %.1f MB to the stories topic "
                + "(largest record %d bytes) with records capped at 100 articles, %.1f MB (largest %d bytes) with "
                + "every article listed%n", articles, bytes[0] / 1e6, largest[0], bytes[1] / 1e6, largest[1]);
        assertThat(bytes[0]).isLessThan(bytes[1]);
    }

    @Test
    void shouldReadJournalEntriesWrittenBeforeTheMembershipSliceAsWritingNoMembers() {
        JsonSerde<StoryJournalEntry> serde = JsonSerde.of(StoryJournalEntry.class);
        StoryJournalEntry old = serde.deserializer().deserialize(null,
                "{\"version\":1,\"topicPartition\":\"p-0\",\"offset\":7,\"seen\":{\"put\":{\"all|a\":\"all:a\"}}}"
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(old.members().put()).isEmpty();
        assertThat(old.members().delete()).isEmpty();
        assertThat(old.seen().put()).containsEntry("all|a", "all:a");
    }
}
