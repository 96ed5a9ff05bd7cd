package io.storywire.aggregate.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.javalin.Javalin;
import io.storywire.aggregate.AggregateStage;
import io.storywire.aggregate.AggregateTestKit;
import io.storywire.aggregate.Fixtures;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OpenAPI document the app serves describes what the app really answers: every real response, success or
 * problem, validates against the schema documented for its path, status and content type.
 */
class OpenApiContractTest {

    @TempDir
    static Path tmp;

    private static AggregateTestKit kit;
    private static AggregateStage stage;
    private static String url;
    private static JsonNode doc;

    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig STRICT = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).build();

    private final Set<String> covered = new TreeSet<>();

    @BeforeAll
    static void start() {
        kit = new AggregateTestKit(2);
        stage = new AggregateStage(kit.config(tmp.resolve("state"), 0));
        url = stage.startWithHttpServer();
        await().atMost(Duration.ofSeconds(40)).until(stage::ready);
        kit.produce(Fixtures.corpus());
        await().atMost(Duration.ofSeconds(30)).until(() -> kit.get(url + "/api/articles/a1").status() == 200
                && kit.get(url + "/api/articles/a1").json().path("storyIds").size() == 2
                && kit.get(url + "/api/topics/k-pop/stories").status() == 200);
        doc = kit.get(url + "/openapi.json").json();
    }

    @AfterAll
    static void stop() {
        if (stage != null) {
            stage.close();
        }
        if (kit != null) {
            kit.close();
        }
    }

    @Test
    void shouldDescribeEveryRealResponseOfTheRunningApp() {
        check("/api/topics", "/api/topics", 200);
        check("/api/topics/{topic}/stories", "/api/topics/taiwan/stories", 200);
        check("/api/topics/{topic}/stories", "/api/topics/taiwan/stories?sort=size&limit=1&offset=1", 200);
        check("/api/topics/{topic}/stories", "/api/topics/taiwan/stories?since=2026-01-08T00:00:00Z", 200);
        check("/api/topics/{topic}/stories", "/api/topics/no-such-topic/stories", 404);
        check("/api/topics/{topic}/stories", "/api/topics/taiwan/stories?limit=many", 400);
        String storyId = kit.get(url + "/api/topics/taiwan/stories").json().path("stories").get(0).path("id").asText();
        check("/api/stories/{id}", "/api/stories/" + storyId, 200);
        check("/api/stories/{id}", "/api/stories/taiwan:nothing", 404);
        check("/api/stories/{id}", "/api/stories/no-colon", 400);
        check("/api/stories/{id}/articles", "/api/stories/" + storyId + "/articles", 200);
        check("/api/stories/{id}/articles", "/api/stories/" + storyId + "/articles?limit=1&offset=1", 200);
        check("/api/stories/{id}/articles", "/api/stories/taiwan:nothing/articles", 404);
        check("/api/stories/{id}/articles", "/api/stories/" + storyId + "/articles?limit=0", 400);
        for (String id : List.of("a1", "a2", "a3", "a4")) {
            check("/api/articles/{id}", "/api/articles/" + id, 200);
        }
        check("/api/articles/{id}", "/api/articles/nothing", 404);
        check("/api/articles/{id}", "/api/articles/" + "x".repeat(600), 400);
        check("/api/entities/{id}/stories", "/api/entities/" + "x".repeat(600) + "/stories", 400);
        check("/api/entities/{id}/stories", "/api/entities/place:taiwan/stories", 200);
        check("/api/entities/{id}/stories", "/api/entities/person:nobody/stories", 404);
        check("/api/events", "/api/events?topic=%3Cscript%3E", 400);
        check("/health/live", "/health/live", 200);
        check("/health/ready", "/health/ready", 200);

        // the documented 503s, from an instance whose stage has not started
        Javalin idle = Javalin.create(c -> c.showJavalinBanner = false);
        try (AggregateStage notStarted = new AggregateStage(kit.config(tmp.resolve("idle"), 0))) {
            notStarted.registerRoutes(idle);
            idle.start("127.0.0.1", 0);
            String idleUrl = "http://127.0.0.1:" + idle.port();
            check(idleUrl, "/api/topics", "/api/topics", 503);
            check(idleUrl, "/api/topics/{topic}/stories", "/api/topics/taiwan/stories", 503);
            check(idleUrl, "/api/stories/{id}", "/api/stories/taiwan:x", 503);
            check(idleUrl, "/api/stories/{id}/articles", "/api/stories/taiwan:x/articles", 503);
            check(idleUrl, "/api/articles/{id}", "/api/articles/a1", 503);
            check(idleUrl, "/api/entities/{id}/stories", "/api/entities/place:seoul/stories", 503);
            check(idleUrl, "/api/events", "/api/events", 503);
            check(idleUrl, "/health/ready", "/health/ready", 503);
            notStarted.close();
            check(idleUrl, "/health/live", "/health/live", 503);
        } finally {
            idle.stop();
        }

        // metrics are Prometheus text, not JSON: status and media type as documented
        AggregateTestKit.Reply metrics = kit.get(url + "/metrics");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(doc.path("paths").path("/metrics").path("get").path("responses").path("200").path("content")
                .has(metrics.contentType().split(";")[0].trim())).isTrue();
        assertThat(metrics.body()).contains("storywire_sse_clients");
        covered.add("/metrics 200");

        // a page of another origin is refused on every path, reads included
        List<String> paths = List.of("/api/topics", "/api/topics/{topic}/stories", "/api/stories/{id}",
                "/api/stories/{id}/articles",
                "/api/articles/{id}", "/api/entities/{id}/stories", "/api/events", "/health/live", "/health/ready",
                "/metrics");
        for (String template : paths) {
            String path = template.replace("{topic}", "taiwan").replace("{id}", "a1");
            check(url, template, path, 403, "Origin", "http://127.0.0.1:1");
        }

        List<String> documented = new ArrayList<>();
        doc.path("paths").fields().forEachRemaining(p -> p.getValue().path("get").path("responses").fieldNames()
                .forEachRemaining(status -> documented.add(p.getKey() + " " + status)));
        documented.remove("/api/events 200"); // an endless stream: StoryEventsTest reads it
        assertThat(covered).as("documented responses exercised").containsExactlyInAnyOrderElementsOf(documented);
    }

    @Test
    void shouldAnswerUnknownApiPathsWithAProblem() {
        AggregateTestKit.Reply reply = kit.get(url + "/api/no-such-endpoint");
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().path("detail").asText()).contains("/api/no-such-endpoint");
        // the problems our handlers write are kept, not replaced
        assertThat(kit.get(url + "/api/stories/taiwan:none").json().path("detail").asText()).contains("taiwan:none");
    }

    @Test
    void shouldRejectAnswersThatBreakTheSchemaSoTheCheckAboveMeansSomething() {
        JsonSchema page = SCHEMAS.getSchema(SchemaLocation.of("classpath:openapi.json#/components/schemas/StoryPage"),
                STRICT);
        JsonNode real = kit.get(url + "/api/topics/taiwan/stories").json();
        assertThat(page.validate(real)).isEmpty();
        com.fasterxml.jackson.databind.node.ObjectNode broken = real.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) broken.path("stories").get(0)).put("lastSeen", "yesterday");
        assertThat(page.validate(broken)).isNotEmpty();
        broken = real.deepCopy();
        broken.remove("total");
        assertThat(page.validate(broken)).isNotEmpty();
    }

    private void check(String template, String path, int status) {
        check(url, template, path, status);
    }

    private void check(String base, String template, String path, int status, String... headers) {
        AggregateTestKit.Reply reply = headers.length == 0 ? kit.get(base + path) : get(base + path, headers);
        assertThat(reply.status()).as("status of %s", path).isEqualTo(status);
        JsonNode response = doc.path("paths").path(template).path("get").path("responses").path(
                Integer.toString(status));
        assertThat(response.isMissingNode()).as("%s %s documented", template, status).isFalse();
        String contentType = reply.contentType().split(";")[0].trim();
        JsonNode media = response.path("content").path(contentType);
        assertThat(media.isMissingNode()).as("%s answers %s as documented", path, contentType).isFalse();
        if (status == 503 || response.path("headers").has("Retry-After")) {
            assertThat(reply.headers().firstValue("Retry-After")).as("Retry-After of %s", path).isPresent();
        }
        String ref = media.path("schema").path("$ref").asText();
        JsonSchema schema = SCHEMAS.getSchema(SchemaLocation.of("classpath:openapi.json" + ref), STRICT);
        Set<ValidationMessage> errors = schema.validate(reply.json());
        assertThat(errors).as("%s against %s: %s", path, ref, reply.body()).isEmpty();
        covered.add(template + " " + status);
    }

    private static AggregateTestKit.Reply get(String uri, String... headers) {
        try {
            java.net.http.HttpResponse<String> r = kit.http().send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(uri)).headers(headers).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            return new AggregateTestKit.Reply(r.statusCode(), r.headers(), r.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
