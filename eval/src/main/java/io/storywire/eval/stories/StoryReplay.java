package io.storywire.eval.stories;

import io.storywire.aggregate.cluster.ClusterSettings;
import io.storywire.core.model.EnrichedArticle;
import io.storywire.core.model.TopicTag;
import io.storywire.enrich.Enricher;
import io.storywire.eval.devsets.DevSets;
import io.storywire.eval.replay.OfflineReplay;
import io.storywire.ingest.settings.IngestSettings;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * One replay of a labelled story file through the real enricher and the real aggregate topology (in a
 * TopologyTestDriver), scored with BCubed. The topics come from the file when its articles carry them, or every
 * article goes to one topic ({@link Topics#ALL}); the articles arrive in the file's order unless told otherwise.
 */
public final class StoryReplay {

    /** The topic id every article gets with {@link Topics#ALL}. */
    public static final String ALL_TOPIC = "all";

    /** Seed of the shuffled order: fixed, so the figure is reproducible. */
    public static final long SHUFFLE_SEED = 20260113L;

    public enum Order {
        /** as the file lists them: a feed's arrival order */
        FILE,
        /** by published time then id (undated first): leaks story order when dates are day-only */
        PUBLISHED,
        /** a fixed-seed shuffle of the file */
        SHUFFLED
    }

    public enum Topics {
        /** the file's {@code topics}; every article in {@link #ALL_TOPIC} when no article carries any */
        FILE,
        /** every article in one topic, {@link #ALL_TOPIC}, as a taxonomy topic that matches all would do */
        ALL,
        /** the enricher's own topics */
        ENRICHER
    }

    /**
     * What a replay gave.
     *
     * @param items       (article, topic) pairs clustered
     * @param predictions article id to the story ids it was put in
     */
    public record Result(int articles, int goldStories, int items, int predictedStories, BCubed score, Order order,
                         String topics, Map<String, List<String>> predictions) {

        public void print(PrintStream out, String label) {
            out.printf(Locale.ROOT, "%s: %d articles, %d items, order %s, topics %s%n", label, articles, items,
                    order.name().toLowerCase(Locale.ROOT), topics);
            out.printf(Locale.ROOT, "  BCubed precision %.3f  recall %.3f  F1 %.3f  predicted stories %d, gold %d%n",
                    score.precision(), score.recall(), score.f1(), predictedStories, goldStories);
        }

        /** Writes {"id","story"} per clustered article (its first story), as the dev-set scorer reads. */
        public void writePredictions(Path file) {
            List<String> lines = new ArrayList<>();
            predictions.forEach((id, stories) -> lines.add("{\"id\":\"" + id + "\",\"story\":\"" + stories.get(0)
                    + "\"}"));
            try {
                Files.write(file, lines);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private final Enricher enricher = Enricher.withDefaults();

    /** Labelled articles with what the enricher made of them and the topics chosen: replayable in any order. */
    public record Prepared(List<GoldArticle> gold, Map<String, EnrichedArticle> enriched, String topics) {

        /** The prepared articles of some stories only (e.g. the held-aside ones). */
        public Prepared only(Predicate<GoldArticle> keep) {
            return new Prepared(gold.stream().filter(keep).toList(), enriched, topics);
        }
    }

    public Result run(List<GoldArticle> gold, ClusterSettings settings, Topics topics, Order order) {
        return run(prepare(gold, topics), settings, order);
    }

    /** Enriches every article once, with the real enricher, and gives it its topics. */
    public Prepared prepare(List<GoldArticle> gold, Topics topics) {
        boolean fileHasTopics = gold.stream().anyMatch(g -> !g.topics().isEmpty());
        Topics mode = topics == Topics.FILE && !fileHasTopics ? Topics.ALL : topics;
        Map<String, EnrichedArticle> enriched = new TreeMap<>();
        for (GoldArticle g : gold) {
            EnrichedArticle e = enricher.enrich(g.article());
            List<TopicTag> tags = switch (mode) {
                case ALL -> List.of(new TopicTag(ALL_TOPIC, "All articles", 1.0, List.of()));
                case FILE -> g.topics().stream().map(t -> new TopicTag(t, t, 1.0, List.of())).toList();
                case ENRICHER -> e.topics();
            };
            enriched.put(g.id(), new EnrichedArticle(e.article(), e.entities(), tags));
        }
        return new Prepared(gold, enriched, mode.name().toLowerCase(Locale.ROOT));
    }

    /** Replays prepared articles in the given order, marked near-duplicate in that order as ingest would. */
    public Result run(Prepared prepared, ClusterSettings settings, Order order) {
        List<GoldArticle> ordered = ordered(prepared.gold(), order);
        NearDuplicateMarker marker = new NearDuplicateMarker(IngestSettings.defaults());
        List<EnrichedArticle> articles = new ArrayList<>();
        for (GoldArticle g : ordered) {
            EnrichedArticle e = prepared.enriched().get(g.id());
            articles.add(new EnrichedArticle(marker.mark(e.article()), e.entities(), e.topics()));
        }
        Map<String, List<String>> assigned = OfflineReplay.articleStories(articles, settings);
        StoryItems items = StoryItems.of(ordered, assigned);
        Set<String> goldStories = new TreeSet<>();
        ordered.forEach(a -> goldStories.add(a.story()));
        return new Result(ordered.size(), goldStories.size(), items.gold().size(), items.predictedStories(),
                items.score(), order, prepared.topics(), assigned);
    }

    /** Whether an article's story is one {@link DevSets#heldAside} keeps apart from tuning. */
    public static Predicate<GoldArticle> heldAside(boolean aside) {
        return g -> DevSets.heldAside(g.story()) == aside;
    }

    static List<GoldArticle> ordered(List<GoldArticle> gold, Order order) {
        List<GoldArticle> out = new ArrayList<>(gold);
        switch (order) {
            case FILE -> { }
            case PUBLISHED -> out.sort(Comparator.comparing(GoldArticle::published,
                    Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(GoldArticle::id));
            case SHUFFLED -> Collections.shuffle(out, new Random(SHUFFLE_SEED));
        }
        return out;
    }
}
