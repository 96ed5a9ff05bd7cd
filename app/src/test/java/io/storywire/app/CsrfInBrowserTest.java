package io.storywire.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import io.storywire.aggregate.web.HeadlessChrome;
import io.storywire.app.Pipeline.Stage;
import io.storywire.core.config.StorywireConfig;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Cross-site request forgery in a real Chromium: a page of another origin (another port on 127.0.0.1) makes the
 * browser POST an article to the pipeline the ways a page may without asking the server first (no-cors fetch with
 * a text, form or untyped body). None may be taken. Absence is proven by order, not by waiting: once the browser
 * has its answers, an article is posted the legitimate way, and the raw topic, read up to its end, holds that
 * sentinel and nothing forged.
 */
class CsrfInBrowserTest {

    private static final String FORGED = "FORGEDMARK";
    private static final String SENTINEL = "SENTINELMARK";

    @TempDir
    Path tmp;

    @Test
    void shouldNotTakeAnArticleAPageOfAnotherOriginPosts() throws Exception {
        assumeTrue(HeadlessChrome.available(), "Chromium and chromedriver are not installed");
        StorywireConfig cfg = StorywireConfig.load(null, Map.of("data.dir", tmp.resolve("data").toString(),
                "broker.port", "0", "http.port", "0", "topic.partitions", "2"));
        HttpServer attacker = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        try (Pipeline pipeline = Pipeline.start(cfg, EnumSet.of(Stage.INGEST))) {
            String target = pipeline.url() + "/articles";
            byte[] page = attackerPage(target).getBytes(StandardCharsets.UTF_8);
            attacker.createContext("/", exchange -> {
                exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                exchange.sendResponseHeaders(200, page.length);
                exchange.getResponseBody().write(page);
                exchange.close();
            });
            attacker.start();

            WebDriver driver = HeadlessChrome.start(tmp.resolve("chrome"));
            List<?> outcomes;
            try {
                driver.get("http://127.0.0.1:" + attacker.getAddress().getPort() + "/");
                outcomes = new WebDriverWait(driver, Duration.ofSeconds(20)).until(d ->
                        (List<?>) ((JavascriptExecutor) d).executeScript("return window.__outcomes || null"));
            } finally {
                driver.quit();
            }
            // every forged request settled: answered, the answer opaque to the page or, as here, withheld from it
            // altogether (Cross-Origin-Resource-Policy: same-origin makes the browser fail the fetch once the answer
            // arrives)
            assertThat(outcomes).hasSize(4).allSatisfy(o -> assertThat(String.valueOf(o))
                    .matches("opaque|error: TypeError: Failed to fetch"));

            HttpResponse<String> legit = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(target))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                            article("Sentinel harbour report " + SENTINEL))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(legit.statusCode()).as(legit.body()).isEqualTo(202);

            List<String> raw = readToEnd(pipeline.config());
            assertThat(raw).anySatisfy(v -> assertThat(v).contains(SENTINEL));
            assertThat(raw).noneSatisfy(v -> assertThat(v).contains(FORGED));
        } finally {
            attacker.stop(0);
        }
    }

    private static String article(String title) {
        return "{\"title\":\"" + title + "\",\"body\":\"The harbour of the town reopened on Monday after a storm "
                + "closed it for three days, the port authority said, and the first ferries left on time.\"}";
    }

    private static String attackerPage(String target) {
        String text = "Harbour reopens " + FORGED + "\\n\\nThe harbour of the town reopened on Monday after a storm "
                + "closed it for three days, the port authority said, and the first ferries left on time.";
        return "<!doctype html><html><body><script>\n"
                + "var target = '" + target + "';\n"
                + "var json = '" + article("Forged harbour report " + FORGED).replace("'", "\\'") + "';\n"
                + "function post(body, type) {\n"
                + "  var init = { method: 'POST', mode: 'no-cors', body: body };\n"
                + "  if (type) { init.headers = { 'Content-Type': type }; }\n"
                + "  return fetch(target, init).then(function (r) { return r.type; }, function (e) { return 'error: ' + e; });\n"
                + "}\n"
                + "Promise.all([\n"
                + "  post('" + text + "'),\n" // text/plain;charset=UTF-8
                + "  post(json, 'text/plain'),\n"
                + "  post(new URLSearchParams({ title: 'Forged " + FORGED + "', body: '" + text + "' })),\n"
                + "  post(new Blob([json]))\n" // no content type at all
                + "]).then(function (o) { window.__outcomes = o; });\n"
                + "</script></body></html>";
    }

    /** Every value on the raw topic, read to the end offsets as they are now. */
    private static List<String> readToEnd(StorywireConfig cfg) {
        Properties p = cfg.kafkaClientProperties();
        p.setProperty("key.deserializer", ByteArrayDeserializer.class.getName());
        p.setProperty("value.deserializer", ByteArrayDeserializer.class.getName());
        p.setProperty("enable.auto.commit", "false");
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p)) {
            List<TopicPartition> parts = consumer.partitionsFor(cfg.topics().ingest()).stream()
                    .map(i -> new TopicPartition(i.topic(), i.partition())).toList();
            consumer.assign(parts);
            consumer.seekToBeginning(parts);
            Map<TopicPartition, Long> end = consumer.endOffsets(parts);
            while (parts.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    values.add(new String(r.value(), StandardCharsets.UTF_8));
                }
            }
        }
        return values;
    }
}
