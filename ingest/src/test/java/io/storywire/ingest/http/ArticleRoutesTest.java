package io.storywire.ingest.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.storywire.core.http.HttpGuard;
import io.storywire.core.http.HttpPolicy;
import io.storywire.core.Topics;
import io.storywire.core.serde.Json;
import io.storywire.ingest.Fixtures;
import io.storywire.ingest.publish.RawHeaders;
import io.storywire.ingest.publish.RawPublisher;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** POST /articles without a broker: what the client is told and what is handed to Kafka. */
class ArticleRoutesTest {

    private final Topics topics = new Topics("t");
    private final MockProducer<byte[], byte[]> producer =
            new MockProducer<>(true, null, new ByteArraySerializer(), new ByteArraySerializer());
    private final HttpClient http = HttpClient.newHttpClient();
    private Javalin app;

    @BeforeEach
    void start() {
        app = HttpGuard.create(HttpPolicy.loopback());
        RawPublisher publisher = new RawPublisher(producer, topics);
        new ArticleRoutes(Fixtures.SETTINGS.withMaxRawBytes(64 * 1024), () -> publisher).register(app);
        app.start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    /** As a script posts: with the explicit ingest header. */
    private HttpResponse<String> post(byte[] body, String contentType) throws Exception {
        return post(body, contentType, BrowserSafeTypes.INGEST_HEADER, "1");
    }

    private HttpResponse<String> post(byte[] body, String contentType, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/articles?name=t1"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (headers.length > 0) {
            b.headers(headers);
        }
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void shouldAcceptScrapedTextAndPublishItRawWithHeaders() throws Exception {
        HttpResponse<String> r = post(Fixtures.seed("003"), "text/plain; charset=utf-8");
        assertThat(r.statusCode()).isEqualTo(202);
        assertThat(Json.MAPPER.readTree(r.body()).get("ids")).hasSize(1);
        var record = producer.history().get(0);
        assertThat(record.topic()).isEqualTo(topics.ingest());
        assertThat(record.value()).isEqualTo(Fixtures.seed("003"));
        assertThat(new String(record.headers().lastHeader(RawHeaders.ORIGIN).value(), StandardCharsets.UTF_8))
                .isEqualTo("http");
        assertThat(new String(record.headers().lastHeader(RawHeaders.FILE_NAME).value(), StandardCharsets.UTF_8))
                .isEqualTo("t1");
    }

    @Test
    void shouldAcceptAFeedAndAnswerEveryItemsId() throws Exception {
        HttpResponse<String> r = post(Fixtures.bytes("feed/rss2.xml"), "application/rss+xml");
        assertThat(r.statusCode()).isEqualTo(202);
        assertThat(Json.MAPPER.readTree(r.body()).get("ids")).hasSize(2);
    }

    @Test
    void shouldRejectAWholeBatchForOneBadItemAndSayWhich() throws Exception {
        String batch = "[" + new String(Fixtures.bytes("json/batch.json"), StandardCharsets.UTF_8)
                .replaceFirst("^\\s*\\[", "").replaceFirst("]\\s*$", "") + ", {\"source\": \"No text here\"}]";
        HttpResponse<String> r = post(batch.getBytes(StandardCharsets.UTF_8), "application/json");
        assertThat(r.statusCode()).isEqualTo(400);
        JsonNode p = Json.MAPPER.readTree(r.body());
        assertThat(p.get("reason").asText()).isEqualTo("no-text");
        assertThat(p.get("field").asText()).isEqualTo("[2].body");
        assertThat(p.get("type").asText()).isEqualTo("urn:storywire:problem:no-text");
        assertThat(producer.history()).allSatisfy(rec -> assertThat(rec.topic()).isEqualTo(topics.deadLetters()));
    }

    @Test
    void shouldAnswer413AboveTheLimitAnd415ForAnUnreadType() throws Exception {
        HttpResponse<String> big = post(new byte[70 * 1024], "text/plain");
        assertThat(big.statusCode()).isEqualTo(413);
        assertThat(big.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(Json.MAPPER.readTree(big.body()).get("reason").asText()).isEqualTo("too-large");
        assertThat(post("a,b,c".getBytes(StandardCharsets.UTF_8), "text/csv").statusCode()).isEqualTo(415);
        assertThat(producer.history()).hasSize(2).allSatisfy(rec -> assertThat(rec.topic()).isEqualTo(topics.deadLetters()));
    }

    @Test
    void shouldSniffABodyWithoutContentType() throws Exception {
        assertThat(post(Fixtures.bytes("json/batch.json"), null).statusCode()).isEqualTo(202);
    }

    @Test
    void shouldRefuseFormPostsWith415AndPublishNothing() throws Exception {
        byte[] text = Fixtures.seed("003");
        for (String type : new String[] {"application/x-www-form-urlencoded", "multipart/form-data; boundary=x"}) {
            HttpResponse<String> r = post(text, type);
            assertThat(r.statusCode()).as(type).isEqualTo(415);
            assertThat(r.headers().firstValue("Content-Type").orElse(""))
                    .isEqualTo("application/problem+json; charset=utf-8");
            assertThat(Json.MAPPER.readTree(r.body()).get("reason").asText()).isEqualTo("form-post");
        }
        assertThat(producer.history()).isEmpty();
    }

    @Test
    void shouldRefuseTextOrUntypedBodiesWithoutTheIngestHeaderWith403() throws Exception {
        byte[] text = Fixtures.seed("003");
        HttpResponse<String> plain = post(text, "text/plain;charset=UTF-8", new String[0]);
        assertThat(plain.statusCode()).isEqualTo(403);
        assertThat(Json.MAPPER.readTree(plain.body()).get("reason").asText()).isEqualTo("ingest-header-required");
        assertThat(post(text, null, new String[0]).statusCode()).isEqualTo(403);
        assertThat(producer.history()).isEmpty();
    }

    @Test
    void shouldTakeTextWithABearerTokenInsteadOfTheIngestHeader() throws Exception {
        HttpResponse<String> r = post(Fixtures.seed("003"), "text/plain", "Authorization", "Bearer anything");
        assertThat(r.statusCode()).isEqualTo(202);
        assertThat(producer.history()).hasSize(1);
    }

    @Test
    void shouldTakeJsonWithoutTheIngestHeader() throws Exception {
        assertThat(post(Fixtures.bytes("json/batch.json"), "application/json", new String[0]).statusCode())
                .isEqualTo(202);
    }

    @Test
    void shouldEncodeProblemDetailsAsUtf8() throws Exception {
        // a language given by name is an invalid field, and the detail quotes it back
        String article = "{\"title\":\"Caf\u00e9 r\u00e9ouvert\",\"language\":\"fran\u00e7ais\","
                + "\"body\":\"Le caf\u00e9 du port a rouvert ses portes.\"}";
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port()
                        + "/articles")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(article, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type").orElse(""))
                .isEqualTo("application/problem+json; charset=utf-8");
        String body = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(r.body())).toString();
        assertThat(Json.MAPPER.readTree(body).get("status").asInt()).isEqualTo(400);
        assertThat(body).doesNotContain("?");
        assertThat(Json.MAPPER.readTree(body).get("detail").asText()).contains("fran\u00e7ais");
    }

    @Test
    void shouldAnswerDeeplyNestedJsonWithAClear400() throws Exception {
        String deep = "[".repeat(30_000) + "]".repeat(30_000); // under the test limit of 64 KiB
        HttpResponse<String> r = post(deep.getBytes(StandardCharsets.UTF_8), "application/json");
        assertThat(r.statusCode()).isEqualTo(400);
        JsonNode p = Json.MAPPER.readTree(r.body());
        assertThat(p.get("detail").asText()).containsIgnoringCase("nest").doesNotContain("NullPointer");
    }
}
