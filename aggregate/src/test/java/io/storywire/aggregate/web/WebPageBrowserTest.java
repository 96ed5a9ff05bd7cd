package io.storywire.aggregate.web;

import static io.storywire.aggregate.web.HeadlessChrome.click;
import static io.storywire.aggregate.web.HeadlessChrome.headlines;
import static io.storywire.aggregate.web.HeadlessChrome.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.storywire.aggregate.AggregateStage;
import io.storywire.aggregate.AggregateTestKit;
import io.storywire.aggregate.Fixtures;
import io.storywire.core.model.EnrichedArticle;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The web page in a real (headless) Chromium: stories per topic, live growth without reload, markup as text. */
class WebPageBrowserTest {

    @TempDir
    Path tmp;

    @Test
    void shouldShowStoriesPerTopicUpdateLiveAndShowMarkupAsText() throws Exception {
        assumeTrue(HeadlessChrome.available(), "Chromium and chromedriver are not installed");
        try (AggregateTestKit kit = new AggregateTestKit(2);
             AggregateStage stage = new AggregateStage(kit.config(tmp.resolve("state"), 0))) {
            String url = stage.startWithHttpServer();
            await().atMost(Duration.ofSeconds(40)).until(stage::ready);
            List<EnrichedArticle> corpus = Fixtures.corpus();
            kit.produce(corpus);
            await().atMost(Duration.ofSeconds(30)).until(() -> kit.articlesKnown(url, corpus));

            WebDriver driver = chrome();
            try {
                // the page re-renders lists as live updates arrive, so elements found a moment ago may be gone
                WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
                wait.ignoring(StaleElementReferenceException.class);
                driver.get(url + "/");
                wait.until(d -> d.findElements(By.cssSelector("#topic-list li")).size() == 3);
                wait.until(d -> "live".equals(d.findElement(By.id("live")).getAttribute("data-state")));

                for (JsonNode topic : kit.get(url + "/api/topics").json().path("topics")) {
                    String id = topic.path("id").asText();
                    click(wait, "#topic-list li[data-topic='" + id + "'] button");
                    List<String> expected = kit.get(url + "/api/topics/" + id + "/stories").json().path("stories")
                            .findValuesAsText("headline");
                    wait.until(d -> headlines(d).equals(expected));
                }

                // the markup in a title is shown as text and never runs
                click(wait, "#topic-list li[data-topic='k-pop'] button");
                wait.until(d -> !d.findElements(By.cssSelector(".story-card[data-story-id^='k-pop:']")).isEmpty());
                click(wait, ".story-card[data-story-id^='k-pop:']");
                wait.until(d -> !d.findElements(By.cssSelector("#article-list .body mark")).isEmpty());
                String title = wait.until(d -> d.findElement(By.cssSelector("#article-list h3.title")).getText());
                assertThat(title).contains("<script>window.__pwned=1</script>").contains("<b>ban</b>");
                String headline = wait.until(d -> d.findElement(By.id("story-headline")).getText());
                assertThat(headline).startsWith("<script>");
                assertThat(driver.findElements(By.cssSelector("#story-pane b, #story-pane img, #story-list b")))
                        .isEmpty();
                assertThat(js(driver).executeScript("return typeof window.__pwned")).isEqualTo("undefined");
                // entity mentions highlighted at their offsets
                List<String> places = wait.until(d -> texts(d, "#article-list mark.PLACE"));
                assertThat(places).contains("Seoul", "Beijing");
                List<String> orgs = wait.until(d -> texts(d, "#article-list mark.ORGANIZATION"));
                assertThat(orgs).contains("Samsung");

                // a new article shows up live, without a reload
                click(wait, "#topic-list li[data-topic='taiwan'] button");
                wait.until(d -> headlines(d).size() == 2);
                js(driver).executeScript("window.__samePage = 'yes'");
                EnrichedArticle fresh = Fixtures.article("a6", "Taiwan chip exports hit a record as Samsung waits",
                        "Taiwan reported record chip exports in December. Samsung said it would watch demand.",
                        "Tech Wire", "2026-01-09T07:00:00Z", List.of("taiwan"), Fixtures.TAIWAN, Fixtures.SAMSUNG);
                kit.produce(List.of(fresh));
                await().atMost(Duration.ofSeconds(20)).until(() ->
                        kit.get(url + "/api/articles/a6").json().path("storyIds").size() == 1);
                String storyId = kit.get(url + "/api/articles/a6").json().path("storyIds").get(0).asText();
                String size = kit.get(url + "/api/stories/" + storyId).json().path("size").asText();
                wait.until(d -> d.findElements(By.cssSelector(".story-card[data-story-id='" + storyId + "'] .size"))
                        .stream().anyMatch(e -> e.getText().equals(size)));
                assertThat(js(driver).executeScript("return window.__samePage")).isEqualTo("yes");

                // for the screenshot: the largest story open, its articles' entities highlighted
                String largest = kit.get(url + "/api/topics/taiwan/stories?sort=size").json().path("stories").get(0)
                        .path("id").asText();
                click(wait, ".story-card[data-story-id='" + largest + "']");
                wait.until(d -> !d.findElements(By.cssSelector("#article-list .body mark")).isEmpty());
                Thread.sleep(2700); // let the "fresh" highlight fade
                HeadlessChrome.screenshot(driver, "storywire-page");
            } finally {
                driver.quit();
            }
        }
    }

    @Test
    void shouldShowADateItCannotFormatAsUnknownAndKeepThePageWorking() throws Exception {
        assumeTrue(HeadlessChrome.available(), "Chromium and chromedriver are not installed");
        try (AggregateTestKit kit = new AggregateTestKit(2);
             AggregateStage stage = new AggregateStage(kit.config(tmp.resolve("state"), 0))) {
            String url = stage.startWithHttpServer();
            await().atMost(Duration.ofSeconds(40)).until(stage::ready);
            // a year no JavaScript Date holds (their range ends at 271821 BC)
            EnrichedArticle ancient = Fixtures.article("old1", "Harbour tablets dated to a very early age",
                    "Scholars read the harbour tablets in Seoul. They describe ships and tolls.", "Old Wire",
                    "-300000-01-01T00:00:00Z", List.of("k-pop"), Fixtures.SEOUL);
            EnrichedArticle recent = Fixtures.article("new1", "Seoul concert sells out in minutes",
                    "The Seoul concert sold out in minutes, the promoter said.", "Tech Wire",
                    "2026-01-09T07:00:00Z", List.of("k-pop"), Fixtures.SEOUL);
            kit.produce(List.of(ancient, recent));
            await().atMost(Duration.ofSeconds(30)).until(() -> List.of(ancient, recent).stream().allMatch(a ->
                    kit.get(url + "/api/articles/" + a.id()).json().path("storyIds").size() == 1));
            String storyId = kit.get(url + "/api/articles/old1").json().path("storyIds").get(0).asText();

            WebDriver driver = chrome();
            try {
                WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
                wait.ignoring(StaleElementReferenceException.class);
                driver.get(url + "/#/");
                click(wait, "#topic-list li[data-topic='k-pop'] button");
                String card = ".story-card[data-story-id='" + storyId + "']";
                String meta = wait.until(d -> d.findElement(By.cssSelector(card + " .meta")).getText());
                assertThat(meta).contains("date unknown");
                // the other stories are listed too, and nothing says the list failed (which would retry it)
                wait.until(d -> headlines(d).size() == kit.get(url + "/api/topics/k-pop/stories").json()
                        .path("stories").size());
                assertThat(driver.findElement(By.id("notice")).getText()).doesNotContain("unavailable");
                // the story and its article open, the date shown as unknown
                click(wait, card);
                String articleMeta = wait.until(d -> d.findElement(By.cssSelector(
                        "#article-list article[data-article-id='old1'] .meta")).getText());
                assertThat(articleMeta).contains("Old Wire").contains("date unknown");
                assertThat(driver.findElement(By.id("notice")).getText()).isEmpty();
            } finally {
                driver.quit();
            }
        }
    }

    private static JavascriptExecutor js(WebDriver driver) {
        return (JavascriptExecutor) driver;
    }

    private WebDriver chrome() throws Exception {
        return HeadlessChrome.start(tmp.resolve("chrome"));
    }
}
