package io.storywire.app;

import static io.storywire.aggregate.web.HeadlessChrome.click;
import static io.storywire.aggregate.web.HeadlessChrome.headlines;
import static io.storywire.aggregate.web.HeadlessChrome.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.storywire.aggregate.web.HeadlessChrome;
import io.storywire.core.serde.Json;
import io.storywire.ingest.load.BulkLoader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page of the whole pipeline in a real headless Chromium: the seeds' stories under each default topic, an
 * article posted to ingest appearing live without a reload, and markup in its title shown as text.
 */
@TestKafka.OnSwitchedKafka
class SeedsInBrowserTest {

    private static final List<String> DEFAULT_TOPICS = List.of("trade", "taiwan", "north-korea", "k-pop");

    @TempDir
    Path tmp;

    @Test
    void shouldShowSeedStoriesPerTopicAndANewArticleLiveWithMarkupAsText() throws Exception {
        assumeTrue(HeadlessChrome.available(), "Chromium and chromedriver are not installed");
        try (RunningPipeline running = new RunningPipeline();
             BulkLoader loader = new BulkLoader(running.config())) {
            loader.load(RunningPipeline.SEEDS, new PrintStream(OutputStream.nullOutputStream()));
            // every default topic holds at least one seed story (an answer with no stories yet is not enough)
            await().atMost(Duration.ofSeconds(90)).until(() -> DEFAULT_TOPICS.stream()
                    .allMatch(t -> !headlinesFromApi(running, t).isEmpty()));

            WebDriver driver = HeadlessChrome.start(tmp.resolve("chrome"));
            try {
                WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
                wait.ignoring(StaleElementReferenceException.class);
                driver.get(running.url() + "/");
                wait.until(d -> "live".equals(d.findElement(By.id("live")).getAttribute("data-state")));
                for (String topic : DEFAULT_TOPICS) {
                    click(wait, "#topic-list li[data-topic='" + topic + "'] button");
                    // seeds may still be arriving: the page must match what the API says at the same moment
                    wait.until(d -> {
                        List<String> expected = headlinesFromApi(running, topic);
                        return !expected.isEmpty() && headlines(d).equals(expected);
                    });
                }

                // k-pop is on screen; an article posted to ingest now must show up in it without a reload
                ((JavascriptExecutor) driver).executeScript("window.__samePage = 'yes'");
                String title = "<script>window.__pwned=1</script> BLACKPINK to play Seoul stadium after China ban";
                var answer = running.post("/articles", "application/json", Json.write(Map.of(
                        "title", title,
                        "source", "Pop Wire",
                        "published", "2026-01-09T10:00:00+09:00",
                        "body", "BLACKPINK will play two nights at Seoul's Olympic Stadium in March, YG Entertainment "
                                + "said on Friday, as K-pop agencies hope China will ease its ban on Korean content. "
                                + "The girl group's fans queued overnight for tickets, and the agency said the concerts "
                                + "would be streamed to fans abroad. Analysts said the Korean wave could regain Chinese "
                                + "audiences if the ban on K-pop concerts is lifted after the leaders' summit.")));
                assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
                String id = Json.MAPPER.readTree(answer.body()).path("ids").get(0).asText();
                await().atMost(Duration.ofSeconds(30)).until(() -> {
                    JsonNode a = running.get("/api/articles/" + id);
                    return a != null && a.path("storyIds").toString().contains("k-pop:");
                });
                String storyId = kpopStory(running.get("/api/articles/" + id));
                String size = running.get("/api/stories/" + storyId).path("size").asText();
                wait.until(d -> d.findElements(By.cssSelector(".story-card[data-story-id='" + storyId + "'] .size"))
                        .stream().anyMatch(e -> e.getText().equals(size)));
                assertThat(((JavascriptExecutor) driver).executeScript("return window.__samePage")).isEqualTo("yes");

                click(wait, ".story-card[data-story-id='" + storyId + "']");
                wait.until(d -> texts(d, "#article-list h3.title").stream().anyMatch(t -> t.equals(title)));
                assertThat(((JavascriptExecutor) driver).executeScript("return typeof window.__pwned"))
                        .isEqualTo("undefined");
                HeadlessChrome.screenshot(driver, "storywire-seeds");
            } finally {
                driver.quit();
            }
        }
    }

    private static List<String> headlinesFromApi(RunningPipeline running, String topic) {
        JsonNode answer = running.get("/api/topics/" + topic + "/stories");
        return answer == null ? List.of() : answer.path("stories").findValuesAsText("headline");
    }

    private static String kpopStory(JsonNode article) {
        for (JsonNode s : article.path("storyIds")) {
            if (s.asText().startsWith("k-pop:")) {
                return s.asText();
            }
        }
        throw new AssertionError("no k-pop story in " + article.path("storyIds"));
    }
}
