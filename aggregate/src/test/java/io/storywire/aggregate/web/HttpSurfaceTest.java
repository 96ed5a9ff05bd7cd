package io.storywire.aggregate.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.storywire.aggregate.AggregateStage;
import io.storywire.aggregate.AggregateTestKit;
import io.storywire.aggregate.query.local.Answer;
import io.storywire.aggregate.query.local.LocalQuery;
import io.storywire.aggregate.query.routing.PeerClient;
import io.storywire.aggregate.query.routing.Replica;
import io.storywire.core.serde.Json;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.kafka.streams.state.HostInfo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The aggregate's HTTP surface behind the guard: headers, origins, the internal token, errors, the SSE cap. */
class HttpSurfaceTest {

    private static final String INTERNAL_TOKEN = "peer-s3cret";

    @TempDir
    static Path tmp;
    private static AggregateTestKit kit;
    private static AggregateStage stage;
    private static String url;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        kit = new AggregateTestKit(1);
        stage = new AggregateStage(kit.config(tmp.resolve("state"), 0).with(Map.of(
                "http.sse.max.clients", "2", "http.internal.token", INTERNAL_TOKEN)));
        url = stage.startWithHttpServer();
        await().atMost(Duration.ofSeconds(40)).until(stage::ready);
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

    private HttpResponse<byte[]> send(String method, String path, String body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url + path)).method(method, body == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static JsonNode problem(HttpResponse<byte[]> r) throws Exception {
        assertThat(r.headers().firstValue("Content-Type").orElse(""))
                .isEqualTo("application/problem+json; charset=utf-8");
        String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(r.body())).toString();
        JsonNode p = Json.MAPPER.readTree(text);
        assertThat(p.path("status").asInt()).isEqualTo(r.statusCode());
        return p;
    }

    @Test
    void shouldServeThePageWithHeadersThatForbidInlineScriptAndFraming() throws Exception {
        for (String path : List.of("/", "/app.js", "/api/topics", "/openapi.json", "/api/nothing")) {
            HttpResponse<byte[]> r = send("GET", path, null);
            assertThat(r.headers().firstValue("Content-Security-Policy").orElse("")).as(path)
                    .contains("script-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(r.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
            assertThat(r.headers().firstValue("Referrer-Policy")).as(path).hasValue("no-referrer");
        }
        // what that CSP would block must not be on the page: inline script or inline event handlers
        String page = new String(send("GET", "/", null).body(), StandardCharsets.UTF_8);
        assertThat(Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE).matcher(page).find())
                .isFalse();
        assertThat(Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE).matcher(page).find()).isFalse();
        assertThat(Pattern.compile("\\sstyle\\s*=", Pattern.CASE_INSENSITIVE).matcher(page).find()).isFalse();
    }

    @Test
    void shouldRefuseReadsFromAnotherOriginButNotFromItsOwn() throws Exception {
        HttpResponse<byte[]> foreign = send("GET", "/api/topics", null, "Origin", "http://127.0.0.1:1");
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(problem(foreign).path("reason").asText()).isEqualTo("origin-not-allowed");
        String own = url.replace("localhost", "127.0.0.1");
        assertThat(send("GET", "/api/topics", null, "Origin", own).statusCode()).isEqualTo(200);
    }

    @Test
    void shouldAnswerProblemsInUtf8() throws Exception {
        HttpResponse<byte[]> r = send("GET", "/api/stories/taiwan:caf%C3%A9-d%C3%A9j%C3%A0", null);
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(problem(r).path("detail").asText()).contains("taiwan:caf\u00e9-d\u00e9j\u00e0");
    }

    @Test
    void shouldAskPeersForTheInternalTokenAndAnswerBadBodiesWith400() throws Exception {
        String path = PeerClient.PATH + "story";
        HttpResponse<byte[]> anonymous = send("POST", path, "{\"partition\":0,\"stale\":false,\"arg\":\"x\"}",
                "Content-Type", "application/json");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(problem(anonymous).path("reason").asText()).isEqualTo("token-required");
        String auth = "Bearer " + INTERNAL_TOKEN;
        for (String body : List.of("null", "", "[".repeat(100_000) + "]".repeat(100_000))) {
            HttpResponse<byte[]> r = send("POST", path, body, "Content-Type", "application/json",
                    "Authorization", auth);
            assertThat(r.statusCode()).as(body.length() > 20 ? "deep nesting" : "'" + body + "'").isEqualTo(400);
            assertThat(problem(r).path("detail").asText()).startsWith("expected a JSON body")
                    .doesNotContain("NullPointer");
        }
        String deepObject = "{\"arg\":".repeat(100_000) + "1" + "}".repeat(100_000);
        HttpResponse<byte[]> deep = send("POST", path, deepObject, "Authorization", auth);
        assertThat(deep.statusCode()).isEqualTo(400);
        assertThat(problem(deep).path("detail").asText()).startsWith("expected a JSON body");
    }

    @Test
    void shouldAnswerAPeerQueryOfNoKnownNameWith404() throws Exception {
        HttpResponse<byte[]> r = send("POST", PeerClient.PATH + "no-such-query",
                "{\"partition\":0,\"stale\":false,\"arg\":\"x\"}", "Content-Type", "application/json",
                "Authorization", "Bearer " + INTERNAL_TOKEN);
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(problem(r).path("detail").asText()).isEqualTo("no local query no-such-query");
    }

    @Test
    void shouldSendTheInternalTokenWhenAskingAPeer() {
        URI u = URI.create(url);
        LocalQuery<?> query = LocalQuery.named("story").orElseThrow();
        PeerClient withToken = new PeerClient(Duration.ofSeconds(5), INTERNAL_TOKEN);
        Answer<?> answer = withToken.run(Replica.active(new HostInfo(u.getHost(), u.getPort()), 0), query,
                "taiwan:none");
        assertThat(answer.stale()).isFalse();
        PeerClient without = new PeerClient(Duration.ofSeconds(5), "");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> without.run(Replica.active(
                new HostInfo(u.getHost(), u.getPort()), 0), query, "taiwan:none")).hasMessageContaining("401");
    }

    @Test
    void shouldRefuseLiveClientsBeyondTheCapWith503AndRetryAfter() throws Exception {
        List<InputStream> open = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                HttpResponse<InputStream> r = http.send(HttpRequest.newBuilder(URI.create(url + "/api/events"))
                        .build(), HttpResponse.BodyHandlers.ofInputStream());
                assertThat(r.statusCode()).isEqualTo(200);
                open.add(r.body());
            }
            HttpResponse<byte[]> full = send("GET", "/api/events", null);
            assertThat(full.statusCode()).isEqualTo(503);
            assertThat(full.headers().firstValue("Retry-After")).isPresent();
            assertThat(problem(full).path("detail").asText()).contains("http.sse.max.clients");
            // a client that leaves gives its place back once the server notices (its next write, the 15 s heartbeat
            // at the latest), so the cap never fills with the dead
            close(open.remove(0));
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() -> {
                HttpResponse<InputStream> r = http.send(HttpRequest.newBuilder(URI.create(url + "/api/events"))
                        .build(), HttpResponse.BodyHandlers.ofInputStream());
                open.add(r.body());
                return r.statusCode() == 200;
            });
        } finally {
            for (InputStream in : open) {
                close(in);
            }
        }
    }

    private static void close(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // the stream is gone either way
        }
    }
}
