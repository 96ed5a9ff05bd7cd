package io.storywire.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.storywire.broker.EmbeddedKafkaBroker;
import io.storywire.core.Topics;
import io.storywire.core.config.StorywireConfig;
import io.storywire.core.model.EnrichedArticle;
import io.storywire.core.serde.Json;
import io.storywire.core.serde.EventSerdes;
import io.storywire.enrich.topic.TopicDefinition;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stage against a real broker: seeds the taxonomy topic, enriches, and follows a taxonomy change live. */
class EnrichStageKafkaTest {

    private static EmbeddedKafkaBroker broker;

    @TempDir
    static Path state;

    @BeforeAll
    static void startBroker() {
        broker = EmbeddedKafkaBroker.startTemporary();
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Test
    void shouldEnrichSeedTheTaxonomyAndCreateTheStreamOfATopicAddedLive() throws Exception {
        StorywireConfig cfg = StorywireConfig.load().with(Map.of("bootstrap.servers", broker.bootstrapServers(),
                "topic.prefix", "e2e", "topic.partitions", "1", "state.dir", state.toString()));
        Topics topics = cfg.topics();
        broker.createTopics(List.of(topics.articles(), topics.enriched(), topics.deadLetters()), 1);

        try (EnrichStage stage = new EnrichStage(cfg);
             KafkaProducer<String, String> producer = new KafkaProducer<>(cfg.kafkaClientProperties(),
                     new StringSerializer(), new StringSerializer())) {
            stage.start();
            await().atMost(Duration.ofSeconds(30)).until(stage::running);
            assertThat(read(cfg, topics.taxonomy(), 10, Duration.ofSeconds(10))).extracting(ConsumerRecord::key)
                    .containsAll(EnrichStage.topicIds(cfg));

            producer.send(new ProducerRecord<>(topics.articles(), "a1",
                    Json.write(EnrichTopologyTest.taiwanArticle()))).get();
            EnrichedArticle first = EventSerdes.ENRICHED.deserializer().deserialize(topics.enriched(),
                    read(cfg, topics.topic("taiwan"), 1, Duration.ofSeconds(30)).get(0).value().getBytes());
            assertThat(first.id()).isEqualTo("a1");

            TopicDefinition drills = new TopicDefinition("drills", "Military drills", 1.0, Map.of("drills", 2.0), Map.of());
            producer.send(new ProducerRecord<>(topics.taxonomy(), "drills", Json.write(drills))).get();
            try (Admin admin = Admin.create(cfg.kafkaClientProperties())) {
                await().atMost(Duration.ofSeconds(20))
                        .until(() -> admin.listTopics().names().get().contains(topics.topic("drills")));
            }
            // the global table catches up asynchronously: keep sending until an article lands in the new stream
            List<ConsumerRecord<String, String>> drilled = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                producer.send(new ProducerRecord<>(topics.articles(), "a2",
                        Json.write(EnrichTopologyTest.taiwanArticle()))).get();
                drilled.addAll(read(cfg, topics.topic("drills"), 1, Duration.ofSeconds(2)));
                return !drilled.isEmpty();
            });
            assertThat(drilled.get(0).key()).isEqualTo("a2");
        }
    }

    @Test
    void shouldTagTheFirstArticlesWithTheTaxonomyAlreadyOnTheTaxonomyTopic() throws Exception {
        // a restart: the taxonomy topic holds a topic the file does not know (added live) and not the file's ones,
        // and articles wait on the input before the stage starts, so the first poll hands them over at once
        StorywireConfig cfg = StorywireConfig.load().with(Map.of("bootstrap.servers", broker.bootstrapServers(),
                "topic.prefix", "restart", "topic.partitions", "1", "state.dir", state.resolve("restart").toString()));
        Topics topics = cfg.topics();
        broker.createTopics(List.of(topics.articles(), topics.enriched(), topics.deadLetters()), 1);
        TopicDefinition drills = new TopicDefinition("drills", "Military drills", 1.0, Map.of("drills", 2.0), Map.of());
        try (Admin admin = Admin.create(cfg.kafkaClientProperties());
             KafkaProducer<String, String> producer = new KafkaProducer<>(cfg.kafkaClientProperties(),
                     new StringSerializer(), new StringSerializer())) {
            new TaxonomyPublisher(cfg, admin).ensureTaxonomyTopic();
            producer.send(new ProducerRecord<>(topics.taxonomy(), "drills", Json.write(drills))).get();
            for (String id : List.of("w1", "w2", "w3")) {
                producer.send(new ProducerRecord<>(topics.articles(), id,
                        Json.write(EnrichTopologyTest.taiwanArticle()))).get();
            }
        }
        try (EnrichStage stage = new EnrichStage(cfg)) {
            stage.start();
            List<ConsumerRecord<String, String>> enriched = read(cfg, topics.enriched(), 3, Duration.ofSeconds(60));
            assertThat(enriched).extracting(ConsumerRecord::key).containsExactly("w1", "w2", "w3");
            for (ConsumerRecord<String, String> r : enriched) {
                EnrichedArticle e = EventSerdes.ENRICHED.deserializer().deserialize(topics.enriched(),
                        r.value().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                // the topic's taxonomy, not the file's (which would add taiwan) nor none
                assertThat(e.topics()).as(r.key()).extracting(t -> t.id()).containsExactly("drills");
            }
            // the stream of the topic defined only on the taxonomy topic was in place for the first article
            assertThat(read(cfg, topics.topic("drills"), 3, Duration.ofSeconds(30))).extracting(ConsumerRecord::key)
                    .containsExactly("w1", "w2", "w3");
            assertThat(read(cfg, topics.deadLetters(), 1, Duration.ofSeconds(2))).isEmpty();
        }
    }

    @Test
    void shouldWriteOneDeadLetterPerArticleWhenSeveralOutputsRefuseItsRecord() throws Exception {
        // the stage's producer takes no record the size of an enriched Taiwan article (a dead letter still fits):
        // every output of it fails
        StorywireConfig cfg = StorywireConfig.load().with(Map.of("bootstrap.servers", broker.bootstrapServers(),
                "topic.prefix", "refuse", "topic.partitions", "1", "state.dir", state.resolve("refuse").toString(),
                "kafka.producer.max.request.size", "2500"));
        Topics topics = cfg.topics();
        broker.createTopics(List.of(topics.articles(), topics.enriched(), topics.deadLetters()), 1);
        try (EnrichStage stage = new EnrichStage(cfg);
             KafkaProducer<String, String> producer = new KafkaProducer<>(cfg.kafkaClientProperties(),
                     new StringSerializer(), new StringSerializer())) {
            stage.start();
            await().atMost(Duration.ofSeconds(30)).until(stage::running);
            for (String id : List.of("r1", "r2", "r3")) {
                producer.send(new ProducerRecord<>(topics.articles(), id,
                        Json.write(EnrichTopologyTest.taiwanArticle()))).get();
            }
            // the third article's dead letter comes after every failure of the first two
            List<ConsumerRecord<String, String>> letters = new ArrayList<>();
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                letters.clear();
                letters.addAll(read(cfg, topics.deadLetters(), 100, Duration.ofSeconds(2)));
                return letters.stream().anyMatch(l -> l.value().contains(topics.articles() + "/0@2"));
            });
            List<com.fasterxml.jackson.databind.JsonNode> parsed = new ArrayList<>();
            for (ConsumerRecord<String, String> l : letters) {
                parsed.add(Json.MAPPER.readTree(l.value()));
            }
            List<String> sources = parsed.stream().map(l -> l.path("sourceTopic").asText()).toList();
            assertThat(sources).containsExactlyInAnyOrder(topics.articles() + "/0@0", topics.articles() + "/0@1",
                    topics.articles() + "/0@2");
            assertThat(parsed).allSatisfy(letter -> {
                assertThat(letter.path("reason").asText()).isEqualTo("unwritable");
                // a record refused for its size is kept as its size and source offset: a copy would be refused too
                assertThat(letter.path("payloadBytes").asLong()).isGreaterThan(2500);
                assertThat(letter.has("payload")).isFalse();
                assertThat(letter.path("detail").asText()).containsAnyOf("output " + topics.enriched() + " failed",
                        "output " + topics.topic("taiwan") + " failed");
            });
        }
    }

    private static List<ConsumerRecord<String, String>> read(StorywireConfig cfg, String topic, int atLeast,
                                                              Duration timeout) {
        Properties p = cfg.kafkaClientProperties();
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<ConsumerRecord<String, String>> out = new ArrayList<>();
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> parts = c.partitionsFor(topic).stream()
                    .map(i -> new TopicPartition(topic, i.partition())).toList();
            c.assign(parts);
            c.seekToBeginning(parts);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (out.size() < atLeast && System.nanoTime() < deadline) {
                c.poll(Duration.ofMillis(200)).forEach(out::add);
            }
        }
        return out;
    }
}
