package io.storywire.eval.stories;

import io.storywire.aggregate.cluster.ClusterSettings;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * What a replay of the labelled story set gave.
 *
 * @param articles         articles replayed
 * @param goldStories      distinct gold stories
 * @param nearDuplicates   articles ingest's detector marked as near-copies of an earlier one
 * @param items            (article, topic) pairs clustered: an article is clustered once per topic it carries
 * @param predictedStories stories the topology made
 * @param score            BCubed over the items; gold clusters are (topic, gold story)
 * @param sameDayScore     BCubed when every article is put on the same day: what content alone separates
 * @param reverseStories   stories made when the articles arrive newest first
 * @param reverseScore     BCubed when the articles arrive newest first (a backfill, an archive loaded late)
 * @param shuffledStories  stories made when the articles arrive in a fixed-seed shuffled order
 * @param shuffledScore    BCubed when the articles arrive in that shuffled order
 * @param enrichment       how the articles got their topics and entities
 * @param settings         the clusterer settings used
 * @param merged           predicted stories that mix gold stories, one line each
 * @param split            gold stories spread over several predicted stories of one topic, one line each
 */
public record StoryReport(int articles, int goldStories, int nearDuplicates, int items, int predictedStories, BCubed score,
                          BCubed sameDayScore, int reverseStories, BCubed reverseScore, int shuffledStories,
                          BCubed shuffledScore,
                          String enrichment, ClusterSettings settings, List<String> merged, List<String> split) {

    public void print(PrintStream out) {
        out.printf(Locale.ROOT, "stories eval: %d articles in %d gold stories, %d (article, topic) items%n",
                articles, goldStories, items);
        out.printf(Locale.ROOT, "enrichment: %s; %d marked near-duplicate by ingest's detector%n", enrichment,
                nearDuplicates);
        out.printf(Locale.ROOT, "predicted stories: %d%n", predictedStories);
        out.printf(Locale.ROOT, "BCubed precision %.3f  recall %.3f  F1 %.3f%n",
                score.precision(), score.recall(), score.f1());
        out.printf(Locale.ROOT, "same-day replay (time cannot separate stories): BCubed precision %.3f  recall %.3f"
                + "  F1 %.3f%n", sameDayScore.precision(), sameDayScore.recall(), sameDayScore.f1());
        out.printf(Locale.ROOT, "newest-first replay: %d stories, BCubed precision %.3f  recall %.3f  F1 %.3f%n",
                reverseStories, reverseScore.precision(), reverseScore.recall(), reverseScore.f1());
        out.printf(Locale.ROOT, "shuffled replay (seed %d): %d stories, BCubed precision %.3f  recall %.3f  F1 %.3f%n",
                StoryEval.SHUFFLE_SEED, shuffledStories, shuffledScore.precision(), shuffledScore.recall(),
                shuffledScore.f1());
        out.printf(Locale.ROOT, "settings: %s%n", settings);
        if (!merged.isEmpty()) {
            out.println("merged (one predicted story, several gold stories):");
            merged.forEach(m -> out.println("  " + m));
        }
        if (!split.isEmpty()) {
            out.println("split (one gold story, several predicted stories in a topic):");
            split.forEach(s -> out.println("  " + s));
        }
    }
}
