package io.storywire.app;

import com.fasterxml.jackson.databind.JsonNode;
import io.storywire.app.Pipeline.Stage;
import io.storywire.core.config.StorywireConfig;
import io.storywire.core.serde.Json;
import io.storywire.eval.stories.GoldArticle;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * End-to-end latency of the whole pipeline on the embedded broker: from producing a JSON article to the raw topic
 * to the server-sent event announcing its story, one article at a time at a steady rate.
 */
final class PipelineLatencyBench {

    private final List<GoldArticle> articles;
    private final int ratePerSecond;

    PipelineLatencyBench(List<GoldArticle> articles, int ratePerSecond) {
        this.articles = articles;
        this.ratePerSecond = ratePerSecond;
    }

    /** Milliseconds from send to event, one per article whose story was announced within the wait. */
    double[] run() throws IOException, InterruptedException {
        StorywireConfig cfg = StorywireConfig.load(null, Map.of(
                "data.dir", Files.createTempDirectory("storywire-bench-").toString(),
                "broker.port", "0", "http.port", "0"));
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        Map<String, Long> heardAt = new ConcurrentHashMap<>();
        try (Pipeline pipeline = Pipeline.start(cfg, EnumSet.allOf(Stage.class))) {
            awaitReady(pipeline.url());
            subscribe(pipeline.url(), heardAt);
            try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, pipeline.config().bootstrapServers(),
                    ProducerConfig.LINGER_MS_CONFIG, 0), new ByteArraySerializer(), new ByteArraySerializer())) {
                long interval = 1_000_000_000L / ratePerSecond;
                long next = System.nanoTime();
                for (GoldArticle a : articles) {
                    while (System.nanoTime() < next) {
                        Thread.onSpinWait();
                    }
                    next += interval;
                    Map<String, Object> json = new LinkedHashMap<>();
                    json.put("title", a.title());
                    json.put("source", a.source());
                    json.put("published", a.published().toString());
                    json.put("body", a.body());
                    ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(pipeline.config().topics().ingest(),
                            null, Json.write(json).getBytes(StandardCharsets.UTF_8));
                    record.headers().add("content-type", "application/json".getBytes(StandardCharsets.UTF_8));
                    sentAt.put(a.title(), System.nanoTime());
                    producer.send(record);
                }
            }
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (heardAt.keySet().containsAll(sentAt.keySet()) == false && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
        }
        List<Double> millis = new ArrayList<>();
        sentAt.forEach((title, sent) -> {
            Long heard = heardAt.get(title);
            if (heard != null) {
                millis.add((heard - sent) / 1e6);
            }
        });
        return millis.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static void awaitReady(String url) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < 600; i++) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(url + "/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the pipeline did not get ready");
    }

    /** Records, per article title, when an event first announced a story holding it. */
    private static void subscribe(String url, Map<String, Long> heardAt) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/api/events"))
                .header("Accept", "text/event-stream").build();
        HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofLines()).thenAccept(r -> {
            try (Stream<String> lines = r.body()) {
                lines.filter(l -> l.startsWith("data:")).forEach(l -> {
                    long now = System.nanoTime();
                    JsonNode story = Json.read(l.substring(5).trim(), JsonNode.class);
                    story.path("articles").forEach(a -> heardAt.putIfAbsent(a.path("title").asText(), now));
                });
            } catch (RuntimeException e) {
                // the stream ends when the pipeline stops
            }
        });
    }
}
