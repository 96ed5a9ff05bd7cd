package io.storywire.eval.stories;

import static org.assertj.core.api.Assertions.assertThat;

import io.storywire.aggregate.cluster.ClusterSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoryReplayTest {

    @TempDir
    Path dir;

    /** A dev-set layout: articles without a story (two of them undated), gold.jsonl beside them. */
    private Path devSet() throws Exception {
        Path articles = dir.resolve("articles.jsonl");
        Files.write(articles, List.of(
                article("v1", "Volcano erupts near Hualien harbour", "\"2026-03-02T12:00:00Z\""),
                article("m1", "Ironwood Micro unveils folding tablet", "null"),
                article("v2", "Hualien volcano eruption forces harbour closure", "\"2026-03-01T12:00:00Z\""),
                article("m2", "Folding tablet from Ironwood Micro goes on sale", "null")));
        Files.write(dir.resolve("gold.jsonl"), List.of(
                "{\"id\":\"v1\",\"story\":\"volcano\"}", "{\"id\":\"m1\",\"story\":\"tablet\"}",
                "{\"id\":\"v2\",\"story\":\"volcano\"}", "{\"id\":\"m2\",\"story\":\"tablet\"}"));
        return articles;
    }

    private static String article(String id, String title, String published) {
        return "{\"id\":\"" + id + "\",\"title\":\"" + title + "\",\"body\":\"\",\"published\":" + published
                + ",\"source\":\"test\"}";
    }

    @Test
    void shouldReadTheGoldBesideTheArticlesAndAcceptArticlesWithoutDates() throws Exception {
        List<GoldArticle> gold = StorySet.read(devSet());

        assertThat(gold).extracting(GoldArticle::id).containsExactly("v1", "m1", "v2", "m2");
        assertThat(gold).extracting(GoldArticle::story).containsExactly("volcano", "tablet", "volcano", "tablet");
        assertThat(gold.get(1).published()).isNull();
        assertThat(gold.get(1).article().publishedFrom()).isEqualTo("ingest-time");
    }

    @Test
    void shouldClusterEveryArticleInOneTopicWhenTheFileHasNoTopics() throws Exception {
        StoryReplay.Result result = new StoryReplay().run(StorySet.read(devSet()), ClusterSettings.defaults(),
                StoryReplay.Topics.FILE, StoryReplay.Order.FILE);

        assertThat(result.topics()).isEqualTo("all");
        assertThat(result.items()).isEqualTo(4);
        assertThat(result.goldStories()).isEqualTo(2);
        assertThat(result.predictions().get("v2")).containsExactly("all:v1");
        assertThat(result.predictions().get("m2")).containsExactly("all:m1");
        assertThat(result.score().f1()).isEqualTo(1.0);
    }

    @Test
    void shouldReplayInFileOrderUnlessToldOtherwise() throws Exception {
        List<GoldArticle> gold = StorySet.read(devSet());

        assertThat(StoryReplay.ordered(gold, StoryReplay.Order.FILE)).extracting(GoldArticle::id)
                .containsExactly("v1", "m1", "v2", "m2");
        assertThat(StoryReplay.ordered(gold, StoryReplay.Order.PUBLISHED)).extracting(GoldArticle::id)
                .containsExactly("m1", "m2", "v2", "v1");
        assertThat(StoryReplay.ordered(gold, StoryReplay.Order.SHUFFLED)).extracting(GoldArticle::id)
                .containsExactlyInAnyOrder("v1", "m1", "v2", "m2");
    }

    @Test
    void shouldWriteOnePredictionPerArticleForTheDevSetScorer() throws Exception {
        StoryReplay.Result result = new StoryReplay().run(StorySet.read(devSet()), ClusterSettings.defaults(),
                StoryReplay.Topics.ALL, StoryReplay.Order.FILE);
        Path out = dir.resolve("pred.jsonl");

        result.writePredictions(out);

        assertThat(Files.readAllLines(out)).contains("{\"id\":\"v2\",\"story\":\"all:v1\"}").hasSize(4);
    }
}
