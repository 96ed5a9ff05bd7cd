package io.storywire.eval.stories;

import static org.assertj.core.api.Assertions.assertThat;

import io.storywire.aggregate.cluster.ClusterSettings;
import io.storywire.eval.devsets.DevSets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real-data target of story clustering: the 3,270 aggregator headlines of {@code stories/uci-dev} (40 stories,
 * day dates), read in place from ../shared/devsets, enriched by the real enricher, every article in one topic, replayed
 * through the real aggregate topology. Naive TF-IDF scores 0.49-0.67 there and a careful unsupervised clusterer
 * 0.76-0.80 (see aggregate/CLUSTERING.md for the figures and how the defaults were chosen).
 */
class UciStoriesTargetTest {

    private static StoryReplay replay;
    private static StoryReplay.Prepared prepared;

    @BeforeAll
    static void enrichOnce() {
        List<GoldArticle> gold = StorySet.read(DevSets.resolve("stories/uci-dev/articles.jsonl"));
        replay = new StoryReplay();
        prepared = replay.prepare(gold, StoryReplay.Topics.FILE);
    }

    @Test
    void shouldReachBCubedF1OfAtLeast082OnRealHeadlinesInTheirFeedOrder() {
        StoryReplay.Result result = replay.run(prepared, ClusterSettings.defaults(), StoryReplay.Order.FILE);

        assertThat(result.topics()).isEqualTo("all");
        assertThat(result.items()).isEqualTo(3270);
        assertThat(result.goldStories()).isEqualTo(40);
        assertThat(result.score().f1()).as("BCubed F1, file order").isGreaterThanOrEqualTo(0.82);
    }

    @Test
    void shouldReachBCubedF1OfAtLeast078OnRealHeadlinesShuffled() {
        StoryReplay.Result result = replay.run(prepared, ClusterSettings.defaults(), StoryReplay.Order.SHUFFLED);

        assertThat(result.score().f1()).as("BCubed F1, shuffled").isGreaterThanOrEqualTo(0.78);
    }
}
