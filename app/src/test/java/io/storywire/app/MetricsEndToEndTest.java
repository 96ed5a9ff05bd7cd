package io.storywire.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.storywire.core.serde.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pipeline as {@code storywire run} starts it, watched as Prometheus would: after a few articles by HTTP and by
 * Kafka, one bad payload and one live-update client, {@code /metrics} has every Storywire series with the values
 * those make, the Kafka Streams binder's series of each stage, and both health endpoints say UP for all stages.
 */
class MetricsEndToEndTest {

    private static RunningPipeline running;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        running = new RunningPipeline();
    }

    @AfterAll
    static void stop() {
        if (running != null) {
            running.close();
        }
    }

    private static String article(String title, String body) {
        return Json.write(Map.of("title", title, "source", "Ops Test Wire", "published", "2026-03-04T08:00:00Z",
                "body", body));
    }

    @Test
    void shouldExposeEveryStorywireSeriesWithTheValuesAFewArticlesMake() throws Exception {
        await().atMost(Duration.ofSeconds(60)).until(() -> get("/health/ready").statusCode() == 200);
        // the registry is the JVM's: other pipelines of this test run may have counted before, so count from here
        Scrape before = scrape();

        String taiwan = "Taiwan's coast guard shadowed Chinese vessels near the island of Kinmen on Wednesday, the "
                + "defence ministry in Taipei said, as Beijing kept up pressure on the government of Lai Ching-te. "
                + "Officials in Taipei said the vessels left after several hours and that no shots were fired.";
        assertThat(running.post("/articles", "application/json",
                article("Taiwan tracks Chinese ships near Kinmen", taiwan)).statusCode()).isEqualTo(202);
        assertThat(running.post("/articles", "application/json",
                article("Coast guard of Taiwan follows vessels off Kinmen", taiwan + " A second patrol was sent."))
                .statusCode()).isEqualTo(202);
        assertThat(running.post("/articles", "application/json", "{\"title\": \"half a record").statusCode())
                .isEqualTo(400);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(running.config().kafkaClientProperties(),
                new StringSerializer(), new StringSerializer())) {
            ProducerRecord<String, String> record = new ProducerRecord<>(running.config().topics().ingest(), null,
                    article("Seoul and Tokyo hold talks on trade and chips", "Trade ministers of South Korea and "
                            + "Japan met in Seoul on Thursday to discuss export controls on chip materials, the "
                            + "ministry said. Both sides agreed to meet again in Tokyo next month to continue the "
                            + "talks on supply chains and tariffs."));
            record.headers().add("content-type", "application/json".getBytes(StandardCharsets.UTF_8));
            producer.send(record).get();
        }
        CompletableFuture<HttpResponse<Stream<String>>> sse = HTTP.sendAsync(HttpRequest.newBuilder(
                URI.create(running.url() + "/api/events")).build(), HttpResponse.BodyHandlers.ofLines());
        try {
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                Scrape s = scrape();
                return delta(before, s, "storywire_articles_in_total", "way=\"kafka\"") >= 1
                        && delta(before, s, "storywire_cluster_seconds_count") >= 3
                        && s.sum("storywire_stories", "topic=\"taiwan\"") >= 1
                        && s.sum("storywire_sse_clients") == 1;
            });
            Scrape s = scrape();
            System.out.printf("scrape: %d bytes, %d samples%n", s.text().length(),
                    s.text().lines().filter(l -> !l.startsWith("#")).count());
            assertThat(s.values("kafka_stream_state_block_cache_usage")).as("RocksDB series off by default").isEmpty();
            assertThat(delta(before, s, "storywire_articles_in_total", "way=\"http\"")).isEqualTo(2);
            assertThat(delta(before, s, "storywire_articles_in_total", "way=\"kafka\"")).isEqualTo(1);
            assertThat(delta(before, s, "storywire_dead_letters_total", "stage=\"ingest\"")).isGreaterThanOrEqualTo(1);
            assertThat(delta(before, s, "storywire_parse_seconds_count")).isGreaterThanOrEqualTo(3);
            assertThat(s.values("storywire_parse_seconds_bucket")).as("a histogram, not a summary").isNotEmpty();
            assertThat(delta(before, s, "storywire_enrich_seconds_count")).isGreaterThanOrEqualTo(3);
            assertThat(delta(before, s, "storywire_enrich_seconds_sum")).isGreaterThan(0);
            assertThat(delta(before, s, "storywire_cluster_seconds_count")).isGreaterThanOrEqualTo(3);
            assertThat(s.sum("storywire_stories", "topic=\"taiwan\"")).isGreaterThanOrEqualTo(1);
            assertThat(s.values("storywire_stories", "topic=\"k-pop\"")).as("configured topics without stories")
                    .containsExactly(0.0);
            assertThat(s.sum("storywire_sse_clients")).isEqualTo(1);
            for (String stage : new String[] {"ingest", "enrich", "aggregate"}) {
                assertThat(s.values("storywire_consumer_lag", "stage=\"" + stage + "\"")).as("lag of %s", stage)
                        .hasSize(1).allMatch(v -> v >= 0);
                assertThat(delta(before, s, "kafka_stream_thread_process_total", "stage=\"" + stage + "\""))
                        .as("Kafka Streams binder of %s", stage).isGreaterThan(0);
            }
            // every series the Grafana dashboard plots is one this pipeline exposes
            JsonNode dashboard = Json.MAPPER.readTree(java.nio.file.Files.readString(
                    java.nio.file.Path.of("..", "docs", "grafana", "storywire.json")));
            java.util.Set<String> plotted = new java.util.TreeSet<>();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b(storywire|kafka_stream)_[a-z_]+")
                    .matcher(String.join("\n", dashboard.findValuesAsText("expr")));
            while (m.find()) {
                plotted.add(m.group());
            }
            assertThat(plotted).hasSizeGreaterThan(6);
            for (String series : plotted) {
                assertThat(s.values(series)).as("dashboard series %s in /metrics", series).isNotEmpty();
            }
        } finally {
            sse.cancel(true);
        }

        HttpResponse<String> live = get("/health/live");
        assertThat(live.statusCode()).isEqualTo(200);
        JsonNode body = Json.MAPPER.readTree(live.body());
        assertThat(body.path("status").asText()).isEqualTo("UP");
        assertThat(body.path("stages").fieldNames()).toIterable()
                .containsExactlyInAnyOrder("ingest", "enrich", "aggregate");
        JsonNode ready = Json.MAPPER.readTree(get("/health/ready").body());
        assertThat(ready.path("stages").path("enrich").path("state").asText()).isEqualTo("RUNNING");
    }

    /** How much a series grew between two scrapes. */
    private static double delta(Scrape before, Scrape after, String series, String... labels) {
        return after.sum(series, labels) - before.sum(series, labels);
    }

    private static Scrape scrape() throws Exception {
        HttpResponse<String> r = get("/metrics");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        return new Scrape(r.body());
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(running.url() + path)).timeout(Duration.ofSeconds(10))
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
