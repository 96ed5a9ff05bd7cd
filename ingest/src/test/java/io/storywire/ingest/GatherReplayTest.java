package io.storywire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.storywire.core.Topics;
import io.storywire.core.model.Article;
import io.storywire.core.serde.EventSerdes;
import io.storywire.ingest.dedup.Answer;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The gather after a kill -9 under at_least_once: the store's changelog kept what the gather wrote on completion,
 * the publication to the articles topic was lost, and the uncommitted gather input is replayed on a new instance
 * restored from that changelog. The article must be published again.
 */
class GatherReplayTest {

    private static final String APP = "ingest-gather-replay";
    private static final int GROUPS = 4;

    private final Topics topics = new Topics("t");
    private final List<TopologyTestDriver> drivers = new ArrayList<>();

    @AfterEach
    void tearDown() {
        drivers.forEach(TopologyTestDriver::close);
    }

    private TopologyTestDriver driver(String guarantee) throws Exception {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, APP);
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "dummy:9092");
        p.put(StreamsConfig.STATE_DIR_CONFIG, Files.createTempDirectory("ingest-gather").toString());
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, guarantee);
        TopologyTestDriver d = new TopologyTestDriver(IngestTopology.build(topics, Fixtures.SETTINGS, GROUPS), p);
        drivers.add(d);
        return d;
    }

    private static void ingest(TopologyTestDriver d, String... seeds) {
        TestInputTopic<byte[], byte[]> raw = d.createInputTopic(new Topics("t").ingest(), new ByteArraySerializer(),
                new ByteArraySerializer());
        for (String seed : seeds) {
            raw.pipeInput(new TestRecord<>(null, Fixtures.seed(seed), new RecordHeaders(), Fixtures.NOW));
        }
    }

    private TestOutputTopic<String, Article> articles(TopologyTestDriver d) {
        return d.createOutputTopic(topics.articles(), new StringDeserializer(), EventSerdes.ARTICLE.deserializer());
    }

    /** The gather's input topic, to replay what was not committed. */
    private static TestInputTopic<String, DedupMessage> gatherInput(TopologyTestDriver d) {
        return d.createInputTopic(APP + "-dedup-gather-repartition", new StringSerializer(),
                DedupMessage.SERDE.serializer());
    }

    private static List<KeyValue<Windowed<String>, byte[]>> gatherStore(TopologyTestDriver d) {
        WindowStore<String, byte[]> store = d.getWindowStore(GatherProcessor.PENDING);
        List<KeyValue<Windowed<String>, byte[]>> entries = new ArrayList<>();
        try (KeyValueIterator<Windowed<String>, byte[]> it = store.all()) {
            it.forEachRemaining(entries::add);
        }
        return entries;
    }

    /** A new instance whose gather store is restored from what the crashed one left (as its changelog would). */
    private TopologyTestDriver restarted(List<KeyValue<Windowed<String>, byte[]>> left) throws Exception {
        TopologyTestDriver d = driver("at_least_once");
        WindowStore<String, byte[]> store = d.getWindowStore(GatherProcessor.PENDING);
        left.forEach(kv -> store.put(kv.key.key(), kv.value, kv.key.window().start()));
        return d;
    }

    @Test
    void shouldPublishAgainWhenAnswersAreReplayedAfterTheOutputWasLost() throws Exception {
        TopologyTestDriver first = driver("at_least_once");
        ingest(first, "001");
        List<Article> published = articles(first).readValuesToList();
        assertThat(published).hasSize(1);
        Article article = published.get(0);
        assertThat(article.nearDuplicateOf()).isNull();

        // kill -9: the store's changelog has the completion, the article on the articles topic is lost, and the
        // gather input after the committed offset comes again: here the last two answers (the first three records,
        // committed, are stood in for by settle records, which the gather ignores, so the offsets are the same)
        TopologyTestDriver second = restarted(gatherStore(first));
        TestOutputTopic<String, Article> out = articles(second);
        TestInputTopic<String, DedupMessage> gather = gatherInput(second);
        committedBefore(gather, 3);
        for (int group = 2; group < GROUPS; group++) {
            gather.pipeInput(article.id(), DedupMessage.of(Answer.none(article.id(), group)), Fixtures.NOW);
        }

        List<KeyValue<String, Article>> again = out.readKeyValuesToList();
        assertThat(again).containsExactly(KeyValue.pair(article.id(), article)); // once, not once a record
    }

    @Test
    void shouldPublishOnceWhenTheWholeGatherInputIsReplayed() throws Exception {
        TopologyTestDriver first = driver("at_least_once");
        ingest(first, "001");
        Article article = articles(first).readValue();

        TopologyTestDriver second = restarted(gatherStore(first));
        TestOutputTopic<String, Article> out = articles(second);
        TestInputTopic<String, DedupMessage> gather = gatherInput(second);
        // nothing was committed: the article (without verdict, as the dedup step sent it) and its four answers
        gather.pipeInput(article.id(), DedupMessage.of(article, GROUPS), Fixtures.NOW);
        for (int group = 0; group < GROUPS; group++) {
            gather.pipeInput(article.id(), DedupMessage.of(Answer.none(article.id(), group)), Fixtures.NOW);
        }

        assertThat(out.readValuesToList()).containsExactly(article);
    }

    /** Records the crashed instance had committed: they take the offsets, and the gather ignores them. */
    private static void committedBefore(TestInputTopic<String, DedupMessage> gather, int records) {
        for (int i = 0; i < records; i++) {
            gather.pipeInput("committed-" + i, DedupMessage.settle("committed-" + i, "none"), Fixtures.NOW);
        }
    }

    @Test
    void shouldPublishANearDuplicateAgainWithItsVerdictWhenItsRecordsAreReplayed() throws Exception {
        TopologyTestDriver first = driver("at_least_once");
        ingest(first, "000", "003");
        List<Article> published = articles(first).readValuesToList();
        assertThat(published).hasSize(2);
        Article copy = published.get(1);
        assertThat(copy.nearDuplicateOf().articleId()).isEqualTo(published.get(0).id());

        TopologyTestDriver second = restarted(gatherStore(first));
        TestOutputTopic<String, Article> out = articles(second);
        // the copy's records (offsets 5 to 9, after the original's five) come again from its article on; its
        // entry is published, so what the replayed answers say is not read again: the stored ones give the verdict
        TestInputTopic<String, DedupMessage> gather = gatherInput(second);
        committedBefore(gather, 5);
        gather.pipeInput(copy.id(), DedupMessage.of(copy.withNearDuplicateOf(null), GROUPS), Fixtures.NOW);
        for (int group = 0; group < GROUPS; group++) {
            gather.pipeInput(copy.id(), DedupMessage.of(Answer.none(copy.id(), group)), Fixtures.NOW);
        }

        assertThat(out.readValuesToList()).containsExactly(copy);
    }

    @Test
    void shouldPruneAPublishedEntryOnceACommitHasMadeItsOutputDurable() throws Exception {
        TopologyTestDriver d = driver("at_least_once");
        TestOutputTopic<String, Article> out = articles(d);
        ingest(d, "001");
        String first = out.readValue().id();
        assertThat(keys(gatherStore(d))).containsExactly(first); // kept, marked published, until a commit
        // the test driver commits after each record: the next record through the gather prunes the entry
        ingest(d, "002");
        String second = out.readValue().id();
        assertThat(keys(gatherStore(d))).containsExactly(second);
    }

    @Test
    void shouldPruneAnEntryLeftFromBeforeARestartOnceTheStreamHasPassedIt() throws Exception {
        TopologyTestDriver first = driver("at_least_once");
        ingest(first, "001");
        String left = articles(first).readValue().id();
        TopologyTestDriver second = restarted(gatherStore(first));
        TestOutputTopic<String, Article> out = articles(second);
        // the new instance's gather offsets start at 0 again: two articles (five records each) pass the
        // completing record's offset, and a third comes after the commit
        ingest(second, "000", "002", "004");
        assertThat(out.readValuesToList()).hasSize(3);
        assertThat(keys(gatherStore(second))).doesNotContain(left).hasSize(1);
    }

    private static List<String> keys(List<KeyValue<Windowed<String>, byte[]>> entries) {
        return entries.stream().map(kv -> kv.key.key()).toList();
    }

    @Test
    void shouldKeepNothingAfterCompletionUnderExactlyOnce() throws Exception {
        TopologyTestDriver d = driver("exactly_once_v2");
        ingest(d, "001", "002");
        assertThat(articles(d).readValuesToList()).hasSize(2);
        assertThat(gatherStore(d)).isEmpty();
    }
}
