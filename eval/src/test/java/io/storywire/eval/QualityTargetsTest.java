package io.storywire.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.storywire.eval.enrich.EnrichEval;
import io.storywire.eval.enrich.EnrichReport;
import io.storywire.eval.stories.StoryEval;
import io.storywire.eval.stories.StoryReport;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The quality targets of the README, held on the gold sets in eval-data/ so that a change that makes enrichment
 * or clustering worse fails the build. The figures themselves come from `./storywire eval enrich|stories`.
 */
class QualityTargetsTest {

    private static final Path GOLD = Path.of("..", "eval-data");

    @Test
    void shouldKeepEntityAndTopicF1AtLeastNinetyPercentOnTheGoldSet() {
        EnrichReport report = EnrichEval.run(GOLD.resolve("enrich-gold.jsonl"));
        assertThat(report.all().entities().f1()).as("entity F1").isGreaterThanOrEqualTo(0.90);
        assertThat(report.all().linking().f1()).as("canonical-id linking F1").isGreaterThanOrEqualTo(0.90);
        assertThat(report.all().topicsMicro().f1()).as("topic micro-F1").isGreaterThanOrEqualTo(0.90);
        // the part nobody tuned on must not fall far behind
        assertThat(report.heldOut().entities().f1()).as("held-out entity F1").isGreaterThanOrEqualTo(0.88);
    }

    @Test
    void shouldKeepStoryBCubedF1AtLeastNinetyPercentOnTheLabelledStoriesAndCloseToItInAnyArrivalOrder() {
        StoryReport report = StoryEval.run(GOLD.resolve("stories.jsonl"));
        assertThat(report.score().f1()).as("BCubed F1").isGreaterThanOrEqualTo(0.90);
        // an archive loaded newest first must not split its stories: measured 0.922 (date order 0.981)
        assertThat(report.reverseScore().f1()).as("newest-first BCubed F1").isGreaterThanOrEqualTo(0.85);
        assertThat(report.shuffledScore().f1()).as("shuffled BCubed F1").isGreaterThanOrEqualTo(0.85);
    }
}
