package io.storywire.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.storywire.app.Pipeline.Stage;
import io.storywire.broker.EmbeddedKafkaBroker;
import io.storywire.core.config.StorywireConfig;
import io.storywire.core.http.HttpGuard;
import io.storywire.core.http.HttpPolicy;
import io.storywire.core.ops.OpsRoutes;
import io.storywire.core.ops.StageHealth;
import io.storywire.core.serde.Json;
import io.storywire.core.streams.ThreadReplacement;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Health of each stage as an orchestrator probes it: separate stages on their own ops ports (or none when 0), all
 * stages on the one server in {@code run}, and {@code /health/live} going DOWN when a stage's stream thread dies
 * without a replacement or the app ends in ERROR.
 */
class StageHealthEndToEndTest {

    private static EmbeddedKafkaBroker broker;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void startBroker() {
        broker = EmbeddedKafkaBroker.startTemporary();
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    private static StorywireConfig config(String prefix, Map<String, String> more) throws IOException {
        Map<String, String> m = new HashMap<>(Map.of("bootstrap.servers", broker.bootstrapServers(),
                "data.dir", Files.createTempDirectory("storywire-health-").toString(),
                "topic.prefix", prefix, "topic.partitions", "1", "http.port", "0", "commit.interval.ms", "100"));
        m.putAll(more);
        return StorywireConfig.load(null, m);
    }

    @Test
    void shouldServeEnrichHealthOnItsOwnPortAndGoDownWhenItsStreamThreadDies() throws Exception {
        int port = freePort();
        try (Pipeline p = Pipeline.start(config("ops-enrich", Map.of("enrich.ops.port", String.valueOf(port))),
                EnumSet.of(Stage.ENRICH), true)) {
            assertThat(p.url()).as("enrich alone serves no API").isNull();
            String ops = p.opsUrl(Stage.ENRICH);
            assertThat(ops).isEqualTo("http://127.0.0.1:" + port);
            await().atMost(Duration.ofSeconds(60)).until(() -> get(ops + "/health/ready").statusCode() == 200);
            assertThat(get(ops + "/health/live").statusCode()).isEqualTo(200);
            assertThat(new Scrape(get(ops + "/metrics").body()).values("storywire_consumer_lag",
                    "stage=\"enrich\"")).hasSize(1);

            // the app's one stream thread stops and nothing replaces it: RUNNING with no thread is not alive
            KafkaStreams streams = p.health(Stage.ENRICH).streams();
            assertThat(streams.removeStreamThread(Duration.ofSeconds(30))).isPresent();
            HttpResponse<String> live = get(ops + "/health/live");
            assertThat(live.statusCode()).isEqualTo(503);
            assertThat(live.headers().firstValue("Retry-After")).isPresent();
            JsonNode enrich = Json.MAPPER.readTree(live.body()).path("stages").path("enrich");
            assertThat(enrich.path("status").asText()).isEqualTo("DOWN");
            assertThat(enrich.path("detail").asText()).isEqualTo("0 of 1 stream threads alive");
            assertThat(get(ops + "/health/ready").statusCode()).isEqualTo(503);
        }
    }

    @Test
    void shouldOpenNoServerForEnrichWhenItsOpsPortIsZero() throws Exception {
        try (Pipeline p = Pipeline.start(config("ops-enrich0", Map.of("enrich.ops.port", "0")),
                EnumSet.of(Stage.ENRICH), true)) {
            assertThat(p.opsUrl(Stage.ENRICH)).isNull();
            assertThat(p.url()).isNull();
            assertThat(p.health(Stage.ENRICH).live().up()).isTrue();
        }
    }

    @Test
    void shouldServeIngestHealthOnItsOwnPortBesidesItsApiPortWithoutTheApi() throws Exception {
        int port = freePort();
        try (Pipeline p = Pipeline.start(config("ops-ingest", Map.of("ingest.ops.port", String.valueOf(port))),
                EnumSet.of(Stage.INGEST), true)) {
            String ops = p.opsUrl(Stage.INGEST);
            assertThat(ops).isEqualTo("http://127.0.0.1:" + port);
            await().atMost(Duration.ofSeconds(60)).until(() -> get(ops + "/health/ready").statusCode() == 200);
            assertThat(get(p.url() + "/health/ready").statusCode()).as("and on the API port").isEqualTo(200);
            assertThat(new Scrape(get(ops + "/metrics").body()).values("storywire_consumer_lag",
                    "stage=\"ingest\"")).hasSize(1);
            HttpResponse<String> post = HTTP.send(HttpRequest.newBuilder(URI.create(ops + "/articles"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(post.statusCode()).as("the ops port takes no articles").isEqualTo(404);
        }
    }

    @Test
    void shouldServeIngestHealthOnlyOnItsApiPortWhenItsOpsPortIsZero() throws Exception {
        try (Pipeline p = Pipeline.start(config("ops-ingest0", Map.of("ingest.ops.port", "0")),
                EnumSet.of(Stage.INGEST), true)) {
            assertThat(p.opsUrl(Stage.INGEST)).isNull();
            await().atMost(Duration.ofSeconds(60)).until(() -> get(p.url() + "/health/ready").statusCode() == 200);
        }
    }

    @Test
    void shouldServeEveryStageOnTheOneServerWhenRunTogether() throws Exception {
        try (Pipeline p = Pipeline.start(config("ops-run", Map.of("ingest.ops.port", String.valueOf(freePort()),
                "enrich.ops.port", String.valueOf(freePort()))), EnumSet.of(Stage.INGEST, Stage.ENRICH), false)) {
            assertThat(p.opsUrl(Stage.INGEST)).isNull();
            assertThat(p.opsUrl(Stage.ENRICH)).isNull();
            await().atMost(Duration.ofSeconds(60)).until(() -> get(p.url() + "/health/ready").statusCode() == 200);
            JsonNode stages = Json.MAPPER.readTree(get(p.url() + "/health/live").body()).path("stages");
            assertThat(stages.fieldNames()).toIterable().containsExactlyInAnyOrder("ingest", "enrich");
        }
    }

    /** Thrown by the test processor: an Error, which no record handler takes, so it kills the stream thread. */
    static final class Crash extends Error {
        Crash() {
            super("stream thread crashed on purpose");
        }
    }

    @Test
    void shouldGoDownWhenAStreamThreadKeepsCrashingPastTheReplacementLimit() throws Exception {
        String in = "crash-in";
        broker.createTopics(List.of(in), 1);
        AtomicInteger attempts = new AtomicInteger();
        StreamsBuilder b = new StreamsBuilder();
        b.stream(in, Consumed.with(Serdes.String(), Serdes.String())).foreach((k, v) -> {
            if (v.equals("crash")) {
                attempts.incrementAndGet();
                throw new Crash();
            }
        });
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "crash-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        props.put(StreamsConfig.STATE_DIR_CONFIG, Files.createTempDirectory("crash").toString());
        props.put("consumer.auto.offset.reset", "earliest");
        // the dead thread's member stays in the group until its session ends: the broker's minimum, not 45 s
        props.put("consumer.session.timeout.ms", 6000);
        StageHealth health = new StageHealth("crashy", Duration.ofMinutes(5),
                new io.storywire.core.ops.BrokerProbe(config("x", Map.of()).kafkaClientProperties(),
                        Duration.ofSeconds(2), Duration.ofSeconds(1)));
        Javalin app = HttpGuard.create(HttpPolicy.loopback());
        OpsRoutes.on(app).add(health);
        try (KafkaStreams streams = new KafkaStreams(b.build(), props)) {
            ThreadReplacement.install(streams, "crashy", 1, Duration.ofMinutes(10));
            health.watch(streams, props);
            app.start("127.0.0.1", 0);
            String url = "http://127.0.0.1:" + app.port();
            streams.start();
            await().atMost(Duration.ofSeconds(60)).until(() -> get(url + "/health/ready").statusCode() == 200);

            try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                    config("x", Map.of()).kafkaClientProperties(), new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>(in, "k", "crash")).get();
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> get(url + "/health/live").statusCode() == 503);
            JsonNode crashy = Json.MAPPER.readTree(get(url + "/health/live").body()).path("stages").path("crashy");
            assertThat(crashy.path("state").asText()).isIn("ERROR", "PENDING_ERROR");
            assertThat(attempts.get()).as("crashed, replaced once, crashed again, then stopped").isEqualTo(2);
        } finally {
            app.stop();
            health.close();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static HttpResponse<String> get(String uri) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
