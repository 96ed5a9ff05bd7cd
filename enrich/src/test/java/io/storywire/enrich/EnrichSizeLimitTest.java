package io.storywire.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.storywire.core.Topics;
import io.storywire.core.config.StorywireConfig;
import io.storywire.core.model.Article;
import io.storywire.core.model.ArticleFlag;
import io.storywire.core.model.DeadLetter;
import io.storywire.core.model.EnrichedArticle;
import io.storywire.core.model.Entity;
import io.storywire.core.serde.EventSerdes;
import io.storywire.core.streams.StreamsSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.test.TestRecord;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** enrich.max.record.bytes: an enriched record too large is trimmed and flagged, or refused once, never lost. */
class EnrichSizeLimitTest {

    private static final Topics TOPICS = new Topics("t");
    private static Enricher enricher;

    @TempDir
    Path state;

    @BeforeAll
    static void buildEnricher() {
        enricher = Enricher.withDefaults();
    }

    /** An article that names the same people and places hundreds of times: many more mentions than words. */
    private static Article repetitive(String id) {
        String sentence = "Lai Ching-te spoke in Taipei about Taiwan, and Beijing answered Taiwan within the hour. ";
        return Articles.of(id, "Lai Ching-te and Beijing trade words over Taiwan", sentence.repeat(200));
    }

    private TopologyTestDriver driver(int maxRecordBytes) {
        StorywireConfig cfg = StorywireConfig.load().with(Map.of("topic.prefix", "t", "bootstrap.servers",
                "dummy:9092", "state.dir", state.toString()));
        return new TopologyTestDriver(EnrichTopology.build(TOPICS, enricher, maxRecordBytes),
                StreamsSettings.of(cfg, "enrich", null));
    }

    @Test
    void shouldTrimARecordTooLargeForTheOutputKeepItsEntitiesAndFlagIt() {
        int untrimmedBytes;
        try (TopologyTestDriver d = driver(EnrichTopology.DEFAULT_MAX_RECORD_BYTES)) {
            d.createInputTopic(TOPICS.articles(), new StringSerializer(), EventSerdes.ARTICLE.serializer())
                    .pipeInput("a1", repetitive("a1"));
            TestRecord<String, byte[]> raw = d.createOutputTopic(TOPICS.enriched(), new StringDeserializer(),
                    new ByteArrayDeserializer()).readRecord();
            untrimmedBytes = raw.value().length;
            EnrichedArticle whole = EventSerdes.ENRICHED.deserializer().deserialize("x", raw.value());
            assertThat(whole.article().flags()).extracting(ArticleFlag::code).doesNotContain(SizeLimit.FLAG);
            assertThat(whole.entities()).anyMatch(e -> e.mentions().size() > 100);
        }
        int limit = 40_000;
        assertThat(untrimmedBytes).as("the article makes a record over the limit").isGreaterThan(limit);

        try (TopologyTestDriver d = driver(limit)) {
            d.createInputTopic(TOPICS.articles(), new StringSerializer(), EventSerdes.ARTICLE.serializer())
                    .pipeInput("a1", repetitive("a1"));
            byte[] bytes = d.createOutputTopic(TOPICS.enriched(), new StringDeserializer(),
                    new ByteArrayDeserializer()).readValue();
            assertThat(bytes.length).isLessThanOrEqualTo(limit);
            EnrichedArticle trimmed = EventSerdes.ENRICHED.deserializer().deserialize("x", bytes);
            assertThat(trimmed.article().flags()).extracting(ArticleFlag::code).contains(SizeLimit.FLAG);
            assertThat(trimmed.article().body()).as("the text is never cut").isEqualTo(repetitive("a1").body());
            assertThat(trimmed.entities()).extracting(Entity::id).contains("place:taiwan", "person:lai-ching-te");
            assertThat(trimmed.entities()).allMatch(e -> e.mentions().size() <= 20);
            assertThat(trimmed.topics()).extracting(t -> t.id()).contains("taiwan");
            assertThat(d.createOutputTopic(TOPICS.topic("taiwan"), new StringDeserializer(),
                    EventSerdes.ENRICHED.deserializer()).readValuesToList()).extracting(EnrichedArticle::id)
                    .containsExactly("a1");
            assertThat(d.createOutputTopic(TOPICS.deadLetters(), new StringDeserializer(),
                    EventSerdes.DEAD_LETTER.deserializer()).isEmpty()).isTrue();
        }
    }

    @Test
    void shouldRefuseARecordNoTrimCanFitWithOneDeadLetterNamingEveryOutput() {
        try (TopologyTestDriver d = driver(5_000)) {
            var in = d.createInputTopic(TOPICS.articles(), new StringSerializer(), EventSerdes.ARTICLE.serializer());
            in.pipeInput("big", repetitive("big"));
            in.pipeInput("small", EnrichTopologyTest.taiwanArticle());

            var enriched = d.createOutputTopic(TOPICS.enriched(), new StringDeserializer(),
                    EventSerdes.ENRICHED.deserializer());
            assertThat(enriched.readValuesToList()).extracting(EnrichedArticle::id).containsExactly("a1");
            List<DeadLetter> letters = d.createOutputTopic(TOPICS.deadLetters(), new StringDeserializer(),
                    EventSerdes.DEAD_LETTER.deserializer()).readValuesToList();
            assertThat(letters).hasSize(1);
            DeadLetter letter = letters.get(0);
            assertThat(letter.reason()).isEqualTo("too-large");
            assertThat(letter.stage()).isEqualTo("enrich");
            assertThat(letter.detail()).contains(TOPICS.enriched(), TOPICS.topic("taiwan"));
            assertThat(letter.payload()).contains("\"id\":\"big\"");
        }
    }
}
