package io.storywire.app;

import com.fasterxml.jackson.databind.JsonNode;
import io.storywire.app.Pipeline.Stage;
import io.storywire.core.config.StorywireConfig;
import io.storywire.core.serde.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;

/**
 * The whole pipeline as `storywire run` starts it, on free ports, for end-to-end tests. Its Kafka, unless a test
 * names a cluster, is what {@link TestKafka}'s switch says: the embedded broker by default, a Kafka container with
 * {@code -Dstorywire.test.kafka=container}.
 */
final class RunningPipeline implements AutoCloseable {

    static final Path SEEDS = Path.of("..", "seeds");

    final Pipeline pipeline;
    private final TestKafka kafka;
    private final HttpClient http = HttpClient.newHttpClient();

    /** On the Kafka of the switch (default: the embedded broker). */
    RunningPipeline() throws IOException {
        this("", "at_least_once");
    }

    /** Against the given cluster; empty: the Kafka of the switch. */
    RunningPipeline(String bootstrapServers) throws IOException {
        this(bootstrapServers, "at_least_once");
    }

    /** Against the given cluster (empty: the Kafka of the switch) with the given processing guarantee. */
    RunningPipeline(String bootstrapServers, String processingGuarantee) throws IOException {
        kafka = bootstrapServers.isEmpty() ? TestKafka.start() : null;
        if (kafka != null) {
            bootstrapServers = kafka.bootstrapServers();
        }
        Path data = Files.createTempDirectory("storywire-e2e-");
        StorywireConfig cfg = StorywireConfig.load(null, Map.of(
                "bootstrap.servers", bootstrapServers,
                "data.dir", data.toString(),
                "broker.port", "0",
                "http.port", "0",
                "topic.partitions", "2",
                "commit.interval.ms", "100",
                // the generated events span months: with expiry on, older events' stories would expire mid-run
                // (by the topic's clock), and the runs check that every article stays in its story
                "aggregate.story.idle.expiry.ms", "0",
                "processing.guarantee", processingGuarantee));
        try {
            pipeline = Pipeline.start(cfg, EnumSet.allOf(Stage.class));
        } catch (RuntimeException e) {
            if (kafka != null) {
                kafka.close();
            }
            throw e;
        }
    }

    String bootstrapServers() {
        return pipeline.config().bootstrapServers();
    }

    String url() {
        return pipeline.url();
    }

    StorywireConfig config() {
        return pipeline.config();
    }

    /** GET on the query API; null unless it answers 200. */
    JsonNode get(String path) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(pipeline.url() + path))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200 ? Json.MAPPER.readTree(r.body()) : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** POST on the HTTP API; the status and body. */
    HttpResponse<String> post(String path, String contentType, String body) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(pipeline.url() + path))
                    .header("Content-Type", contentType)
                    .timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        pipeline.close();
        if (kafka != null) {
            kafka.close();
        }
    }
}
