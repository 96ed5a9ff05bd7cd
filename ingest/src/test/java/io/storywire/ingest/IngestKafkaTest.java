package io.storywire.ingest;

import io.storywire.ingest.settings.IngestSettings;
import io.storywire.ingest.publish.RawPublisher;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.storywire.broker.EmbeddedKafkaBroker;
import io.storywire.core.TopicCreator;
import io.storywire.core.config.StorywireConfig;
import io.storywire.core.model.Article;
import io.storywire.core.model.DeadLetter;
import io.storywire.core.serde.Json;
import io.storywire.core.serde.EventSerdes;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ways in against a real broker: HTTP, drop folder, and what reaches the articles and dead-letter topics. */
class IngestKafkaTest {

    private static EmbeddedKafkaBroker broker;
    private static IngestStage stage;
    private static Javalin app;
    private static StorywireConfig cfg;
    private static Path dropDir;
    private static final List<Article> articles = new CopyOnWriteArrayList<>();
    private static final List<DeadLetter> deadLetters = new CopyOnWriteArrayList<>();
    private static Thread reader;
    private static volatile boolean reading = true;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start(@TempDir Path tmp) {
        broker = EmbeddedKafkaBroker.startTemporary();
        dropDir = tmp.resolve("drop");
        cfg = StorywireConfig.load(null, Map.of(
                "bootstrap.servers", broker.bootstrapServers(),
                "topic.prefix", "e2e",
                "state.dir", tmp.resolve("state").toString(),
                "ingest.drop.dir", dropDir.toString(),
                // the strictest guarantee: transactions must not change what comes out
                "processing.guarantee", "exactly_once_v2"));
        Properties admin = new Properties();
        admin.put("bootstrap.servers", broker.bootstrapServers());
        // as the launcher creates them: the raw topic takes pages up to ingest.max.raw.bytes
        TopicCreator.create(admin, cfg.topics().all(List.of()), 1, (short) 1,
                Map.of(cfg.topics().ingest(), IngestSettings.from(cfg).rawTopicConfig()));
        stage = new IngestStage(cfg);
        app = Javalin.create();
        stage.registerRoutes(app);
        app.start("127.0.0.1", 0);
        stage.start();
        reader = new Thread(IngestKafkaTest::readOutputs);
        reader.start();
    }

    @AfterAll
    static void stop() throws Exception {
        reading = false;
        if (reader != null) {
            reader.join(5000);
        }
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

    private static void readOutputs() {
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "e2e-reader",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(cfg.topics().articles(), cfg.topics().deadLetters()));
            while (reading) {
                for (var r : consumer.poll(Duration.ofMillis(100))) {
                    if (r.topic().equals(cfg.topics().articles())) {
                        articles.add(EventSerdes.ARTICLE.deserializer().deserialize(r.topic(), r.value()));
                    } else {
                        deadLetters.add(EventSerdes.DEAD_LETTER.deserializer().deserialize(r.topic(), r.value()));
                    }
                }
            }
        }
    }

    private HttpResponse<String> post(String body, String contentType) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/articles"))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void shouldAcceptAJsonArticleOverHttpAndPublishItOnce() throws Exception {
        await().atMost(Duration.ofSeconds(30)).until(stage::running);
        String json = Json.write(Map.of("title", "Harbour reopens after storm",
                "body", "The harbour of the town reopened on Monday after a storm closed it for three days, "
                        + "the port authority said, and the first ferries left on time in the morning.",
                "published", "2026-01-08T09:30:00+09:00", "source", "Coast Herald"));
        HttpResponse<String> first = post(json, "application/json");
        assertThat(first.statusCode()).isEqualTo(202);
        String id = Json.MAPPER.readTree(first.body()).get("ids").get(0).asText();
        assertThat(post(json, "application/json").statusCode()).isEqualTo(202);

        await().atMost(Duration.ofSeconds(30)).until(() -> articles.stream().anyMatch(a -> a.id().equals(id)));
        Article a = articles.stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
        assertThat(a.origin()).isEqualTo("http");
        assertThat(a.published().getOffset().getTotalSeconds()).isEqualTo(9 * 3600);
        // a later article posted after the copy: once it is out, the copy (stopped at the first, single-partition
        // duplicate step, in order) would have been out too
        String sentinel = Json.write(Map.of("title", "Ferry timetable back to normal",
                "body", "The ferry company said its winter timetable applies again from Tuesday, with the first "
                        + "crossing at six and the last at ten in the evening, after the storm repairs.",
                "source", "Coast Herald"));
        HttpResponse<String> later = post(sentinel, "application/json");
        assertThat(later.statusCode()).isEqualTo(202);
        String sentinelId = Json.MAPPER.readTree(later.body()).get("ids").get(0).asText();
        await().atMost(Duration.ofSeconds(30)).until(() -> articles.stream().anyMatch(x -> x.id().equals(sentinelId)));
        assertThat(articles.stream().filter(x -> x.id().equals(id))).hasSize(1);
    }

    /** A newspaper page with megabytes of inline state and styles: only its few kilobytes of text are the article. */
    private static String bigPage(String headline, int bytes) {
        StringBuilder page = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
                .append(headline).append(" | Coast Herald</title><meta property=\"og:title\" content=\"")
                .append(headline).append("\"><meta property=\"article:published_time\" "
                        + "content=\"2026-01-08T09:30:00+09:00\"><script>window.__STATE__ = [");
        String entry = "{\"id\":12345,\"kind\":\"teaser\",\"slot\":\"rail\",\"weight\":0.5},";
        while (page.length() < bytes - 4000) {
            page.append(entry);
        }
        page.append("{}];</script></head><body><nav><a href=\"/\">Home</a></nav><article><h1>").append(headline)
                .append("</h1>");
        for (int i = 1; i <= 6; i++) {
            // the headline in the text too: two pages with the same text are one article (the id is the text's)
            page.append("<p>").append(headline).append(": the harbour of the town reopened on Monday after a storm "
                    + "closed it for three days, the port authority said, and the ferries left on time; paragraph ")
                    .append(i)
                    .append(" of the report describes the repairs to the quay and the cost to the town.</p>");
        }
        return page.append("</article></body></html>").toString();
    }

    @Test
    void shouldParseAFiveMegabytePageProducedToTheRawTopicOrPostedOverHttp() throws Exception {
        await().atMost(Duration.ofSeconds(30)).until(stage::running);
        String produced = bigPage("Quay repairs begin as the storm-hit harbour reopens", 5 * 1024 * 1024);
        assertThat(produced.length()).isGreaterThan(5_000_000);
        try (RawPublisher publisher = new RawPublisher(cfg)) {
            publisher.publish(produced.getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/html", "kafka",
                    "big-page.html").get(60, java.util.concurrent.TimeUnit.SECONDS);
        }
        String posted = bigPage("Ferries run again as the harbour reopens after storm", 5 * 1024 * 1024);
        HttpResponse<String> r = post(posted, "text/html");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(202);

        await().atMost(Duration.ofSeconds(60)).until(() -> articles.stream()
                .filter(a -> a.title().startsWith("Quay repairs begin") || a.title().startsWith("Ferries run again"))
                .count() == 2);
        Article a = articles.stream().filter(x -> x.title().startsWith("Quay repairs begin")).findFirst().orElseThrow();
        assertThat(a.kind()).isEqualTo("article");
        assertThat(a.body()).contains("paragraph 6 of the report").doesNotContain("__STATE__");
        assertThat(a.published().toInstant()).hasToString("2026-01-08T00:30:00Z");
    }

    @Test
    void shouldAnswerABadArticleWithProblemJsonAndDeadLetterIt() throws Exception {
        HttpResponse<String> r = post("{\"source\": \"Only a source\", \"url\": \"https://example.org/only-source\"}",
                "application/json");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = Json.MAPPER.readTree(r.body());
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("reason").asText()).isEqualTo("no-text");
        assertThat(problem.get("field").asText()).isEqualTo("body");

        assertThat(post("%PDF-1.7 binary", "application/pdf").statusCode()).isEqualTo(415);

        await().atMost(Duration.ofSeconds(30)).until(() -> deadLetters.stream()
                .anyMatch(d -> d.reason().equals("no-text") && "http".equals(d.origin())
                        && d.payload() != null && d.payload().contains("Only a source")));
    }

    @Test
    void shouldMoveDroppedFilesToDoneOrFailedWithTheReason() throws Exception {
        Files.write(dropDir.resolve("seed-001.txt"), Fixtures.seed("001"));
        Files.writeString(dropDir.resolve("broken.json"), "{\"title\": ");
        await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(dropDir.resolve("done/seed-001.txt"))
                && Files.exists(dropDir.resolve("failed/broken.json.error")));
        assertThat(Files.readString(dropDir.resolve("failed/broken.json.error"))).contains("malformed-json");
        assertThat(Files.exists(dropDir.resolve("failed/broken.json"))).isTrue();
        await().atMost(Duration.ofSeconds(30)).until(() -> articles.stream()
                .anyMatch(a -> "drop".equals(a.origin()) && "seed-001.txt".equals(a.originName())));
        await().atMost(Duration.ofSeconds(30)).until(() -> deadLetters.stream()
                .anyMatch(d -> "drop".equals(d.origin()) && "broken.json".equals(d.originName())
                        && "{\"title\": ".equals(d.payload())));
    }
}
