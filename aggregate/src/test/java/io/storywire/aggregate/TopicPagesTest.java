package io.storywire.aggregate;

import static io.storywire.aggregate.cluster.Articles.KPOP_BODY;
import static io.storywire.aggregate.cluster.Articles.SUMMIT_BODY;
import static io.storywire.aggregate.cluster.Articles.SUMMIT_BODY_2;
import static io.storywire.aggregate.cluster.Articles.SUMMIT_ENTITIES;
import static io.storywire.aggregate.cluster.Articles.T0;
import static io.storywire.aggregate.cluster.Articles.enriched;
import static org.assertj.core.api.Assertions.assertThat;

import io.storywire.aggregate.cluster.ClusterSettings;
import io.storywire.aggregate.cluster.TopicCount;
import io.storywire.aggregate.query.local.LocalQuery;
import io.storywire.aggregate.query.StoryMerge;
import io.storywire.aggregate.query.StoryPage;
import io.storywire.aggregate.query.local.StoryPageRequest;
import io.storywire.aggregate.query.local.TopicPages;
import io.storywire.aggregate.store.StoreNames;
import io.storywire.aggregate.store.StoryState;
import io.storywire.core.Topics;
import io.storywire.core.model.Article;
import io.storywire.core.model.EnrichedArticle;
import io.storywire.core.model.Story;
import io.storywire.core.model.TopicTag;
import io.storywire.core.serde.EventSerdes;
import io.storywire.core.streams.CommitMarker;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page of a topic's stories read from the recency and size indexes is the page that sorting all the topic's
 * stories gives ({@link StoryMerge#page}, what the API did before the indexes), the indexes hold exactly one key
 * per live story, and a page read decodes only the stories of the page.
 */
class TopicPagesTest {

    private static final Topics TOPICS = new Topics("t");
    /** Merges made easy, so the team set merges stories (as in {@link ReplayAfterCrashTest}). */
    private static final ClusterSettings MERGING = ClusterSettings.defaults().withMerge(0.1, 0.1);

    @TempDir
    Path stateDir;

    // ---- the pages

    @Test
    void shouldPageTheTeamSetInBothOrdersAsSortingAllStoriesDoes() throws Exception {
        List<EnrichedArticle> articles = ReplayAfterCrashTest.teamArticles();
        try (TopologyTestDriver driver = AggregateTopologyTest.newDriver(stateDir, MERGING)) {
            List<KeyValue<String, Story>> out = sendAll(driver, articles);
            Set<String> absorbed = new TreeSet<>();
            out.stream().filter(kv -> kv.value.mergedInto() != null).forEach(kv -> absorbed.add(kv.key));
            assertThat(absorbed).as("stories the run merged away").isNotEmpty();

            Map<String, Story> stories = StateSlices.stories(driver);
            assertThat(stories.keySet()).doesNotContainAnyElementsOf(absorbed);
            assertIndexesHoldExactlyTheLiveStories(driver, stories);
            int pages = assertEveryPageAsSorted(driver, stories, List.of(Instant.parse("2024-01-01T00:00:00Z")));
            assertThat(pages).isGreaterThan(100);
        }
    }

    @Test
    void shouldPageManySyntheticStoriesAsSortingAllStoriesDoes() {
        // 1,500 articles of 400 made-up stories in two topics: equal times across stories (ties go by id),
        // sub-second times, undated articles (stories without a time sort last), stories of many sizes
        Random random = new Random(20261203);
        List<EnrichedArticle> articles = new ArrayList<>();
        Instant base = Instant.parse("2026-02-01T00:00:00Z");
        for (int i = 0; i < 1500; i++) {
            int story = (int) Math.abs(random.nextGaussian() * 120) % 400;
            String topic = story % 3 == 0 ? "beta" : "alpha";
            Instant at = switch (i % 5) {
                case 0 -> base.plusSeconds(3600L * (story % 7));
                case 1 -> base.plusSeconds(random.nextInt(86_400 * 20)).plusNanos(random.nextInt(1_000_000_000));
                default -> base.plusSeconds(600L * story + random.nextInt(3600));
            };
            articles.add(synthetic("x" + i, story, topic, at, story % 50 == 7, random));
        }
        try (TopologyTestDriver driver = AggregateTopologyTest.newDriver(stateDir)) {
            sendAll(driver, articles);
            Map<String, Story> stories = StateSlices.stories(driver);
            assertThat(stories).hasSizeGreaterThan(300);
            assertThat(stories.values().stream().mapToInt(Story::size).max().orElse(0)).isGreaterThan(3);
            assertThat(stories.values()).anyMatch(s -> s.lastSeen() == null);
            assertThat(stories.values().stream().map(Story::lastSeen).filter(t -> t != null).count())
                    .as("stories sharing a last seen time with another").isGreaterThan(
                            stories.values().stream().map(Story::lastSeen).filter(t -> t != null).distinct().count());
            assertIndexesHoldExactlyTheLiveStories(driver, stories);
            int pages = assertEveryPageAsSorted(driver, stories, List.of(base.plusSeconds(86_400 * 3),
                    base.plusSeconds(86_400 * 10).plusNanos(1)));
            assertThat(pages).isEqualTo(2 * 2 * 3 * 7);
        }
    }

    @Test
    void shouldMoveAStoryThatGrowsToTheFrontAndLeaveNoKeyWhereItWas() {
        try (TopologyTestDriver driver = AggregateTopologyTest.newDriver(stateDir)) {
            TestInputTopic<String, EnrichedArticle> in = input(driver);
            send(in, enriched("a1", "Lee and Xi hold Beijing summit", SUMMIT_BODY, T0, SUMMIT_ENTITIES, "diplomacy"));
            send(in, enriched("k1", "K-pop group starts world tour", KPOP_BODY, T0.plusSeconds(600),
                    List.of("org:some-label"), "diplomacy"));
            assertThat(ids(page(driver, "diplomacy", "recent", null))).containsExactly("diplomacy:k1", "diplomacy:a1");
            Map<String, String> recencyBefore = StateSlices.read(driver, StoryState.RECENCY);

            send(in, enriched("a2", "Xi and Lee pledge cooperation at summit", SUMMIT_BODY_2, T0.plusSeconds(3600),
                    SUMMIT_ENTITIES, "diplomacy"));

            assertThat(StateSlices.stories(driver).get("diplomacy:a1").size()).isEqualTo(2);
            assertThat(ids(page(driver, "diplomacy", "recent", null))).containsExactly("diplomacy:a1", "diplomacy:k1");
            assertThat(ids(page(driver, "diplomacy", "size", null))).containsExactly("diplomacy:a1", "diplomacy:k1");
            Map<String, String> recency = StateSlices.read(driver, StoryState.RECENCY);
            assertThat(recency.values()).containsExactlyInAnyOrder("diplomacy:a1", "diplomacy:k1");
            assertThat(StateSlices.read(driver, StoryState.SIZES).values())
                    .containsExactlyInAnyOrder("diplomacy:a1", "diplomacy:k1");
            // the story's key moved: its old one is gone, the other story's stayed
            String oldKey = recencyBefore.entrySet().stream().filter(e -> e.getValue().equals("diplomacy:a1"))
                    .map(Map.Entry::getKey).findFirst().orElseThrow();
            assertThat(recency).doesNotContainKey(oldKey);
            assertThat(recency.entrySet()).containsAll(recencyBefore.entrySet().stream()
                    .filter(e -> e.getValue().equals("diplomacy:k1")).toList());
        }
    }

    @Test
    void shouldDecodeOnlyTheStoriesOfThePage() throws Exception {
        List<EnrichedArticle> articles = ReplayAfterCrashTest.teamArticles();
        try (TopologyTestDriver driver = AggregateTopologyTest.newDriver(stateDir, MERGING)) {
            sendAll(driver, articles);
            Map<String, Story> stories = StateSlices.stories(driver);
            String topic = "all";
            long inTopic = stories.values().stream().filter(s -> s.topic().equals(topic)).count();
            assertThat(inTopic).isGreaterThan(12);
            for (String sort : List.of("recent", "size")) {
                CountingStore store = new CountingStore(readable(driver));
                StoryPageRequest request = StoryPageRequest.parse(sort, "5", "4", null);
                TopicPages.Page page = LocalQuery.TOPIC_PAGE.read(store, new TopicPages.Request(topic, request).arg());

                assertThat(page.stories()).hasSize(5);
                assertThat(page.total()).isEqualTo(inTopic);
                assertThat(store.storyReads.get()).as("stories read for a page of 5 (%s)", sort).isEqualTo(5);
                assertThat(store.storiesIterated.get()).as("stories scanned (%s)", sort).isZero();
                assertThat(store.indexKeysIterated.get()).as("index keys read (%s)", sort).isEqualTo(4 + 5);
            }
        }
    }

    // ---- state of the previous build

    @Test
    void shouldIndexStateWrittenWithoutIndexesAtTheFirstRecordAndEndAsACleanRun() throws Exception {
        List<EnrichedArticle> articles = ReplayAfterCrashTest.teamArticles();
        int half = articles.size() / 2;
        SurvivingStores clean = new SurvivingStores();
        runOn(clean, articles);

        SurvivingStores old = new SurvivingStores();
        runOn(old, articles.subList(0, half));
        // what a build without the indexes left: no index key and no marker
        int stripped;
        try (TopologyTestDriver driver = journaledDriver(old)) {
            stripped = stripIndexes(driver.getKeyValueStore(StoreNames.STORY_STATE));
            assertThat(StateSlices.read(driver, StoryState.RECENCY)).isEmpty();
        }
        assertThat(stripped).isGreaterThan(20);

        runOn(old, articles.subList(half, articles.size()));

        assertThat(old.sameAs(clean, List.of(StoreNames.STORY_STATE))).as("story-state after indexing old state")
                .isTrue();
    }

    @Test
    void shouldKeepTheIndexesInStepWhenReplayingAJournalEntryOfThePreviousBuild() throws Exception {
        // the previous build crashed in the middle of an article that merged stories, leaving a journal entry
        // without index writes and no index; this build indexes the state at the replayed record, then works the
        // entry's index writes out from the stories as they are, whatever part of the update the crash kept
        List<EnrichedArticle> articles = ReplayAfterCrashTest.teamArticles();
        int merging = firstMerge(articles);
        SurvivingStores base = new SurvivingStores();
        runOn(base, articles.subList(0, merging));
        SurvivingStores after = base.copy();
        runOn(after, List.of(articles.get(merging)));
        long writes = after.writes();
        assertThat(writes).isGreaterThan(10);
        DeflatedSerde<StoryJournalEntry> journalSerde = new DeflatedSerde<>(
                io.storywire.core.serde.JsonSerde.of(StoryJournalEntry.class));
        int replayedOldEntries = 0;
        for (long n = 1; n < writes; n++) {
            SurvivingStores s = base.copy();
            s.crashAfter(n);
            try (TopologyTestDriver driver = journaledDriver(s)) {
                EnrichedArticle a = articles.get(merging);
                assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> input(driver).pipeInput(a.id(), a)))
                        .isNotNull();
            }
            s.restart();
            boolean oldEntry = false;
            try (TopologyTestDriver driver = journaledDriver(s)) {
                KeyValueStore<String, byte[]> state = driver.getKeyValueStore(StoreNames.STORY_STATE);
                List<KeyValue<String, byte[]>> entries = new ArrayList<>();
                try (KeyValueIterator<String, byte[]> it = state.range(StoryState.JOURNAL,
                        StoryState.JOURNAL + Character.MAX_VALUE)) {
                    it.forEachRemaining(entries::add);
                }
                for (KeyValue<String, byte[]> kv : entries) {
                    StoryJournalEntry e = journalSerde.deserializer().deserialize(null, kv.value);
                    if (e.offset() == 0) {
                        // the members stay: the state below was written by this build, which has them
                        StoryJournalEntry v1 = new StoryJournalEntry(1, e.topicPartition(), e.offset(), e.stories(),
                                e.profiles(), e.index(), e.seen(), e.counters(), e.topicCounts(), null, null,
                                e.absorbed(), e.emits(), e.members());
                        state.put(kv.key, journalSerde.serializer().serialize(null, v1));
                        oldEntry = true;
                    }
                }
                stripIndexes(state);
            }
            runOn(s, List.of(articles.get(merging)));
            assertThat(s.sameAs(after, List.of(StoreNames.STORY_STATE))).as("story-state after a crash after write "
                    + "%d and the replay of an entry of the previous build", n).isTrue();
            replayedOldEntries += oldEntry ? 1 : 0;
        }
        assertThat(replayedOldEntries).isGreaterThan((int) writes / 2);
    }

    @Test
    void shouldIndexAnOldStoreInBatchesAndOnlyOnce() {
        // straight on a store, with more stories than one batch
        SurvivingStores stores = new SurvivingStores();
        int n = StoryIndexer.REBUILD_BATCH * 2 + 17;
        try (TopologyTestDriver driver = journaledDriver(stores)) {
            KeyValueStore<String, byte[]> state = driver.getKeyValueStore(StoreNames.STORY_STATE);
            for (int i = 0; i < n; i++) {
                Story s = new Story("alpha:s" + i, "alpha", "h", 1 + i % 9, T0, T0.plusSeconds(i % 100), List.of(),
                        List.of(), List.of());
                state.put(StoryState.STORIES.key(s.id()), StoryState.STORIES.encode(s));
            }
            assertThat(StoryIndexer.indexIfMissing(state)).isEqualTo(n);
            assertThat(StoryIndexer.indexIfMissing(state)).isEqualTo(-1);
            assertThat(StateSlices.read(driver, StoryState.RECENCY)).hasSize(n);
            assertThat(StateSlices.read(driver, StoryState.SIZES)).hasSize(n);
            Map<String, Story> stories = StateSlices.stories(driver);
            TopicPages.Page page = LocalQuery.TOPIC_PAGE.read(readable(driver), new TopicPages.Request("alpha",
                    StoryPageRequest.parse("size", "200", "1000", null)).arg());
            List<Story> all = new ArrayList<>(stories.values());
            assertThat(ids(page.stories())).isEqualTo(ids(StoryMerge.page("alpha", all,
                    StoryPageRequest.parse("size", "200", "1000", null), false).stories()));
        }
    }

    /**
     * What a page costs against decoding every story of the topic (the read before the indexes), on RocksDB, a
     * measurement rather than a check (run it on a quiet machine):
     * {@code ./mvnw -B -q -pl aggregate -am test -Dtest='TopicPagesTest#shouldMeasure*' -Dpages.cost=true
     * -Dsurefire.failIfNoSpecifiedTests=false}, then
     * {@code grep -h 'TopicPagesTest:' aggregate/target/surefire-reports/*TopicPagesTest-output.txt}.
     */
    @Test
    void shouldMeasureWhatAPageCostsWhenAsked() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Boolean.getBoolean("pages.cost"), "a measurement: -Dpages.cost=true");
        int n = Integer.getInteger("pages.stories", 20_000);
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, "aggregate-pages-cost");
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "dummy:9092");
        p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        try (TopologyTestDriver driver = new TopologyTestDriver(AggregateTopology.build(TOPICS, MERGING,
                AggregateTopology.Options.serving().withStores(
                        org.apache.kafka.streams.state.Stores::persistentKeyValueStore, false).withJournal(false, false)), p)) {
            KeyValueStore<String, byte[]> state = driver.getKeyValueStore(StoreNames.STORY_STATE);
            Random random = new Random(7);
            Instant base = Instant.parse("2026-01-01T00:00:00Z");
            for (int i = 0; i < n; i++) {
                int size = 1 + (int) Math.abs(random.nextGaussian() * 6);
                List<io.storywire.core.model.StoryArticle> members = new ArrayList<>();
                for (int a = 0; a < size; a++) {
                    members.add(new io.storywire.core.model.StoryArticle(Long.toHexString(random.nextLong()),
                            "A made-up headline about event number " + i + " and its consequences", "site-" + a,
                            OffsetDateTime.ofInstant(base.plusSeconds(i * 60L + a), ZoneOffset.UTC), null));
                }
                Story s = new Story("alpha:" + Long.toHexString(random.nextLong()), "alpha",
                        "A made-up headline about event number " + i, size, base.plusSeconds(i * 60L),
                        base.plusSeconds(i * 60L + random.nextInt(86_400)), List.of(),
                        List.of("made", "up", "terms"), members);
                state.put(StoryState.STORIES.key(s.id()), StoryState.STORIES.encode(s));
            }
            state.put(StoryState.TOPIC_COUNTS.key("alpha"), StoryState.TOPIC_COUNTS.encode(
                    new TopicCount("alpha", n, n, null)));
            long t = System.nanoTime();
            StoryIndexer.indexIfMissing(state);
            double indexMs = (System.nanoTime() - t) / 1e6;
            ReadOnlyKeyValueStore<String, Object> store = readable(driver);
            StoryPageRequest recent = StoryPageRequest.parse("recent", "20", "0", null);
            StoryPageRequest size = StoryPageRequest.parse("size", "20", "0", null);
            StoryPageRequest deep = StoryPageRequest.parse("recent", "20", "5000", null);
            StoryPageRequest since = StoryPageRequest.parse("size", "20", "0", base.plusSeconds(n * 30L).toString());
            double before = bestOf(5, () -> {
                List<Story> all = new ArrayList<>();
                try (KeyValueIterator<String, Object> it = store.prefixScan(StoryState.STORIES.key("alpha:"),
                        new StringSerializer())) {
                    it.forEachRemaining(kv -> all.add(StoryState.STORIES.decode(kv.value)));
                }
                StoryMerge.page("alpha", all, recent, false);
            });
            double[] after = new double[4];
            List<StoryPageRequest> requests = List.of(recent, size, deep, since);
            for (int r = 0; r < 4; r++) {
                String arg = new TopicPages.Request("alpha", requests.get(r)).arg();
                after[r] = bestOf(50, () -> LocalQuery.TOPIC_PAGE.read(store, arg));
            }
            System.out.printf(java.util.Locale.ROOT, "TopicPagesTest: %d stories in one topic on RocksDB: a page of "
                    + "20 decoding every story %.1f ms; from the index: recent %.2f ms, size %.2f ms, recent at "
                    + "offset 5000 %.2f ms, size since the middle (counts half the keys) %.2f ms; indexing the "
                    + "%d stories once %.0f ms%n", n, before, after[0], after[1], after[2], after[3], n, indexMs);
        }
    }

    /** Best wall time of {@code runs} runs, in ms, after as many warm-up runs. */
    private static double bestOf(int runs, Runnable r) {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < 2 * runs; i++) {
            long t = System.nanoTime();
            r.run();
            if (i >= runs) {
                best = Math.min(best, (System.nanoTime() - t) / 1e6);
            }
        }
        return best;
    }

    // ---- helpers

    /** Makes the store what a build without the indexes left: no index key and no marker. */
    private static int stripIndexes(KeyValueStore<String, byte[]> state) {
        List<String> keys = new ArrayList<>();
        for (String prefix : List.of(StoryState.RECENCY.prefix(), StoryState.SIZES.prefix(), StoryState.META)) {
            try (KeyValueIterator<String, byte[]> it = state.range(prefix, prefix + Character.MAX_VALUE)) {
                it.forEachRemaining(kv -> keys.add(kv.key));
            }
        }
        keys.forEach(state::delete);
        return keys.size();
    }

    /** The index of the first article whose clustering merges stories, past the first tenth of the run. */
    private int firstMerge(List<EnrichedArticle> articles) {
        try (TopologyTestDriver driver = AggregateTopologyTest.newDriver(stateDir.resolve("merge-scan"), MERGING)) {
            TestInputTopic<String, EnrichedArticle> in = input(driver);
            TestOutputTopic<String, Story> out = driver.createOutputTopic(TOPICS.stories(), new StringDeserializer(),
                    EventSerdes.STORY.deserializer());
            for (int i = 0; i < articles.size(); i++) {
                send(in, articles.get(i));
                boolean merged = out.readValuesToList().stream().anyMatch(st -> st.mergedInto() != null);
                if (merged && i > articles.size() / 10) {
                    return i;
                }
            }
        }
        throw new AssertionError("the run merges no stories");
    }

    /** Every page of every topic, both orders, several limits, offsets and lower bounds, against sorting all. */
    private static int assertEveryPageAsSorted(TopologyTestDriver driver, Map<String, Story> stories,
                                               List<Instant> sinces) {
        Map<String, TopicCount> counts = StateSlices.topicCounts(driver);
        Set<String> topics = new TreeSet<>();
        stories.values().forEach(s -> topics.add(s.topic()));
        assertThat(counts.keySet()).containsAll(topics);
        List<String> sinceArgs = new ArrayList<>();
        sinceArgs.add(null);
        sinces.forEach(t -> sinceArgs.add(t.toString()));
        int pages = 0;
        for (String topic : topics) {
            List<Story> all = stories.values().stream().filter(s -> s.topic().equals(topic)).toList();
            assertThat(counts.get(topic).stories()).as("story count of %s", topic).isEqualTo(all.size());
            for (String sort : List.of("recent", "size")) {
                for (String since : sinceArgs) {
                    for (int[] lo : new int[][] {{20, 0}, {1, 0}, {3, 2}, {7, 5}, {200, 0}, {5, all.size() - 2},
                            {10, all.size() + 3}}) {
                        StoryPageRequest request = StoryPageRequest.parse(sort, String.valueOf(lo[0]),
                                String.valueOf(Math.max(0, lo[1])), since);
                        StoryPage expected = StoryMerge.page(topic, all, request, false);
                        TopicPages.Page actual = LocalQuery.TOPIC_PAGE.read(readable(driver),
                                new TopicPages.Request(topic, request).arg());
                        String what = topic + " " + sort + " limit " + lo[0] + " offset " + lo[1] + " since " + since;
                        assertThat(ids(actual.stories())).as(what).isEqualTo(ids(expected.stories()));
                        assertThat(actual.stories()).as(what).isEqualTo(expected.stories());
                        assertThat(actual.total()).as("total of " + what).isEqualTo(expected.total());
                        assertThat(actual.topicStories()).isEqualTo(all.size());
                        pages++;
                    }
                }
            }
        }
        return pages;
    }

    /** One recency and one size key per live story, each naming it, and nothing else. */
    private static void assertIndexesHoldExactlyTheLiveStories(TopologyTestDriver driver, Map<String, Story> stories) {
        Map<String, String> recency = StateSlices.read(driver, StoryState.RECENCY);
        Map<String, String> sizes = StateSlices.read(driver, StoryState.SIZES);
        assertThat(recency).hasSameSizeAs(stories);
        assertThat(sizes).hasSameSizeAs(stories);
        assertThat(new HashSet<>(recency.values())).isEqualTo(stories.keySet());
        assertThat(new HashSet<>(sizes.values())).isEqualTo(stories.keySet());
        recency.forEach((key, id) -> assertThat(key).startsWith(stories.get(id).topic() + "|").endsWith("|" + id));
        sizes.forEach((key, id) -> assertThat(key).startsWith(stories.get(id).topic() + "|").endsWith("|" + id));
    }

    private static TopicPages.Page page(TopologyTestDriver driver, String topic, String sort, String since) {
        return LocalQuery.TOPIC_PAGE.read(readable(driver),
                new TopicPages.Request(topic, StoryPageRequest.parse(sort, null, null, since)).arg());
    }

    private static List<String> ids(TopicPages.Page page) {
        return ids(page.stories());
    }

    private static List<String> ids(List<Story> stories) {
        return stories.stream().map(Story::id).toList();
    }

    @SuppressWarnings("unchecked")
    private static ReadOnlyKeyValueStore<String, Object> readable(TopologyTestDriver driver) {
        return (ReadOnlyKeyValueStore<String, Object>) (ReadOnlyKeyValueStore<?, ?>) driver
                .getKeyValueStore(StoreNames.STORY_STATE);
    }

    private static TestInputTopic<String, EnrichedArticle> input(TopologyTestDriver driver) {
        return driver.createInputTopic(TOPICS.enriched(), new StringSerializer(), EventSerdes.ENRICHED.serializer());
    }

    private static void send(TestInputTopic<String, EnrichedArticle> in, EnrichedArticle a) {
        in.pipeInput(a.id(), a);
    }

    private static List<KeyValue<String, Story>> sendAll(TopologyTestDriver driver, List<EnrichedArticle> articles) {
        TestInputTopic<String, EnrichedArticle> in = input(driver);
        TestOutputTopic<String, Story> out = driver.createOutputTopic(TOPICS.stories(), new StringDeserializer(),
                EventSerdes.STORY.deserializer());
        articles.forEach(a -> send(in, a));
        return out.readKeyValuesToList();
    }

    /** The stage as it runs (journal on, at_least_once) over stores that outlive the driver. */
    private TopologyTestDriver journaledDriver(SurvivingStores stores) {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, "aggregate-topic-pages-test");
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "dummy:9092");
        p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        SurvivingStores.current = stores;
        return stores.whileStarting(() -> new TopologyTestDriver(AggregateTopology.build(TOPICS, MERGING,
                AggregateTopology.Options.serving().withStores(SurvivingStores::ofCurrent, false)
                        .withJournal(true, true)), p));
    }

    private void runOn(SurvivingStores stores, List<EnrichedArticle> articles) {
        try (TopologyTestDriver driver = journaledDriver(stores)) {
            TestInputTopic<String, EnrichedArticle> in = input(driver);
            for (EnrichedArticle a : articles) {
                send(in, a);
                if (driver.getStateStore(AggregateTopology.STORY_JOURNAL_COMMITS) instanceof CommitMarker m) {
                    m.markCommitted();
                }
            }
        }
    }

    /** A made-up article of made-up story {@code story}: its own words, a few shared ones, some noise. */
    private static EnrichedArticle synthetic(String id, int story, String topic, Instant at, boolean undated,
                                             Random random) {
        StringBuilder title = new StringBuilder();
        StringBuilder body = new StringBuilder();
        for (int w = 0; w < 5; w++) {
            title.append(word(story * 7 + w)).append(' ');
        }
        title.append(word(5000 + random.nextInt(3000)));
        for (int w = 0; w < 40; w++) {
            body.append(w % 3 == 0 ? word(5000 + random.nextInt(3000)) : word(story * 7 + random.nextInt(7)))
                    .append(w % 10 == 9 ? ". " : " ");
        }
        Article a = new Article(id, title.toString(), "site", null,
                undated ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC), undated ? "ingest-time" : "meta",
                null, "en", body.toString(), "file", null, at.plusSeconds(60), null);
        return new EnrichedArticle(a, List.of(), List.of(new TopicTag(topic, topic, 1.0, List.of())));
    }

    /** A pronounceable made-up word for a number, so the tokenizer and stemmer keep words apart. */
    private static String word(int n) {
        String consonants = "bdfgklmnprstvz";
        String vowels = "aeiou";
        StringBuilder w = new StringBuilder();
        int x = n + 1;
        while (x > 0) {
            w.append(consonants.charAt(x % consonants.length()));
            x /= consonants.length();
            w.append(vowels.charAt(x % vowels.length()));
            x /= vowels.length();
        }
        return w.append("x").toString();
    }

    /** A read-only view of the store that counts what a query reads, by slice. */
    private static final class CountingStore implements ReadOnlyKeyValueStore<String, Object> {
        private final ReadOnlyKeyValueStore<String, Object> store;
        final AtomicInteger storyReads = new AtomicInteger();
        final AtomicInteger storiesIterated = new AtomicInteger();
        final AtomicInteger indexKeysIterated = new AtomicInteger();

        CountingStore(ReadOnlyKeyValueStore<String, Object> store) {
            this.store = store;
        }

        @Override
        public Object get(String key) {
            if (key.startsWith(StoryState.STORIES.prefix())) {
                storyReads.incrementAndGet();
            }
            return store.get(key);
        }

        @Override
        public KeyValueIterator<String, Object> range(String from, String to) {
            return counting(store.range(from, to));
        }

        @Override
        public KeyValueIterator<String, Object> all() {
            return counting(store.all());
        }

        @Override
        public <PS extends Serializer<P>, P> KeyValueIterator<String, Object> prefixScan(P prefix, PS serializer) {
            return counting(store.prefixScan(prefix, serializer));
        }

        @Override
        public long approximateNumEntries() {
            return store.approximateNumEntries();
        }

        private KeyValueIterator<String, Object> counting(KeyValueIterator<String, Object> it) {
            return new KeyValueIterator<>() {
                @Override
                public void close() {
                    it.close();
                }

                @Override
                public String peekNextKey() {
                    return it.peekNextKey();
                }

                @Override
                public boolean hasNext() {
                    return it.hasNext();
                }

                @Override
                public KeyValue<String, Object> next() {
                    KeyValue<String, Object> kv = it.next();
                    if (kv.key.startsWith(StoryState.STORIES.prefix())) {
                        storiesIterated.incrementAndGet();
                    } else if (kv.key.startsWith(StoryState.RECENCY.prefix())
                            || kv.key.startsWith(StoryState.SIZES.prefix())) {
                        indexKeysIterated.incrementAndGet();
                    }
                    return kv;
                }
            };
        }
    }
}
