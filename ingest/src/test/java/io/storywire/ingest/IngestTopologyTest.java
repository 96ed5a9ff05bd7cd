package io.storywire.ingest;

import io.storywire.ingest.settings.IngestSettings;
import io.storywire.ingest.publish.RawHeaders;
import io.storywire.ingest.file.FileTypes;
import static org.assertj.core.api.Assertions.assertThat;

import io.storywire.core.Topics;
import io.storywire.core.model.Article;
import io.storywire.core.model.DeadLetter;
import io.storywire.core.serde.EventSerdes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IngestTopologyTest {

    private final Topics topics = new Topics("t");
    private TopologyTestDriver driver;
    private TestInputTopic<byte[], byte[]> raw;
    private TestOutputTopic<String, Article> articles;
    private TestOutputTopic<String, DeadLetter> dlq;

    @BeforeEach
    void setUp() throws Exception {
        open(IngestTopology.build(topics, Fixtures.SETTINGS));
    }

    /** A driver of {@code topology} on a fresh state directory, with the topics the tests read. */
    private void open(org.apache.kafka.streams.Topology topology) throws Exception {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, "ingest-test");
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "dummy:9092");
        p.put(StreamsConfig.STATE_DIR_CONFIG, Files.createTempDirectory("ingest-ttd").toString());
        driver = new TopologyTestDriver(topology, p);
        raw = driver.createInputTopic(topics.ingest(), new ByteArraySerializer(), new ByteArraySerializer());
        articles = driver.createOutputTopic(topics.articles(), new StringDeserializer(),
                EventSerdes.ARTICLE.deserializer());
        dlq = driver.createOutputTopic(topics.deadLetters(), new StringDeserializer(),
                EventSerdes.DEAD_LETTER.deserializer());
    }

    /** The default settings with duplicates remembered for one day. */
    private static IngestSettings oneDayRetention() {
        return new IngestSettings(IngestSettings.DEFAULT_MAX_RAW_BYTES, IngestSettings.DEFAULT_MAX_ARTICLE_BYTES,
                IngestSettings.DEFAULT_MIN_BODY_WORDS, IngestSettings.DEFAULT_FUTURE_SKEW,
                IngestSettings.DEFAULT_SHINGLE, IngestSettings.DEFAULT_THRESHOLD, java.time.Duration.ofDays(1),
                Fixtures.SETTINGS.clock());
    }

    @AfterEach
    void tearDown() {
        driver.close();
    }

    private void send(byte[] payload, String contentType, String name) {
        RecordHeaders h = new RecordHeaders();
        RawHeaders.write(h, contentType, null, name, null);
        raw.pipeInput(new TestRecord<>(null, payload, h, Fixtures.NOW));
    }

    private List<Article> sendSeeds() {
        for (String s : List.of("000", "001", "002", "003", "004")) {
            send(Fixtures.seed(s), null, s + ".txt");
        }
        return articles.readValuesToList();
    }

    @Test
    void shouldPublishEverySeedKeyedByItsId() {
        send(Fixtures.seed("000"), "text/plain", "000.txt");
        var out = articles.readKeyValuesToList();
        assertThat(out).hasSize(1);
        assertThat(out.get(0).key).isEqualTo(out.get(0).value.id());
        assertThat(out.get(0).value.origin()).isEqualTo("kafka");
        assertThat(out.get(0).value.originName()).isEqualTo("000.txt");
        assertThat(out.get(0).value.ingestedAt()).isEqualTo(Fixtures.NOW);
        assertThat(dlq.isEmpty()).isTrue();
    }

    @Test
    void shouldMarkWireRewritesAsNearDuplicatesOfTheFirstCopyOnly() {
        Map<String, Article> byName = sendSeeds().stream()
                .collect(Collectors.toMap(a -> a.originName().substring(0, 3), a -> a));
        assertThat(byName).hasSize(5);
        String original = byName.get("000").id();
        assertThat(byName.get("000").nearDuplicateOf()).isNull();
        assertThat(byName.get("001").nearDuplicateOf()).isNull();
        assertThat(byName.get("002").nearDuplicateOf()).isNull();
        assertThat(byName.get("003").nearDuplicateOf().articleId()).isEqualTo(original);
        assertThat(byName.get("004").nearDuplicateOf().articleId()).isEqualTo(original);
        assertThat(byName.get("003").nearDuplicateOf().similarity()).isBetween(0.15, 1.0);
    }

    @Test
    void shouldNotRepublishAnArticleIngestedTwice() {
        assertThat(sendSeeds()).hasSize(5);
        sendSeeds();
        send(Fixtures.seed("002"), "text/plain", "again.txt");
        assertThat(articles.isEmpty()).isTrue();
        assertThat(dlq.isEmpty()).isTrue();
    }

    @Test
    void shouldNotRepublishTheSameTextUnderAnotherLinkWithTrackingParameters() {
        String body = "The harbour of Northport reopened on Monday after a storm closed it for three days, the port "
                + "authority said, and the first ferries to the island of Varn left on time with 212 passengers.";
        String first = "{\"title\":\"Harbour reopens\",\"url\":\"https://northport.example/news/harbour\","
                + "\"body\":\"" + body + "\"}";
        String repost = "{\"title\":\"Harbour reopens after storm\",\"url\":"
                + "\"http://www.aggregator.example/world/item-7/?utm_source=rss&fbclid=abc#top\",\"body\":\""
                + body + "\"}";
        send(first.getBytes(StandardCharsets.UTF_8), "application/json", "first.json");
        send(repost.getBytes(StandardCharsets.UTF_8), "application/json", "repost.json");
        assertThat(articles.readValuesToList()).extracting(Article::originName).containsExactly("first.json");
    }

    @Test
    void shouldSpreadDuplicateDetectionOverInternalTopicsKeyedByIdAndBandGroup() {
        String description = IngestTopology.build(topics, Fixtures.SETTINGS, 8).describe().toString();
        assertThat(description).contains("dedup-articles-repartition", "dedup-bands-repartition",
                "dedup-gather-repartition", "dedup-settle-repartition");
    }

    @Test
    void shouldMarkTheSameCopiesWhateverTheNumberOfBandGroups() throws Exception {
        driver.close();
        open(IngestTopology.build(topics, Fixtures.SETTINGS, 1));
        Map<String, Article> byName = sendSeeds().stream()
                .collect(Collectors.toMap(a -> a.originName().substring(0, 3), a -> a));
        String original = byName.get("000").id();
        assertThat(byName.get("003").nearDuplicateOf().articleId()).isEqualTo(original);
        assertThat(byName.get("004").nearDuplicateOf().articleId()).isEqualTo(original);
        assertThat(byName.get("001").nearDuplicateOf()).isNull();
    }

    @Test
    void shouldRememberArticlesForTheRetentionOnly() throws Exception {
        driver.close();
        open(IngestTopology.build(topics, oneDayRetention()));
        raw.pipeInput(new TestRecord<>(null, Fixtures.seed("000"), new RecordHeaders(), Fixtures.NOW));
        raw.pipeInput(new TestRecord<>(null, Fixtures.seed("000"), new RecordHeaders(),
                Fixtures.NOW.plus(java.time.Duration.ofHours(12))));
        assertThat(articles.readValuesToList()).hasSize(1);
        java.time.Instant later = Fixtures.NOW.plus(java.time.Duration.ofDays(4));
        // the first record after the quiet spell: the store itself would still show 000 until a later put
        raw.pipeInput(new TestRecord<>(null, Fixtures.seed("000"), new RecordHeaders(), later));
        assertThat(articles.readValuesToList()).hasSize(1); // 000 forgotten after a day, so published again
    }

    /**
     * A block the site prints under every article: left out of comparisons once three of the site's articles in the
     * retention carried it, counted afresh once they are forgotten.
     */
    private static final String SITE_BLOCK = """
            The Northport Courier has covered the harbour towns of the Varn coast since 1921. Our reporters Anna \
            Lind, Tomas Berg and Mari Holm work from the newsroom on Quay Street and from the island office in \
            Varnholm, and the Courier's photographers cover council meetings, football at Harbour Park and the \
            ferry crossings to Varn every week of the year.

            The Courier is published by Coastline Media, which also owns Radio Northport and the Varn Weekly. Letters \
            to the editor go to the Quay Street office; corrections are printed on page two of the Saturday edition \
            and kept on the Courier's corrections page for twelve months.""";

    private Article sendSiteArticle(String lead, java.time.Instant at) {
        String json = "{\"title\":\"" + lead + "\",\"source\":\"Northport Courier\",\"body\":"
                + new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(lead + "\n\n" + SITE_BLOCK) + "}";
        RecordHeaders h = new RecordHeaders();
        RawHeaders.write(h, "application/json", null, "site.json", null);
        raw.pipeInput(new TestRecord<>(null, json.getBytes(StandardCharsets.UTF_8), h, at));
        return articles.readValue();
    }

    @Test
    void shouldLeaveASitesRecurringBlockOutOfComparisonsOnlyWhileItsCountsAreRetained() throws Exception {
        driver.close();
        open(IngestTopology.build(topics, oneDayRetention()));
        java.time.Instant t = Fixtures.NOW;
        Article first = sendSiteArticle("The bus fares rise soon.", t);
        // the second article is mostly the block, seen only once before: a near-copy of the first
        assertThat(sendSiteArticle("The library opens late.", t.plusSeconds(60)).nearDuplicateOf().articleId())
                .isEqualTo(first.id());
        // the third carrier makes the block the site's boilerplate: what is left is too short to compare
        assertThat(sendSiteArticle("The new school opens.", t.plusSeconds(120)).nearDuplicateOf()).isNull();

        // four days later, the counts (and the articles) are forgotten after the one-day retention
        java.time.Instant later = t.plus(java.time.Duration.ofDays(4));
        Article again = sendSiteArticle("The harbour fees fall.", later);
        assertThat(again.nearDuplicateOf()).isNull();
        assertThat(sendSiteArticle("The ferry sails at noon.", later.plusSeconds(60)).nearDuplicateOf().articleId())
                .isEqualTo(again.id());
    }

    @Test
    void shouldSendBadInputToTheDeadLetterTopicAndKeepGoing() {
        send("{\"title\": \"No body\"".getBytes(StandardCharsets.UTF_8), "application/json", "broken.json");
        send(new byte[0], null, "empty.txt");
        send(Fixtures.seed("001"), null, "001.txt");
        List<DeadLetter> letters = dlq.readValuesToList();
        assertThat(letters).extracting(DeadLetter::reason).containsExactly("malformed-json", "empty");
        DeadLetter first = letters.get(0);
        assertThat(first.stage()).isEqualTo("ingest");
        assertThat(first.payload()).isEqualTo("{\"title\": \"No body\"");
        assertThat(first.origin()).isEqualTo("kafka");
        assertThat(first.originName()).isEqualTo("broken.json");
        assertThat(first.sourceTopic()).startsWith(topics.ingest() + "/0@");
        assertThat(first.at()).isEqualTo(Fixtures.NOW);
        assertThat(articles.readValuesToList()).hasSize(1);
    }

    @Test
    void shouldDeadLetterEveryInputOfTheBadCorpusWithItsPayload() throws Exception {
        List<java.nio.file.Path> corpus;
        try (var files = Files.list(Fixtures.resource("bad"))) {
            corpus = files.sorted().toList();
        }
        for (var file : corpus) {
            send(Files.readAllBytes(file), FileTypes.contentType(file), file.getFileName().toString());
        }
        send(Fixtures.seed("002"), null, "good.txt"); // nothing is held up behind the bad ones
        assertThat(articles.readValuesToList()).extracting(Article::originName).containsExactly("good.txt");
        Map<String, DeadLetter> letters = dlq.readValuesToList().stream()
                .collect(Collectors.toMap(DeadLetter::originName, d -> d, (a, b) -> a));
        assertThat(letters.keySet()).hasSize(corpus.size());
        for (var file : corpus) {
            String name = file.getFileName().toString();
            DeadLetter d = letters.get(name);
            assertThat(d.reason()).as(name).isEqualTo(name.split("--")[0]);
            assertThat(d.payloadBytes()).isEqualTo(Files.size(file));
            if (Files.size(file) > 0) {
                assertThat(d.payload() != null || d.payloadBase64() != null).as("payload kept for " + name).isTrue();
            }
        }
        assertThat(letters.get("binary--png-image.bin").payloadBase64()).isNotNull();
    }

    @Test
    void shouldPublishTheGoodItemsOfAPartlyBadBatchAndDeadLetterTheRest() {
        String batch = "[{\"title\":\"One\",\"body\":\"" + "word ".repeat(40) + "end.\"},"
                + "{\"source\":\"Two\"}, {\"title\":\"Three: a headline alone\"}]";
        send(batch.getBytes(StandardCharsets.UTF_8), "application/json", "batch.json");
        List<Article> published = articles.readValuesToList();
        assertThat(published).extracting(Article::title).containsExactly("One", "Three: a headline alone");
        assertThat(published).extracting(Article::kind).containsExactly("article", "headline");
        DeadLetter letter = dlq.readValue();
        assertThat(letter.reason()).isEqualTo("no-text");
        assertThat(letter.detail()).startsWith("item 1:");
    }

    @Test
    void shouldPublishAnArticleWithAnAbsurdDateAtIngestTimeWithAFlag() {
        for (String date : List.of("-300000-01-01T00:00:00Z", "-999999999-01-01T00:00:00Z")) {
            String json = "{\"title\":\"Ferry adds crossings " + date + "\",\"published\":\"" + date + "\","
                    + "\"body\":\"The ferry line said on Thursday it would add two evening crossings in May.\"}";
            send(json.getBytes(StandardCharsets.UTF_8), "application/json", "absurd.json");
        }
        List<Article> out = articles.readValuesToList();
        assertThat(dlq.isEmpty()).isTrue();
        assertThat(out).hasSize(2).allSatisfy(a -> {
            assertThat(a.published().toInstant()).isEqualTo(Fixtures.NOW);
            assertThat(a.publishedFrom()).isEqualTo("ingest-time");
            assertThat(a.flags()).extracting(f -> f.code()).contains("implausible-date");
        });
        assertThat(out.get(0).flags()).anySatisfy(f -> assertThat(f.evidence()).contains("-300000-01-01"));
        assertThat(out.get(1).flags()).anySatisfy(f -> assertThat(f.evidence()).contains("-999999999-01-01"));
    }
}
