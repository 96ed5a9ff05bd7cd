package io.storywire.aggregate;

import io.storywire.core.streams.CommitMarker;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.storywire.aggregate.store.EntityIndexKeys;
import io.storywire.aggregate.store.StoreNames;
import io.storywire.aggregate.store.StoryState;
import io.storywire.aggregate.cluster.ClusterSettings;
import io.storywire.core.Topics;
import io.storywire.core.model.Article;
import io.storywire.core.model.EnrichedArticle;
import io.storywire.core.model.Entity;
import io.storywire.core.model.EntityType;
import io.storywire.core.model.NearDuplicate;
import io.storywire.core.model.Story;
import io.storywire.core.model.TopicTag;
import io.storywire.core.serde.Json;
import io.storywire.core.serde.EventSerdes;
import io.storywire.core.streams.DeadLetterHandlers;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyDescription;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A crash of the aggregate stage after each single store write of an article's processing, under at_least_once:
 * the stage restarts on the stores exactly as the crash left them (nothing rolled back) and the article's input is
 * replayed. Every store must then hold what a run without the crash holds, and the replay must emit exactly the
 * records the article emitted in that run (the crashed run's outputs count as lost).
 *
 * <p>The articles are the team's set ({@code eval-data/stories.jsonl}), with entities taken from capitalised title
 * words, a second topic on some articles and near-duplicate marks, so the crash points cover every path of an
 * article: opening, joining and merging stories, two topics, a near-duplicate.
 */
class ReplayAfterCrashTest {

    private static final Topics TOPICS = new Topics("t");
    /** Merges made easier than by default, so that the run merges stories (the set has no merge at the defaults). */
    private static final ClusterSettings SETTINGS = ClusterSettings.defaults().withMerge(0.1, 0.1);
    /** Story records list only their 2 newest articles, so the crashes also cut through capped records and members */
    private static final int STORY_ARTICLES = 2;
    /**
     * Counter and index writes held back over 5 journal entries (one per article and topic), so that the crashes
     * also cut through flushes, and restarts find committed entries kept for their held-back writes to restore
     * (the main test checks that its chosen articles cover both)
     */
    private static final int BATCH_ARTICLES = 5;
    /** Every store the stage serves or clusters from; the journal is the recovery log, not state to compare. */
    private static final List<String> STORES = List.of(StoreNames.STORY_STATE, StoreNames.ARTICLES,
            StoreNames.ARTICLE_STORIES, StoreNames.ENTITY_INDEX);
    private static final Pattern NAME = Pattern.compile("\\b\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)*");

    private static List<EnrichedArticle> articles;
    /** What each article emitted in the clean run. */
    private static final List<List<KeyValue<String, Story>>> emitted = new ArrayList<>();
    /** The clean run's stores before article i, for the i the tests start from or compare with. */
    private static final Map<Integer, SurvivingStores> before = new TreeMap<>();
    private static SurvivingStores finalStores;
    private static List<Integer> chosen;

    @TempDir
    static Path stateDir;

    @BeforeAll
    static void cleanRun() throws IOException {
        articles = teamArticles();
        try (Stage stage = new Stage(new SurvivingStores(), true, false)) {
            for (EnrichedArticle a : articles) {
                stage.send(a);
                emitted.add(stage.out.readKeyValuesToList());
            }
        }
        chosen = chosenArticles();
        Set<Integer> kept = new java.util.TreeSet<>();
        chosen.forEach(i -> {
            kept.add(i);
            kept.add(i + 1);
            kept.add(i + 2);
            kept.add(i + 5);
        });
        kept.add(articles.size() / 2);
        // a second clean run keeps copies of the stores where the tests need them: all of them would not fit
        SurvivingStores clean = new SurvivingStores();
        try (Stage stage = new Stage(clean, true, false)) {
            for (int i = 0; i < articles.size(); i++) {
                if (kept.contains(i)) {
                    before.put(i, clean.copy());
                }
                stage.send(articles.get(i));
                assertThat(stage.out.readKeyValuesToList()).as("a second clean run").isEqualTo(emitted.get(i));
            }
        }
        finalStores = clean;
    }

    /** The clean run's stores after article i. */
    private static SurvivingStores after(int i) {
        return i + 1 == articles.size() ? finalStores : before.get(i + 1);
    }

    @Test
    void shouldEndInTheCleanRunsStateAndReEmitTheSameRecordsWhereverTheCrashLands() {
        long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        int points = 0;
        Map<String, Integer> byPath = new TreeMap<>();
        boolean throughAFlush = false;
        boolean fromHeldWrites = false;
        for (int i : chosen) {
            EnrichedArticle a = articles.get(i);
            long writes = writesOf(i);
            assertThat(writes).as("store writes of %s", a.id()).isGreaterThan(10);
            throughAFlush |= flushes(i);
            // entries of articles before the last one in the starting state: committed, kept for their held writes
            String previous = "|" + articles.get(i - 1).id();
            fromHeldWrites |= journalKeys(before.get(i)).stream().anyMatch(k -> !k.endsWith(previous));
            for (long n = 0; n <= writes; n++) {
                SurvivingStores s = before.get(i).copy();
                s.crashAfter(n);
                Throwable crash;
                try (Stage stage = new Stage(s, true, false)) {
                    crash = catchThrowable(() -> stage.in.pipeInput(a.id(), a));
                }
                if (n < writes) {
                    assertThat(crash).as("crash after write %d of %s", n, a.id()).isNotNull();
                    assertThat(rootCause(crash)).isInstanceOf(SurvivingStores.Crash.class);
                }
                s.restart();
                List<KeyValue<String, Story>> replayed;
                try (Stage stage = new Stage(s, true, false)) {
                    stage.send(a);
                    replayed = stage.out.readKeyValuesToList();
                }
                assertSameStores(s, after(i), "a crash after write " + n + " of " + a.id());
                assertThat(replayed).as("records re-emitted after a crash after write %d of %s", n, a.id())
                        .isEqualTo(emitted.get(i));
                points++;
            }
            byPath.merge(path(i), (int) writes + 1, Integer::sum);
        }
        System.out.printf(Locale.ROOT, "ReplayAfterCrashTest: %d crash points checked over %d articles %s "
                + "(%d articles in the run) in %.1f s (%.1f s CPU)%n", points, chosen.size(), byPath,
                articles.size(), (System.nanoTime() - wall) / 1e9,
                (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu) / 1e9);
        assertThat(points).isGreaterThan(500);
        assertThat(throughAFlush).as("a chosen article whose update flushes held-back writes").isTrue();
        assertThat(fromHeldWrites).as("a chosen article that starts with committed entries not flushed yet").isTrue();
    }

    /** Whether article {@code i} flushes held-back writes, from the clean run's state before it. */
    private static boolean flushes(int i) {
        SurvivingStores s = before.get(i).copy();
        try (Stage stage = new Stage(s, true, false)) {
            stage.send(articles.get(i));
        }
        return s.recordsWritten().getOrDefault(StoreNames.STORY_STATE + " " + StoryState.META, 0L) > 0;
    }

    @Test
    void shouldWriteTheHeldBackWritesWhenTheStageSwitchesToExactlyOnce() {
        // entries kept for their held-back writes under at_least_once are the only copy of those writes: a stage
        // restarted under exactly_once_v2 (which journals nothing) writes them and deletes the entries
        SurvivingStores s = new SurvivingStores();
        Properties alo = new Properties();
        alo.put(StoryClusterProcessor.BATCH_ARTICLES, "1000");
        try (Stage stage = new Stage(s, true, false, alo)) {
            articles.subList(0, 30).forEach(stage::send);
        }
        assertThat(journalKeys(s)).as("entries kept under at_least_once").hasSizeGreaterThanOrEqualTo(30);
        Properties eos = new Properties();
        eos.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        try (Stage stage = new Stage(s, true, false, eos)) {
            articles.subList(30, 60).forEach(stage::send);
        }
        assertThat(journalKeys(s)).as("entries left after the switch").isEmpty();
        assertSameStores(s, writtenThrough(60, true), "30 articles under at_least_once, 30 under exactly_once_v2");
    }

    @Test
    void shouldReplayEveryArticleSinceTheLastCommitWhereverTheCrashLands() {
        // five articles processed with no commit between them (at_least_once commits every so often, not after each
        // article), a crash somewhere in them, then all five replayed: the stores and the re-emitted records are the
        // clean run's, though the crash may cut a flush of held-back writes or leave entries of several articles
        int i = chosen.get(0);
        List<EnrichedArticle> five = articles.subList(i, i + 5);
        List<KeyValue<String, Story>> clean = new ArrayList<>();
        emitted.subList(i, i + 5).forEach(clean::addAll);
        SurvivingStores reference = before.get(i).copy();
        try (Stage stage = new Stage(reference, true, false)) {
            five.forEach(a -> stage.in.pipeInput(a.id(), a));
        }
        long writes = reference.writes() - before.get(i).writes();
        int points = 0;
        for (long n = 0; n < writes; n += 5) {
            SurvivingStores s = before.get(i).copy();
            s.crashAfter(n);
            try (Stage stage = new Stage(s, true, false)) {
                catchThrowable(() -> five.forEach(a -> stage.in.pipeInput(a.id(), a)));
            }
            s.restart();
            List<KeyValue<String, Story>> replayed;
            try (Stage stage = new Stage(s, true, false)) {
                five.forEach(a -> stage.in.pipeInput(a.id(), a));
                replayed = stage.out.readKeyValuesToList();
            }
            assertSameStores(s, after(i + 4), "a crash after write " + n + " of five uncommitted articles");
            assertThat(replayed).as("records re-emitted after a crash after write %d of five articles", n)
                    .isEqualTo(clean);
            points++;
        }
        assertThat(points).isGreaterThan(20);
    }

    @Test
    void shouldGiveEachChangeOfAStoryALargerSizeSoThatConsumersCanDedupeByIdAndSize() {
        // what API.md tells consumers of the stories topic: a change has a larger size than the story's last one,
        // except its last record when absorbed, which names the survivor (and counts the absorbing article when
        // that article joined it first)
        Map<String, Story> last = new HashMap<>();
        int merged = 0;
        for (List<KeyValue<String, Story>> out : emitted) {
            for (KeyValue<String, Story> kv : out) {
                Story previous = last.put(kv.key, kv.value);
                if (kv.value.mergedInto() != null) {
                    merged++;
                    assertThat(previous).isNotNull();
                    assertThat(kv.value.size()).isGreaterThanOrEqualTo(previous.size());
                } else if (previous != null) {
                    assertThat(previous.mergedInto()).as("a change after %s was absorbed", kv.key).isNull();
                    assertThat(kv.value.size()).as("size of %s", kv.key).isGreaterThan(previous.size());
                }
            }
        }
        assertThat(merged).isPositive();
    }

    @Test
    void shouldJournalNothingUnderExactlyOnce() {
        // transactions roll the stores back with the outputs: the journal would only cost
        Properties eos = new Properties();
        eos.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        SurvivingStores s = new SurvivingStores();
        try (Stage stage = new Stage(s, true, false, eos)) {
            articles.subList(0, 20).forEach(stage::send);
        }
        assertThat(s.recordsWritten()).doesNotContainKey(SurvivingStores.JOURNAL);
        // written through, as at_least_once writes them with a flush after every article
        assertSameStores(s, writtenThrough(20, true), "20 articles under exactly_once_v2");
    }

    /** A clean run's stores after the first {@code n} articles, with nothing held back. */
    private static SurvivingStores writtenThrough(int n, boolean journaled) {
        SurvivingStores s = new SurvivingStores();
        Properties p = new Properties();
        p.put(StoryClusterProcessor.BATCH_ARTICLES, "1");
        try (Stage stage = new Stage(s, journaled, false, p)) {
            articles.subList(0, n).forEach(stage::send);
        }
        return s;
    }

    @Test
    void shouldHoldCounterAndIndexWritesBackUntilTheBatchIsFullThenWriteEachKeyOnce() {
        // the same articles written through and with writes held back over a batch: the same state once flushed,
        // in fewer counter and index writes
        int n = 30;
        SurvivingStores batched = new SurvivingStores();
        Properties p = new Properties();
        p.put(StoryClusterProcessor.BATCH_ARTICLES, String.valueOf(n * 2));
        try (Stage stage = new Stage(batched, true, false, p)) {
            articles.subList(0, n).forEach(stage::send);
        }
        int entries = journalKeys(batched).size();
        assertThat(entries).as("entries kept for their held-back writes").isGreaterThanOrEqualTo(n)
                .isLessThan(n * 2);
        assertThat(batched.keys(StoreNames.STORY_STATE, StoryState.COUNTERS)).as("no counter written yet").isEmpty();
        assertThat(batched.keys(StoreNames.STORY_STATE, StoryState.INDEX)).as("no index key written yet").isEmpty();
        // the stage stops with its held-back writes in memory only; the next one reads them back from the
        // journal, and its articles fill the batch and flush it
        int i = n;
        try (Stage stage = new Stage(batched, true, false, p)) {
            while (journalKeys(batched).size() >= entries && i < articles.size()) {
                stage.send(articles.get(i++));
            }
        }
        assertThat(journalKeys(batched)).as("entries deleted by the flush").hasSizeLessThan(entries);
        SurvivingStores through = writtenThrough(i, true);
        assertSameStores(batched, through, "a flush after " + i + " articles");
        long held = batched.recordsWritten().get(StoreNames.STORY_STATE + " " + StoryState.COUNTERS)
                + batched.recordsWritten().get(StoreNames.STORY_STATE + " " + StoryState.INDEX);
        long written = through.recordsWritten().get(StoreNames.STORY_STATE + " " + StoryState.COUNTERS)
                + through.recordsWritten().get(StoreNames.STORY_STATE + " " + StoryState.INDEX);
        System.out.printf(Locale.ROOT, "ReplayAfterCrashTest: counter and index writes for %d articles: %d written "
                + "through, %d held back over one batch%n", i, written, held);
        assertThat(held).as("counter and index writes held back, against written through").isLessThan(written * 2 / 3);
    }

    private static Set<String> journalKeys(SurvivingStores s) {
        return s.keys(StoreNames.STORY_STATE, StoryState.JOURNAL);
    }

    @Test
    void shouldLeaveWrongStateAfterSomeCrashesWithoutTheJournal() {
        // the same crashes on the topology without the journal (as the builds before it): the replayed article is
        // skipped as seen, or clustered again on half-written counters, and the state stays wrong
        int i = chosen.get(0);
        EnrichedArticle a = articles.get(i);
        long writes = writesOf(i);
        int points = 0;
        int wrong = 0;
        SurvivingStores start = writtenThrough(i, false);
        SurvivingStores clean = writtenThrough(i + 1, false);
        for (long n = 0; n <= writes; n += 7) {
            SurvivingStores s = start.copy();
            s.crashAfter(n);
            try (Stage stage = new Stage(s, false, false)) {
                catchThrowable(() -> stage.in.pipeInput(a.id(), a));
            }
            s.restart();
            List<KeyValue<String, Story>> replayed;
            try (Stage stage = new Stage(s, false, false)) {
                stage.send(a);
                replayed = stage.out.readKeyValuesToList();
            }
            points++;
            if (!s.sameAs(clean, STORES) || !replayed.equals(emitted.get(i))) {
                wrong++;
            }
        }
        System.out.printf(Locale.ROOT, "ReplayAfterCrashTest: without the journal %d of %d crash points in %s "
                + "leave the stores or the re-emitted records wrong%n", wrong, points, a.id());
        assertThat(wrong).isPositive();
    }

    @Test
    void shouldRebuildTheEntityIndexFromTheArticlesWhereverACrashInTheRebuildLands() {
        // the entity index has no changelog: whatever a start finds in it (an old copy, a crash's leftovers, nothing)
        // is rebuilt from the articles store, and a crash in the rebuild is only redone by the next start
        int i = chosen.get(chosen.size() - 1);
        SurvivingStores spoiled = before.get(i).copy();
        Map<String, String> index = spoiled.contents(List.of(StoreNames.ENTITY_INDEX)).get(StoreNames.ENTITY_INDEX);
        assertThat(index).containsKey(EntityIndexKeys.BUILT).hasSizeGreaterThan(20);
        String lost = index.keySet().stream().filter(k -> !k.equals(EntityIndexKeys.BUILT)).findFirst().orElseThrow();
        String id = articles.get(0).id();
        spoiled.putText(StoreNames.ENTITY_INDEX, lost, null);
        spoiled.putText(StoreNames.ENTITY_INDEX, EntityIndexKeys.key("person:nobody", "gone-article"), "gone-article");
        spoiled.putText(StoreNames.ENTITY_INDEX, EntityIndexKeys.key("person:nobody", id), id);
        assertThat(spoiled.sameAs(before.get(i), STORES)).isFalse();

        SurvivingStores probe = spoiled.copy();
        new Stage(probe, true, false, new Properties(), true).close();
        assertSameStores(probe, before.get(i), "a start on a spoiled entity index");
        long writes = probe.writes();
        // the marker, every old entry deleted, every entry written again, the marker
        assertThat(writes).isGreaterThanOrEqualTo(2L * index.size());
        int points = 0;
        for (long n = 0; n < writes; n += n < 3 || n > writes - 4 ? 1 : Math.max(1, writes / 40)) {
            SurvivingStores s = spoiled.copy();
            s.crashAfter(n);
            Throwable crash = catchThrowable(() -> new Stage(s, true, false, new Properties(), true).close());
            assertThat(rootCause(crash)).as("crash after write %d of the start", n)
                    .isInstanceOf(SurvivingStores.Crash.class);
            if (n > 0) {
                // the marker's delete was the first write
                assertThat(s.contents(List.of(StoreNames.ENTITY_INDEX)).get(StoreNames.ENTITY_INDEX))
                        .as("no marker after a crash in the rebuild (write %d)", n)
                        .doesNotContainKey(EntityIndexKeys.BUILT);
            }
            s.restart();
            try (Stage stage = new Stage(s, true, false)) {
                stage.send(articles.get(i));
                assertThat(stage.out.readKeyValuesToList()).isEqualTo(emitted.get(i));
            }
            assertSameStores(s, after(i), "a crash after write " + n + " of the entity index's rebuild");
            points++;
        }
        assertThat(points).isGreaterThan(20);
    }

    @Test
    void shouldReachTheCleanRunsFinalStateWhenTheStreamGoesOnAfterTheReplay() {
        // one crash in the middle of each chosen article, then every later article: the final stores and the final
        // state of every story on the stories topic are the clean run's
        Map<String, Story> cleanLast = lastStories(emitted);
        int checked = 0;
        for (int i : chosen) {
            long writes = writesOf(i);
            SurvivingStores s = before.get(i).copy();
            s.crashAfter(writes / 2);
            try (Stage stage = new Stage(s, true, false)) {
                assertThat(catchThrowable(() -> stage.in.pipeInput(articles.get(i).id(), articles.get(i))))
                        .isNotNull();
            }
            s.restart();
            List<List<KeyValue<String, Story>>> out = new ArrayList<>(emitted.subList(0, i));
            try (Stage stage = new Stage(s, true, false)) {
                for (EnrichedArticle a : articles.subList(i, articles.size())) {
                    stage.send(a);
                    out.add(stage.out.readKeyValuesToList());
                }
            }
            assertSameStores(s, finalStores, "the end, after a crash in " + articles.get(i).id());
            assertThat(lastStories(out)).isEqualTo(cleanLast);
            checked++;
        }
        assertThat(checked).isEqualTo(chosen.size());
    }

    @Test
    void shouldLeaveNoHalfUpdateWhenAStoreWriteFailsAndTheStageResumes() {
        // a write error that the dead-letter handler resumes after: the article's update is completed before the
        // next article is clustered, so the stores end as in the clean run
        int i = chosen.get(0);
        long writes = writesOf(i);
        for (long n : new long[] {1, writes / 3, writes / 2, writes - 2}) {
            SurvivingStores s = before.get(i).copy();
            s.failAfter(n, new IllegalStateException("simulated write error"));
            try (Stage stage = new Stage(s, true, true)) {
                stage.send(articles.get(i));
                stage.send(articles.get(i + 1));
                assertThat(stage.deadLetters()).as("write error after %d writes", n).isEqualTo(1);
            }
            assertSameStores(s, after(i + 1), "a write error after " + n + " writes");
        }
    }

    @Test
    void shouldJournalAboutAsManyBytesAsTheOtherClusteringStoresWrite() {
        SurvivingStores s = new SurvivingStores();
        try (Stage stage = new Stage(s, true, false)) {
            articles.forEach(stage::send);
        }
        Map<String, Long> bytes = s.bytesWritten();
        long journal = bytes.getOrDefault(SurvivingStores.JOURNAL, 0L);
        long others = bytes.entrySet().stream().filter(e -> !e.getKey().equals(SurvivingStores.JOURNAL))
                .mapToLong(Map.Entry::getValue).sum();
        Map<String, Long> records = s.recordsWritten();
        long journalRecords = records.getOrDefault(SurvivingStores.JOURNAL, 0L);
        long otherRecords = records.values().stream().mapToLong(Long::longValue).sum() - journalRecords;
        System.out.printf(Locale.ROOT, "ReplayAfterCrashTest: %d articles; bytes written per store %s; journal %d "
                + "= %.2fx the other stores' %d (+%.0f%% changelog bytes); records %s: journal %d, others %d "
                + "(+%.1f%% changelog records)%n", articles.size(), bytes, journal, (double) journal / others, others,
                100.0 * journal / others, records, journalRecords, otherRecords, 100.0 * journalRecords / otherRecords);
        assertThat(journal).isPositive();
    }

    /**
     * The journal's CPU cost, a measurement rather than a check (run it on a quiet machine):
     * {@code ./mvnw -B -q -pl aggregate -am test -Dtest='ReplayAfterCrashTest#shouldMeasure*' -Djournal.cost=true}.
     */
    @Test
    void shouldMeasureTheJournalsCpuCostWhenAsked() {
        assumeTrue(Boolean.getBoolean("journal.cost"), "a measurement: -Djournal.cost=true");
        // CPU of the whole set with and without the journal, each the best of three runs (the JIT is warm)
        long[] cpu = {Long.MAX_VALUE, Long.MAX_VALUE};
        for (int run = 0; run < 6; run++) {
            boolean journaled = run % 2 == 1;
            SurvivingStores stores = new SurvivingStores();
            long t = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            try (Stage stage = new Stage(stores, journaled, false)) {
                articles.forEach(stage::send);
            }
            t = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - t;
            cpu[run % 2] = Math.min(cpu[run % 2], t);
        }
        // and on RocksDB stores with changelogs, as the stage runs
        long[] rocks = {Long.MAX_VALUE, Long.MAX_VALUE};
        for (int run = 0; run < 6; run++) {
            boolean journaled = run % 2 == 1;
            Properties p = new Properties();
            p.put(StreamsConfig.APPLICATION_ID_CONFIG, "aggregate-cost-" + run);
            p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "dummy:9092");
            p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.resolve("rocks-" + run).toString());
            long t = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            try (TopologyTestDriver d = new TopologyTestDriver(AggregateTopology.build(TOPICS, SETTINGS,
                    AggregateTopology.Options.serving().withJournal(journaled, false)), p)) {
                TestInputTopic<String, EnrichedArticle> in = d.createInputTopic(TOPICS.enriched(),
                        new StringSerializer(), EventSerdes.ENRICHED.serializer());
                articles.forEach(a -> in.pipeInput(a.id(), a));
            }
            t = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - t;
            rocks[run % 2] = Math.min(rocks[run % 2], t);
        }
        System.out.printf(Locale.ROOT, "ReplayAfterCrashTest: CPU for the %d articles, in-memory stores: %.0f ms "
                + "without the journal, %.0f ms with it; RocksDB stores with changelogs: %.0f ms without, %.0f ms "
                + "with%n", articles.size(), cpu[0] / 1e6, cpu[1] / 1e6, rocks[0] / 1e6, rocks[1] / 1e6);
    }

    // ---- the articles

    /** The team's own set, in its replay order, with what enrich and ingest would add made up from the titles. */
    static List<EnrichedArticle> teamArticles() throws IOException {
        Path file = Path.of("..", "eval-data", "stories.jsonl");
        List<EnrichedArticle> out = new ArrayList<>();
        Map<String, String> firstOfStory = new HashMap<>();
        int n = 0;
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode j = Json.MAPPER.readTree(line);
            String id = j.get("id").asText();
            OffsetDateTime published = OffsetDateTime.parse(j.get("published").asText());
            String story = j.get("story").asText();
            String original = firstOfStory.putIfAbsent(story, id);
            // every third article of a story is marked as a near-duplicate of the story's first, as ingest would
            NearDuplicate dup = original != null && n % 3 == 0 ? new NearDuplicate(original, 0.9) : null;
            Article a = new Article(id, j.get("title").asText(), j.get("source").asText(), null, published, "meta",
                    null, "en", j.get("body").asText(), "file", null, published.toInstant().plusSeconds(60), dup);
            List<TopicTag> tags = new ArrayList<>();
            j.get("topics").forEach(t -> tags.add(new TopicTag(t.asText(), t.asText(), 1.0, List.of())));
            if (n % 4 == 0) {
                tags.add(new TopicTag("all", "All", 1.0, List.of()));
            }
            out.add(new EnrichedArticle(a, entitiesOf(a.title()), tags));
            n++;
        }
        assertThat(out).hasSizeGreaterThan(100);
        return out;
    }

    private static List<Entity> entitiesOf(String title) {
        Map<String, Entity> out = new LinkedHashMap<>();
        Matcher m = NAME.matcher(title);
        while (m.find()) {
            if (m.start() == 0 && !m.group().contains(" ")) {
                continue; // a capitalised first word is no name
            }
            String name = m.group();
            String id = "e:" + name.toLowerCase(Locale.ROOT).replace(' ', '-');
            out.putIfAbsent(id, new Entity(id, name, EntityType.ORGANIZATION, true, 0.5, List.of()));
        }
        return List.copyOf(out.values());
    }

    /**
     * The first article past the first third of the run for each path: opened a story, joined one, merged
     * stories, in two topics, marked near-duplicate.
     */
    private static List<Integer> chosenArticles() {
        Map<String, Integer> first = new LinkedHashMap<>();
        for (int i = articles.size() / 3; i < articles.size(); i++) {
            first.putIfAbsent(path(i), i);
            if (articles.get(i).topics().size() > 1) {
                first.putIfAbsent("two topics", i);
            }
            if (articles.get(i).article().nearDuplicateOf() != null) {
                first.putIfAbsent("near-duplicate", i);
            }
        }
        assertThat(first.keySet()).as("paths the run exercises")
                .contains("opened", "joined", "merged", "two topics", "near-duplicate");
        return first.values().stream().distinct().sorted().toList();
    }

    private static String path(int i) {
        List<KeyValue<String, Story>> out = emitted.get(i);
        if (out.stream().anyMatch(kv -> kv.value.mergedInto() != null)) {
            return "merged";
        }
        String id = articles.get(i).id();
        return out.stream().anyMatch(kv -> kv.key.endsWith(":" + id)) ? "opened" : "joined";
    }

    /** Store writes of article {@code i} when nothing crashes, from the state the crash runs start from. */
    private static long writesOf(int i) {
        SurvivingStores s = before.get(i).copy();
        try (Stage stage = new Stage(s, true, false)) {
            stage.send(articles.get(i));
        }
        assertSameStores(s, after(i), "article " + articles.get(i).id() + " without a crash");
        return s.writes();
    }

    /** Fails with the keys that differ (a few per store, values cut short) rather than two whole dumps. */
    private static void assertSameStores(SurvivingStores actualStores, SurvivingStores expectedStores,
                                         String after) {
        if (actualStores.sameAs(expectedStores, STORES)) {
            return;
        }
        Map<String, Map<String, String>> actual = actualStores.contents(STORES);
        Map<String, Map<String, String>> expected = expectedStores.contents(STORES);
        List<String> diffs = new ArrayList<>();
        for (String store : expected.keySet()) {
            Map<String, String> a = actual.getOrDefault(store, Map.of());
            Map<String, String> e = expected.get(store);
            Set<String> keys = new java.util.TreeSet<>(a.keySet());
            keys.addAll(e.keySet());
            keys.stream().filter(k -> !java.util.Objects.equals(a.get(k), e.get(k))).limit(3).forEach(k ->
                    diffs.add(store + " " + k + ": " + cut(a.get(k)) + "  expected " + cut(e.get(k))));
        }
        assertThat(diffs).as("stores differing from the clean run after %s", after).isNotEmpty();
        assertThat(diffs).as("stores differing from the clean run after %s", after).isEmpty();
    }

    private static String cut(String s) {
        return s == null ? "(none)" : s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }

    private static Map<String, Story> lastStories(List<List<KeyValue<String, Story>>> out) {
        Map<String, Story> last = new TreeMap<>();
        out.forEach(list -> list.forEach(kv -> last.put(kv.key, kv.value)));
        return last;
    }

    private static Throwable rootCause(Throwable t) {
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    // ---- one run of the stage

    /** A TopologyTestDriver over surviving stores; at_least_once, commits after every input record. */
    private static final Map<Boolean, Topology> TOPOLOGIES = new HashMap<>();

    private static final class Stage implements AutoCloseable {
        final TopologyTestDriver driver;
        final TestInputTopic<String, EnrichedArticle> in;
        final TestOutputTopic<String, Story> out;
        private final TestOutputTopic<String, String> dlq;

        Stage(SurvivingStores stores, boolean journaled, boolean deadLetters) {
            this(stores, journaled, deadLetters, new Properties());
        }

        Stage(SurvivingStores stores, boolean journaled, boolean deadLetters, Properties extra) {
            this(stores, journaled, deadLetters, extra, false);
        }

        /** @param crashInStart whether the writes of the driver's start may crash (else they are not counted) */
        Stage(SurvivingStores stores, boolean journaled, boolean deadLetters, Properties extra, boolean crashInStart) {
            Properties p = new Properties();
            p.put(StoryClusterProcessor.BATCH_ARTICLES, String.valueOf(BATCH_ARTICLES));
            p.putAll(extra);
            p.put(StreamsConfig.APPLICATION_ID_CONFIG, "aggregate-crash-test");
            p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "dummy:9092");
            p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
            if (deadLetters) {
                p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandlers.Processing.class);
                p.put(DeadLetterHandlers.DLQ_TOPIC_CONFIG, TOPICS.deadLetters());
                p.put(DeadLetterHandlers.STAGE_CONFIG, "aggregate");
            }
            // one topology per kind serves every driver: building it is a good part of opening a driver
            Topology topology = TOPOLOGIES.computeIfAbsent(journaled, j -> AggregateTopology.build(TOPICS, SETTINGS,
                    AggregateTopology.Options.serving().withStores(SurvivingStores::ofCurrent, false)
                            .withJournal(j, true).withStoryArticles(STORY_ARTICLES)));
            SurvivingStores.current = stores;
            driver = crashInStart ? new TopologyTestDriver(topology, p)
                    : stores.whileStarting(() -> new TopologyTestDriver(topology, p));
            in = driver.createInputTopic(TOPICS.enriched(), new StringSerializer(), EventSerdes.ENRICHED.serializer());
            out = driver.createOutputTopic(TOPICS.stories(), new StringDeserializer(), EventSerdes.STORY.deserializer());
            dlq = driver.createOutputTopic(TOPICS.deadLetters(), new StringDeserializer(), new StringDeserializer());
        }

        /**
         * One article in, all its work done, then committed: a broker would have its outputs, and the journal may
         * drop its entries at the next article.
         */
        void send(EnrichedArticle a) {
            in.pipeInput(a.id(), a);
            if (driver.getStateStore(AggregateTopology.STORY_JOURNAL_COMMITS) instanceof CommitMarker m) {
                m.markCommitted();
            }
        }

        int deadLetters() {
            return dlq.readValuesToList().size();
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
}
