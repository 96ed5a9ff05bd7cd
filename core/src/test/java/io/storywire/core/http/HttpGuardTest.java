package io.storywire.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.storywire.core.serde.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The guard on a real server on a free port, spoken to over a plain socket: the JDK client will not send a Host
 * header of our choosing, nor the malformed requests Jetty answers itself.
 */
class HttpGuardTest {

    private Javalin app;
    private final AtomicInteger writes = new AtomicInteger();

    private int start(HttpPolicy policy) {
        app = HttpGuard.create(policy);
        app.get("/read", ctx -> ctx.contentType("application/json").result("{\"ok\":true}"));
        app.post("/write", ctx -> {
            writes.incrementAndGet();
            ctx.status(202).result("{}");
        });
        app.post("/internal/v1/query/x", ctx -> ctx.result("{}"));
        app.get("/json-error", ctx -> ctx.status(503).contentType("application/json").result("{\"half\":"));
        app.get("/own-answer", ctx -> {
            ctx.attribute(HttpGuard.OWN_ANSWER, true);
            ctx.status(503).contentType("application/json").result("{\"status\":\"DOWN\"}");
        });
        app.get("/boom", ctx -> {
            throw new IllegalStateException("d\u00e9j\u00e0 vu");
        });
        app.start("127.0.0.1", 0);
        return app.port();
    }

    @AfterEach
    void stop() {
        if (app != null) {
            app.stop();
        }
    }

    @Test
    void shouldKeepOnlyAnErrorBodyMarkedAsTheRoutesOwnAndTurnAnyOtherIntoProblemJson() throws Exception {
        int port = start(HttpPolicy.loopback());
        Reply own = get(port, "/own-answer", "127.0.0.1:" + port);
        assertThat(own.status()).isEqualTo(503);
        assertThat(new String(own.body(), StandardCharsets.UTF_8)).isEqualTo("{\"status\":\"DOWN\"}");
        Reply other = get(port, "/json-error", "127.0.0.1:" + port);
        assertThat(other.status()).isEqualTo(503);
        assertThat(other.header("content-type")).isEqualTo("application/problem+json; charset=utf-8");
    }

    @Test
    void shouldSendTheSecurityHeadersOnAnswersAndErrors() throws Exception {
        int port = start(HttpPolicy.loopback());
        for (Reply r : List.of(get(port, "/read", "127.0.0.1:" + port), get(port, "/nowhere", "localhost:" + port),
                raw(port, "GET /%zz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"))) {
            assertThat(r.header("content-security-policy")).contains("script-src 'self'")
                    .contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
            assertThat(r.header("x-content-type-options")).isEqualTo("nosniff");
            assertThat(r.header("x-frame-options")).isEqualTo("DENY");
            assertThat(r.header("referrer-policy")).isEqualTo("no-referrer");
        }
    }

    @Test
    void shouldAnswerLoopbackOnAnyPortAndRefuseOtherHostsWith421() throws Exception {
        int port = start(HttpPolicy.loopback());
        assertThat(get(port, "/read", "localhost:" + port).status).isEqualTo(200);
        assertThat(get(port, "/read", "[::1]:8080").status).isEqualTo(200);
        Reply rebound = get(port, "/read", "attacker.example:" + port);
        assertThat(rebound.status).isEqualTo(421);
        assertThat(rebound.problem().get("reason").asText()).isEqualTo("host-not-allowed");
    }

    @Test
    void shouldAnswerConfiguredHostsByNameOrNameAndPort() throws Exception {
        int port = start(new HttpPolicy(Set.of("news.example.org", "peer-2:7070"), Set.of(), "", "", 100));
        assertThat(get(port, "/read", "news.example.org:443").status).isEqualTo(200);
        assertThat(get(port, "/read", "peer-2:7070").status).isEqualTo(200);
        assertThat(get(port, "/read", "peer-2:7071").status).isEqualTo(421);
    }

    @Test
    void shouldRefuseAForeignOriginOnWritesAndReadsButNotTheSameOrigin() throws Exception {
        int port = start(new HttpPolicy(Set.of(), Set.of("https://news.example.org"), "", "", 100));
        String host = "127.0.0.1:" + port;
        Reply forged = post(port, "/write", host, "Origin: http://127.0.0.1:1\r\n", "text/plain", "x");
        assertThat(forged.status).isEqualTo(403);
        assertThat(forged.problem().get("reason").asText()).isEqualTo("origin-not-allowed");
        assertThat(writes).hasValue(0);
        assertThat(request(port, "GET", "/read", host, "Origin: null\r\n", null, null).status).isEqualTo(403);
        assertThat(request(port, "GET", "/read", host, "Origin: http://" + host + "\r\n", null, null).status)
                .isEqualTo(200);
        assertThat(post(port, "/write", host, "Origin: https://news.example.org\r\n", "text/plain", "x").status)
                .isEqualTo(202);
        assertThat(writes).hasValue(1);
    }

    @Test
    void shouldAskForTheWriteTokenOnWritesOnlyWhenSet() throws Exception {
        int port = start(new HttpPolicy(Set.of(), Set.of(), "s3cret", "", 100));
        String host = "127.0.0.1:" + port;
        Reply none = post(port, "/write", host, "", "application/json", "{}");
        assertThat(none.status).isEqualTo(401);
        assertThat(none.header("www-authenticate")).isEqualTo("Bearer");
        assertThat(post(port, "/write", host, "Authorization: Bearer wrong\r\n", "application/json", "{}").status)
                .isEqualTo(401);
        assertThat(writes).hasValue(0);
        assertThat(post(port, "/write", host, "Authorization: Bearer s3cret\r\n", "application/json", "{}").status)
                .isEqualTo(202);
        assertThat(get(port, "/read", host).status).isEqualTo(200);
    }

    @Test
    void shouldAskForTheInternalTokenOnInternalPaths() throws Exception {
        int port = start(new HttpPolicy(Set.of(), Set.of(), "", "peer-token", 100));
        String host = "127.0.0.1:" + port;
        Reply none = post(port, "/internal/v1/query/x", host, "", "application/json", "{}");
        assertThat(none.status).isEqualTo(401);
        assertThat(none.problem().get("reason").asText()).isEqualTo("token-required");
        assertThat(post(port, "/internal/v1/query/x", host, "Authorization: Bearer peer-token\r\n",
                "application/json", "{}").status).isEqualTo(200);
    }

    @Test
    void shouldAnswerTheServersOwnErrorsAsUtf8ProblemJson() throws Exception {
        int port = start(HttpPolicy.loopback());
        String host = "127.0.0.1:" + port;
        Map<String, Reply> replies = new LinkedHashMap<>();
        replies.put("404", get(port, "/nowhere/\u00e9t\u00e9".replace("\u00e9", "%C3%A9"), host));
        replies.put("405", request(port, "DELETE", "/read", host, "", null, null));
        replies.put("500", get(port, "/boom", host));
        replies.put("400", raw(port, "GET /%zz HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n"));
        replies.put("414", raw(port, "GET /" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: " + host
                + "\r\nConnection: close\r\n\r\n"));
        replies.put("431", raw(port, "GET /read HTTP/1.1\r\nHost: " + host + "\r\nX-Big: " + "b".repeat(20_000)
                + "\r\nConnection: close\r\n\r\n"));
        replies.forEach((expected, r) -> {
            assertThat(r.status).as(expected).isEqualTo(Integer.parseInt(expected));
            assertThat(r.header("content-type")).as(expected).isEqualTo("application/problem+json; charset=utf-8");
            assertThat(r.problem().get("status").asInt()).as(expected).isEqualTo(r.status);
        });
        assertThat(replies.get("404").problem().get("detail").asText()).contains("/nowhere/");
    }

    // --- a minimal HTTP/1.1 client over a socket ---------------------------------------------------------------

    private static Reply get(int port, String path, String host) throws IOException {
        return request(port, "GET", path, host, "", null, null);
    }

    private static Reply post(int port, String path, String host, String headers, String type, String body)
            throws IOException {
        return request(port, "POST", path, host, headers, type, body);
    }

    private static Reply request(int port, String method, String path, String host, String headers, String type,
                                 String body) throws IOException {
        byte[] b = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        String head = method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n" + headers
                + (type == null ? "" : "Content-Type: " + type + "\r\n") + "Content-Length: " + b.length + "\r\n\r\n";
        return raw(port, head + (body == null ? "" : body));
    }

    private static Reply raw(int port, String request) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            return Reply.parse(all.toByteArray());
        }
    }

    private record Reply(int status, Map<String, String> headers, byte[] body) {

        static Reply parse(byte[] bytes) {
            String text = new String(bytes, StandardCharsets.ISO_8859_1);
            int end = text.indexOf("\r\n\r\n");
            String[] lines = text.substring(0, end).split("\r\n");
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).trim());
            }
            byte[] body = java.util.Arrays.copyOfRange(bytes, end + 4, bytes.length);
            if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                body = unchunk(body);
            }
            return new Reply(Integer.parseInt(lines[0].split(" ")[1]), headers, body);
        }

        private static byte[] unchunk(byte[] body) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            String s = new String(body, StandardCharsets.ISO_8859_1);
            int at = 0;
            while (true) {
                int nl = s.indexOf("\r\n", at);
                int size = Integer.parseInt(s.substring(at, nl).trim(), 16);
                if (size == 0) {
                    return out.toByteArray();
                }
                out.write(body, nl + 2, size);
                at = nl + 2 + size + 2;
            }
        }

        String header(String name) {
            return headers.get(name);
        }

        /** The body as problem+json, failing on anything that is not valid UTF-8. */
        JsonNode problem() {
            try {
                String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(body)).toString();
                return Json.MAPPER.readTree(text);
            } catch (CharacterCodingException e) {
                throw new AssertionError("not UTF-8", e);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + new String(body, StandardCharsets.UTF_8), e);
            }
        }
    }
}
