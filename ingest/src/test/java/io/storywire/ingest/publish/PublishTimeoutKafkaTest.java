package io.storywire.ingest.publish;

import io.storywire.ingest.IngestStage;
import io.storywire.ingest.settings.IngestSettings;
import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import io.storywire.broker.EmbeddedKafkaBroker;
import io.storywire.core.TopicCreator;
import io.storywire.core.config.StorywireConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With the broker gone, {@code POST /articles} answers 503 within {@code ingest.publish.timeout.ms}, not a minute. */
class PublishTimeoutKafkaTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    /** Room for the HTTP round trip and a slow CI machine; the producer's own default would take 60-120 s. */
    private static final Duration MARGIN = Duration.ofSeconds(4);

    private final HttpClient http = HttpClient.newHttpClient();
    private EmbeddedKafkaBroker broker;
    private IngestStage stage;
    private Javalin app;

    @AfterEach
    void stop() {
        if (app != null) {
            app.stop();
        }
        if (stage != null) {
            stage.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    private HttpResponse<String> post(String title) throws Exception {
        String json = "{\"title\":\"" + title + "\",\"body\":\"The harbour reopened on Monday after a storm closed it "
                + "for three days, the port authority said, and the first ferries left on time.\"}";
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/articles"))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void shouldAnswer503WithinTheTimeoutOnceTheBrokerIsDown(@TempDir Path tmp) throws Exception {
        broker = EmbeddedKafkaBroker.startTemporary();
        StorywireConfig cfg = StorywireConfig.load(null, Map.of(
                "bootstrap.servers", broker.bootstrapServers(),
                "topic.prefix", "timeout",
                "state.dir", tmp.resolve("state").toString(),
                RawPublisher.TIMEOUT_KEY, String.valueOf(TIMEOUT.toMillis())));
        Properties admin = new Properties();
        admin.put("bootstrap.servers", broker.bootstrapServers());
        TopicCreator.create(admin, cfg.topics().all(List.of()), 1, (short) 1,
                Map.of(cfg.topics().ingest(), IngestSettings.from(cfg).rawTopicConfig()));
        stage = new IngestStage(cfg);
        app = Javalin.create();
        stage.registerRoutes(app);
        app.start("127.0.0.1", 0);
        HttpResponse<String> up = post("Harbour reopens");
        assertThat(up.statusCode()).as(up.body()).isEqualTo(202);

        broker.close();
        broker = null;
        long start = System.nanoTime();
        HttpResponse<String> down = post("Harbour closes again");
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(down.statusCode()).as(down.body()).isEqualTo(503);
        assertThat(down.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(took).isLessThan(TIMEOUT.plus(MARGIN));
    }

    @Test
    void shouldBoundEveryProducerWaitByTheTimeout() {
        Properties p = RawPublisher.failFast(new Properties(), Duration.ofMillis(3000));
        assertThat(p).containsEntry(ProducerConfig.MAX_BLOCK_MS_CONFIG, 3000L)
                .containsEntry(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 3000)
                .containsEntry(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000);
        Properties lingering = new Properties();
        lingering.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        assertThat(RawPublisher.failFast(lingering, Duration.ofMillis(3000)))
                .containsEntry(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 2995);
        assertThat(RawPublisher.timeout(StorywireConfig.load(null, Map.of()))).isEqualTo(Duration.ofSeconds(5));
    }
}
