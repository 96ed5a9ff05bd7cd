package io.storywire.eval.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import io.storywire.aggregate.cluster.ClusterSettings;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoryEvalTest {

    private static final String SUMMIT = "South Korean President Lee Jae-myung met Chinese President Xi Jinping in "
            + "Beijing for a summit on trade, supply chains and North Korea; the leaders agreed to restore tourism.";
    private static final String CONCERT = "The band opened its world tour in Seoul with a sold-out stadium concert, "
            + "and fans queued overnight for tickets to the next shows.";

    @TempDir
    Path dir;

    private Path goldFile() throws Exception {
        Path gold = dir.resolve("stories.jsonl");
        Files.write(gold, List.of(
                line("s1", "summit", "Lee and Xi meet in Beijing", SUMMIT, "2026-01-05T08:00:00Z", "asia"),
                line("s2", "summit", "Xi and Lee hold Beijing summit", SUMMIT, "2026-01-05T10:00:00Z", "asia"),
                "",
                line("c1", "concert", "Band opens world tour in Seoul", CONCERT, "2026-01-05T09:00:00Z", "asia")));
        return gold;
    }

    @Test
    void shouldReplayTheLabelledArticlesThroughTheTopologyAndScoreThem() throws Exception {
        StoryReport report = StoryEval.runOnGoldTopics(GoldArticle.read(goldFile()),
                ClusterSettings.defaults());

        assertThat(report.articles()).isEqualTo(3);
        assertThat(report.goldStories()).isEqualTo(2);
        assertThat(report.items()).isEqualTo(3);
        assertThat(report.predictedStories()).isEqualTo(2);
        assertThat(report.score().f1()).isEqualTo(1.0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        report.print(new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("BCubed precision 1.000  recall 1.000  F1 1.000");
    }

    @Test
    void shouldEnrichTheArticlesWithTheRealEnricherByDefault() throws Exception {
        StoryReport report = StoryEval.run(goldFile());

        assertThat(report.enrichment()).contains("Enricher");
        assertThat(report.articles()).isEqualTo(3);
        // the enricher's topics, not the gold "asia" (which the built-in taxonomy does not have)
        assertThat(report.items()).isPositive();
        assertThat(report.score().precision()).isEqualTo(1.0);
    }

    private static String line(String id, String story, String title, String body, String published, String topic) {
        return "{\"id\":\"" + id + "\",\"story\":\"" + story + "\",\"source\":\"test\",\"title\":\"" + title
                + "\",\"published\":\"" + published + "\",\"body\":\"" + body + "\",\"topics\":[\"" + topic + "\"]}";
    }
}
