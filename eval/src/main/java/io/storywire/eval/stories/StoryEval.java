package io.storywire.eval.stories;

import io.storywire.eval.replay.OfflineReplay;
import io.storywire.aggregate.cluster.ClusterSettings;
import io.storywire.core.model.EnrichedArticle;
import io.storywire.core.model.TopicTag;
import io.storywire.enrich.Enricher;
import io.storywire.ingest.settings.IngestSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Replays the labelled story set through the real aggregate topology (in a TopologyTestDriver, articles in
 * published order, marked near-duplicate by ingest's detector and enriched by the enricher) and scores the stories
 * it makes with BCubed. A second replay puts every article on the same day,
 * in the same order, so that time cannot keep stories apart: it measures what the words and entities alone do, as
 * in a busy news day where many stories of one topic run at once. Two more replays feed the same articles, with
 * their real dates, newest first and in a fixed-seed shuffled order, as a backfill or an archive loaded file by file
 * would: the stories should not depend on the order articles arrive in.
 */
public final class StoryEval {

    /** Spacing of the articles in the same-day replay: the whole set fits in one day up to 1440 articles. */
    private static final Duration SAME_DAY_STEP = Duration.ofMinutes(1);

    /** Seed of the shuffled replay: fixed, so the figure is reproducible. */
    static final long SHUFFLE_SEED = 20260113L;

    private StoryEval() {
    }

    public static StoryReport run(Path storiesJsonl) {
        return run(storiesJsonl, ClusterSettings.defaults());
    }

    public static StoryReport run(Path storiesJsonl, ClusterSettings settings) {
        return run(GoldArticle.read(storiesJsonl), settings);
    }

    /** With the real enricher's entities and topics, as the pipeline would see the articles. */
    public static StoryReport run(List<GoldArticle> gold, ClusterSettings settings) {
        Enricher enricher = Enricher.withDefaults();
        return run(gold, settings, g -> enricher.enrich(g.article()),
                "the enricher's entities and topics (Enricher.withDefaults)");
    }

    /** With the gold topics and no entities: clustering alone, whatever the enricher gets wrong or misses. */
    public static StoryReport runOnGoldTopics(List<GoldArticle> gold, ClusterSettings settings) {
        return run(gold, settings, GoldTopics.INSTANCE, GoldTopics.DESCRIPTION);
    }

    static StoryReport run(List<GoldArticle> gold, ClusterSettings settings,
                           Function<GoldArticle, EnrichedArticle> enrich, String enrichment) {
        List<GoldArticle> ordered = gold.stream()
                .sorted(Comparator.comparing(GoldArticle::published, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(GoldArticle::id))
                .toList();
        Set<String> goldStories = new TreeSet<>();
        ordered.forEach(a -> goldStories.add(a.story()));
        List<EnrichedArticle> articles = asIngested(ordered, enrich);
        int nearDuplicates = (int) articles.stream().filter(a -> a.article().nearDuplicateOf() != null).count();
        Scored real = score(ordered, articles, settings);
        List<GoldArticle> sameDay = onOneDay(ordered);
        Scored oneDay = score(sameDay, asIngested(sameDay, enrich), settings);
        List<GoldArticle> reversed = new ArrayList<>(ordered);
        Collections.reverse(reversed);
        Scored newestFirst = score(reversed, asIngested(reversed, enrich), settings);
        List<GoldArticle> shuffled = new ArrayList<>(ordered);
        Collections.shuffle(shuffled, new Random(SHUFFLE_SEED));
        Scored anyOrder = score(shuffled, asIngested(shuffled, enrich), settings);
        return new StoryReport(ordered.size(), goldStories.size(), nearDuplicates, real.items(),
                real.predictedStories(), real.score(), oneDay.score(), newestFirst.predictedStories(),
                newestFirst.score(), anyOrder.predictedStories(), anyOrder.score(), enrichment, settings,
                real.merged(), real.split());
    }

    /** Enriched, and marked near-duplicate by ingest's detector as the pipeline would, in arrival order. */
    private static List<EnrichedArticle> asIngested(List<GoldArticle> ordered,
                                                    Function<GoldArticle, EnrichedArticle> enrich) {
        NearDuplicateMarker marker = new NearDuplicateMarker(IngestSettings.defaults());
        List<EnrichedArticle> out = new ArrayList<>();
        for (GoldArticle g : ordered) {
            EnrichedArticle e = enrich.apply(g);
            out.add(new EnrichedArticle(marker.mark(e.article()), e.entities(), e.topics()));
        }
        return out;
    }

    private record Scored(int items, int predictedStories, BCubed score, List<String> merged, List<String> split) {
    }

    private static Scored score(List<GoldArticle> ordered, List<EnrichedArticle> articles,
                                ClusterSettings settings) {
        StoryItems items = StoryItems.of(ordered, OfflineReplay.articleStories(articles, settings));
        return new Scored(items.gold().size(), items.predictedStories(), items.score(),
                mixed(items.predicted(), items.gold()), mixed(items.gold(), items.predicted()));
    }

    /** The same articles in the same order, a minute apart, starting at the first one's time. */
    static List<GoldArticle> onOneDay(List<GoldArticle> ordered) {
        List<GoldArticle> out = new ArrayList<>();
        if (ordered.isEmpty()) {
            return out;
        }
        OffsetDateTime start = ordered.get(0).published();
        for (int i = 0; i < ordered.size(); i++) {
            GoldArticle a = ordered.get(i);
            out.add(new GoldArticle(a.id(), a.story(), a.source(), a.title(), start.plus(SAME_DAY_STEP.multipliedBy(i)),
                    a.body(), a.topics()));
        }
        return out;
    }

    /** Clusters of {@code by} that hold more than one label of {@code of}, as "cluster: label, label". */
    private static List<String> mixed(Map<String, String> by, Map<String, String> of) {
        Map<String, Set<String>> labels = new TreeMap<>();
        by.forEach((item, cluster) -> labels.computeIfAbsent(cluster, c -> new TreeSet<>()).add(of.get(item)));
        List<String> out = new ArrayList<>();
        labels.forEach((cluster, ls) -> {
            if (ls.size() > 1) {
                out.add(cluster + ": " + String.join(", ", ls));
            }
        });
        return out;
    }

    /** The gold topics, no entities: isolates the clusterer from the enricher. */
    enum GoldTopics implements Function<GoldArticle, EnrichedArticle> {
        INSTANCE;

        static final String DESCRIPTION = "gold topics, no entities";

        @Override
        public EnrichedArticle apply(GoldArticle g) {
            List<TopicTag> tags = g.topics().stream().map(t -> new TopicTag(t, t, 1.0, List.of())).toList();
            return new EnrichedArticle(g.article(), List.of(), tags);
        }
    }
}
