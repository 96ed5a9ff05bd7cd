package io.storywire.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.storywire.core.Topics;
import io.storywire.core.config.StorywireConfig;
import io.storywire.core.model.Article;
import io.storywire.core.model.DeadLetter;
import io.storywire.core.model.EnrichedArticle;
import io.storywire.core.serde.Json;
import io.storywire.core.serde.EventSerdes;
import io.storywire.core.streams.StreamsSettings;
import io.storywire.enrich.topic.TopicDefinition;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnrichTopologyTest {

    private static final Topics TOPICS = new Topics("t");
    private static Enricher enricher;

    @TempDir
    Path state;

    private TopologyTestDriver driver;
    private TestInputTopic<String, Article> articles;
    private TestInputTopic<String, String> taxonomy;
    private TestOutputTopic<String, EnrichedArticle> enriched;

    @BeforeAll
    static void buildEnricher() {
        enricher = Enricher.withDefaults();
    }

    @BeforeEach
    void start() {
        StorywireConfig cfg = StorywireConfig.load().with(Map.of("topic.prefix", "t", "bootstrap.servers", "dummy:9092",
                "state.dir", state.toString()));
        Properties props = StreamsSettings.of(cfg, "enrich", null);
        driver = new TopologyTestDriver(EnrichTopology.build(TOPICS, enricher), props);
        articles = driver.createInputTopic(TOPICS.articles(), new StringSerializer(), EventSerdes.ARTICLE.serializer());
        taxonomy = driver.createInputTopic(TOPICS.taxonomy(), new StringSerializer(), new StringSerializer());
        enriched = driver.createOutputTopic(TOPICS.enriched(), new StringDeserializer(), EventSerdes.ENRICHED.deserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    private TestOutputTopic<String, EnrichedArticle> topic(String id) {
        return driver.createOutputTopic(TOPICS.topic(id), new StringDeserializer(), EventSerdes.ENRICHED.deserializer());
    }

    static Article taiwanArticle() {
        return Articles.of("a1", "China holds drills around Taiwan as Lai Ching-te vows to defend the island",
                "China's military staged large-scale drills around Taiwan on Monday, days after Taiwanese President "
                        + "Lai Ching-te said the self-governing island would not bow to pressure from Beijing.\n\n"
                        + "Taiwan's defence ministry said dozens of Chinese warships and aircraft crossed the median "
                        + "line of the Taiwan Strait. Lai called the drills a threat to regional peace.\n\n"
                        + "Beijing claims Taiwan as its own territory and has not ruled out force to achieve "
                        + "reunification. Cross-strait tensions have risen since Lai took office.");
    }

    @Test
    void shouldWriteEnrichedArticleAndEachAssignedTopicStream() {
        articles.pipeInput("a1", taiwanArticle());

        EnrichedArticle out = enriched.readValue();
        assertThat(out.id()).isEqualTo("a1");
        assertThat(out.entities()).extracting(e -> e.id()).contains("place:taiwan", "person:lai-ching-te", "place:china");
        assertThat(out.topics()).extracting(t -> t.id()).contains("taiwan");
        assertThat(topic("taiwan").readValuesToList()).extracting(EnrichedArticle::id).containsExactly("a1");
        assertThat(topic("k-pop").isEmpty()).isTrue();
        assertThat(enriched.isEmpty()).isTrue();
    }

    @Test
    void shouldApplyATopicAddedOnTheTaxonomyTopicWithoutRestart() {
        TopicDefinition drills = new TopicDefinition("drills", "Military drills", 1.0, Map.of("drills", 2.0), Map.of());
        taxonomy.pipeInput("drills", Json.write(drills));
        articles.pipeInput("a1", taiwanArticle());

        EnrichedArticle out = enriched.readValue();
        assertThat(out.topics()).extracting(t -> t.id()).containsExactly("drills");
        assertThat(topic("drills").readValuesToList()).hasSize(1);
        assertThat(topic("taiwan").isEmpty()).as("the live taxonomy replaces the file one").isTrue();

        taxonomy.pipeInput("drills", (String) null);
        articles.pipeInput("a2", taiwanArticle());
        assertThat(enriched.readValue().topics()).as("deleted topic, empty table: file taxonomy again")
                .extracting(t -> t.id()).contains("taiwan").doesNotContain("drills");
    }

    @Test
    void shouldSkipAnUnreadableTaxonomyEntryAndKeepEnriching() {
        taxonomy.pipeInput("broken", "{not json");
        taxonomy.pipeInput("drills", Json.write(new TopicDefinition("drills", "Drills", 1.0, Map.of("drills", 2.0), Map.of())));
        articles.pipeInput("a1", taiwanArticle());
        assertThat(enriched.readValue().topics()).extracting(t -> t.id()).containsExactly("drills");
    }

    @Test
    void shouldSendAPoisonRecordToTheDeadLetterTopicAndCarryOn() {
        TestInputTopic<String, byte[]> raw = driver.createInputTopic(TOPICS.articles(), new StringSerializer(),
                new ByteArraySerializer());
        raw.pipeInput("bad", "{\"id\": [not json".getBytes());
        raw.pipeInput("empty", "{\"id\": \"x\"}".getBytes());
        articles.pipeInput("a1", taiwanArticle());

        TestOutputTopic<String, DeadLetter> dlq = driver.createOutputTopic(TOPICS.deadLetters(), new StringDeserializer(),
                EventSerdes.DEAD_LETTER.deserializer());
        var letters = dlq.readValuesToList();
        assertThat(letters).extracting(DeadLetter::reason).containsExactly("undeserialisable", "processing-failed");
        assertThat(letters).allSatisfy(l -> assertThat(l.stage()).isEqualTo("enrich"));
        assertThat(letters.get(0).payload()).isEqualTo("{\"id\": [not json");
        assertThat(enriched.readValuesToList()).extracting(EnrichedArticle::id).containsExactly("a1");
    }

    @Test
    void shouldRouteEveryArticleToAMatchAllTopicAddedLive() {
        taxonomy.pipeInput("everything", "{\"id\":\"everything\",\"label\":\"All news\",\"match\":\"all\"}");
        taxonomy.pipeInput("taiwan", Json.write(enricher.taxonomy().topics().stream()
                .filter(t -> t.id().equals("taiwan")).findFirst().orElseThrow()));
        articles.pipeInput("a1", taiwanArticle());
        articles.pipeInput("b1", Articles.of("b1", "Village bakery wins bread prize",
                "A village bakery won the regional bread prize on Sunday for its rye loaf."));

        assertThat(topic("everything").readValuesToList()).extracting(EnrichedArticle::id).containsExactly("a1", "b1");
        assertThat(topic("taiwan").readValuesToList()).extracting(EnrichedArticle::id).containsExactly("a1");
        var out = enriched.readValuesToList();
        assertThat(out.get(1).topics()).extracting(t -> t.id()).containsExactly("everything");
    }
}
