package io.storywire.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.storywire.core.serde.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pipeline as an outside client sees it: a JSON article produced to the raw topic with the real kcat binary
 * comes out enriched on the enriched topic (read back with kcat) and in the query API's answer.
 */
class KcatEndToEndTest {

    static RunningPipeline running;

    @BeforeAll
    static void start() throws IOException {
        running = new RunningPipeline();
    }

    @AfterAll
    static void stop() {
        if (running != null) {
            running.close();
        }
    }

    @Test
    void shouldCarryAnArticleProducedWithKcatToTheEnrichedStreamAndTheQueryApi() throws Exception {
        String title = "North Korea fires ballistic missile toward Sea of Japan, Seoul says";
        String article = Json.write(java.util.Map.of(
                "title", title,
                "source", "Test Wire",
                "published", "2026-03-03T07:40:00+09:00",
                "body", "North Korea fired a ballistic missile toward the Sea of Japan on Tuesday, South Korea's "
                        + "Joint Chiefs of Staff said, the latest in a series of weapons tests by Pyongyang.\n\n"
                        + "The launch came hours after Kim Jong Un inspected a munitions factory, state media KCNA "
                        + "reported. Japan's defence ministry said the missile fell outside its exclusive economic "
                        + "zone. North Korea has stepped up missile launches this year, and analysts in Seoul said "
                        + "Pyongyang was testing a new solid-fuel engine.\n\n"
                        + "Officials in Seoul and Tokyo condemned the launch as a violation of UN Security Council "
                        + "resolutions and said they would coordinate closely with Washington."));
        Path file = Files.createTempFile("article", ".json");
        Files.writeString(file, article);

        run("kcat", "-P", "-b", running.bootstrapServers(), "-t", running.config().topics().ingest(),
                "-H", "content-type=application/json", "-l", file.toString());

        List<JsonNode> enriched = new ArrayList<>();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            enriched.clear();
            String out = run("kcat", "-C", "-b", running.bootstrapServers(), "-t",
                    running.config().topics().enriched(), "-o", "beginning", "-e", "-q");
            for (String line : out.split("\n")) {
                if (!line.isBlank()) {
                    JsonNode node = Json.MAPPER.readTree(line);
                    if (title.equals(node.path("article").path("title").asText())) {
                        enriched.add(node);
                    }
                }
            }
            return !enriched.isEmpty();
        });
        JsonNode record = enriched.get(0);
        assertThat(record.path("topics").findValuesAsText("id")).contains("north-korea");
        assertThat(record.path("entities").findValuesAsText("name")).contains("Kim Jong Un");

        String id = record.path("article").path("id").asText();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> running.get("/api/articles/" + id) != null);
        JsonNode answer = running.get("/api/articles/" + id);
        assertThat(answer.path("article").path("title").asText()).isEqualTo(title);
        assertThat(answer.path("storyIds").isArray() && !answer.path("storyIds").isEmpty()).isTrue();
        String storyId = answer.path("storyIds").get(0).asText();
        JsonNode story = running.get("/api/stories/" + storyId);
        assertThat(story.path("articles").findValuesAsText("id")).contains(id);
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("%s: %s", String.join(" ", command), new String(out, StandardCharsets.UTF_8))
                .isZero();
        return new String(out, StandardCharsets.UTF_8);
    }
}
