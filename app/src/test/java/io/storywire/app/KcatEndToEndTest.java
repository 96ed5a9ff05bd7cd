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
@TestKafka.OnSwitchedKafka
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
        // the article is stored when it arrives, its story ids once the clusterer's assignment comes back through
        // the repartition topic: wait for both
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() -> {
            JsonNode a = running.get("/api/articles/" + id);
            return a != null && a.path("storyIds").isArray() && !a.path("storyIds").isEmpty();
        });
        JsonNode answer = running.get("/api/articles/" + id);
        assertThat(answer.path("article").path("title").asText()).isEqualTo(title);
        String storyId = answer.path("storyIds").get(0).asText();
        JsonNode story = running.get("/api/stories/" + storyId);
        assertThat(story.path("articles").findValuesAsText("id")).contains(id);
    }

    @Test
    void shouldSendPoisonPillsOfEveryStageToTheDeadLetterTopicAndKeepFlowing() throws Exception {
        var topics = running.config().topics();
        Path garbage = Files.createTempFile("garbage", ".json");
        Files.writeString(garbage, "{\"title\": \"half a record");
        // one unreadable record on the input of each stage
        for (String topic : List.of(topics.ingest(), topics.articles(), topics.enriched())) {
            run("kcat", "-P", "-b", running.bootstrapServers(), "-t", topic, "-k", "poison-" + topic,
                    "-l", garbage.toString());
        }

        List<JsonNode> letters = new ArrayList<>();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            letters.clear();
            String out = run("kcat", "-C", "-b", running.bootstrapServers(), "-t", topics.deadLetters(),
                    "-o", "beginning", "-e", "-q");
            for (String line : out.split("\n")) {
                if (line.contains("half a record")) {
                    letters.add(Json.MAPPER.readTree(line));
                }
            }
            return letters.stream().map(l -> l.path("stage").asText()).distinct().count() == 3;
        });
        assertThat(letters).extracting(l -> l.path("stage").asText())
                .contains("ingest", "enrich", "aggregate");
        assertThat(letters).allSatisfy(l -> {
            assertThat(l.path("reason").asText()).isNotBlank();
            assertThat(l.path("payload").asText()).isEqualTo("{\"title\": \"half a record");
        });

        // and the stages still process what comes after
        String title = "Taiwan opens new chip plant as exports to the United States climb";
        Path file = Files.createTempFile("after", ".json");
        Files.writeString(file, Json.write(java.util.Map.of("title", title, "source", "Strait Wire",
                "published", "2026-02-10T09:00:00+08:00",
                "body", "Taiwan opened a new chip plant in Kaohsiung on Tuesday as its exports to the United States "
                        + "climbed to a record, the economy ministry in Taipei said. TSMC said the plant would make "
                        + "advanced chips for customers in the United States and Japan, and President Lai Ching-te "
                        + "said Taiwan would remain a reliable partner in the global semiconductor supply chain.")));
        run("kcat", "-P", "-b", running.bootstrapServers(), "-t", topics.ingest(),
                "-H", "content-type=application/json", "-l", file.toString());
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            JsonNode stories = running.get("/api/topics/taiwan/stories?limit=200");
            return stories != null && stories.toString().contains(title);
        });
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
