package io.storywire.aggregate.web;

import static io.storywire.aggregate.web.HeadlessChrome.click;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.storywire.aggregate.AggregateStage;
import io.storywire.aggregate.AggregateTestKit;
import io.storywire.aggregate.Fixtures;
import io.storywire.core.model.EnrichedArticle;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A story larger than its record's article list: the page says how many of how many it shows, and loads the older
 * ones from {@code /api/stories/{id}/articles} on demand, in the order they joined.
 */
class StoryArticlesBrowserTest {

    @TempDir
    Path tmp;

    @Test
    void shouldShowTheNewestArticlesWithTheTotalAndLoadTheOlderOnes() throws Exception {
        assumeTrue(HeadlessChrome.available(), "Chromium and chromedriver are not installed");
        try (AggregateTestKit kit = new AggregateTestKit(1);
             AggregateStage stage = new AggregateStage(kit.config(tmp.resolve("state"), 0)
                     .with("aggregate.story.articles.max", "2"))) {
            String url = stage.startWithHttpServer();
            await().atMost(Duration.ofSeconds(40)).until(stage::ready);
            List<EnrichedArticle> articles = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                articles.add(Fixtures.article("c" + i, "Seoul concert tour adds date " + i,
                        "The Seoul concert tour adds another date, the promoter said.", "Wire " + i,
                        "2026-01-09T0" + i + ":00:00Z", List.of("k-pop"), Fixtures.SEOUL));
            }
            kit.produce(articles);
            await().atMost(Duration.ofSeconds(30)).until(() -> articles.stream().allMatch(a ->
                    kit.get(url + "/api/articles/" + a.id()).json().path("storyIds").size() == 1));
            String storyId = kit.get(url + "/api/articles/c0").json().path("storyIds").get(0).asText();
            assertThat(kit.get(url + "/api/stories/" + storyId).json().path("size").asInt()).isEqualTo(5);

            WebDriver driver = HeadlessChrome.start(tmp.resolve("chrome"));
            try {
                WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
                wait.ignoring(StaleElementReferenceException.class);
                driver.get(url + "/#/topic/k-pop/story/" + storyId);
                String meta = wait.until(d -> {
                    String t = d.findElement(By.id("story-meta")).getText();
                    return t.isEmpty() ? null : t;
                });
                assertThat(meta).contains("5 articles").contains("newest 2 shown");
                wait.until(d -> shown(d).equals(List.of("c3", "c4")));
                // the page settles (live updates connected) before the button is used
                wait.until(d -> "live".equals(d.findElement(By.id("live")).getAttribute("data-state")));
                String older = wait.until(d -> d.findElement(By.id("older-articles")).getText());
                assertThat(older).contains("3 more");

                click(wait, "#older-articles");
                wait.until(d -> shown(d).equals(List.of("c0", "c1", "c2", "c3", "c4")));
                wait.until(d -> d.findElements(By.id("older-articles")).isEmpty());
            } finally {
                driver.quit();
            }
        }
    }

    private static List<String> shown(WebDriver d) {
        return d.findElements(By.cssSelector("#article-list article")).stream()
                .map((WebElement e) -> e.getAttribute("data-article-id")).toList();
    }
}
