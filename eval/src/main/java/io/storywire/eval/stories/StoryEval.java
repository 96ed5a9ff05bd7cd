package io.storywire.eval.stories;

import io.storywire.aggregate.OfflineReplay;
import io.storywire.aggregate.cluster.ClusterSettings;
import io.storywire.core.model.EnrichedArticle;
import io.storywire.core.model.TopicTag;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Replays the labelled story set through the real aggregate topology (in a TopologyTestDriver, articles in
 * published order) and scores the stories it makes with BCubed.
 */
public final class StoryEval {

    private StoryEval() {
    }

    public static StoryReport run(Path storiesJsonl) {
        return run(storiesJsonl, ClusterSettings.defaults());
    }

    public static StoryReport run(Path storiesJsonl, ClusterSettings settings) {
        return run(GoldArticle.read(storiesJsonl), settings);
    }

    public static StoryReport run(List<GoldArticle> gold, ClusterSettings settings) {
        return run(gold, settings, GoldTopics.INSTANCE, GoldTopics.DESCRIPTION);
    }

    static StoryReport run(List<GoldArticle> gold, ClusterSettings settings,
                           Function<GoldArticle, EnrichedArticle> enrich, String enrichment) {
        List<GoldArticle> ordered = gold.stream()
                .sorted(Comparator.comparing(GoldArticle::published).thenComparing(GoldArticle::id))
                .toList();
        Map<String, List<String>> assigned = OfflineReplay.articleStories(ordered.stream().map(enrich).toList(), settings);

        Map<String, String> goldLabel = new TreeMap<>();
        Map<String, String> predicted = new TreeMap<>();
        for (GoldArticle a : ordered) {
            for (String storyId : assigned.getOrDefault(a.id(), List.of())) {
                String topic = storyId.substring(0, storyId.indexOf(':'));
                String item = topic + "|" + a.id();
                goldLabel.put(item, topic + "|" + a.story());
                predicted.put(item, storyId);
            }
        }
        Set<String> goldStories = ordered.stream().map(GoldArticle::story).collect(Collectors.toCollection(TreeSet::new));
        return new StoryReport(ordered.size(), goldStories.size(), goldLabel.size(),
                new TreeSet<>(predicted.values()).size(), BCubed.of(goldLabel, predicted), enrichment, settings,
                mixed(predicted, goldLabel), mixed(goldLabel, predicted));
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

    /** Stands in for the enricher while it is missing: the gold topics, no entities. */
    enum GoldTopics implements Function<GoldArticle, EnrichedArticle> {
        INSTANCE;

        static final String DESCRIPTION = "gold topics, no entities (the enricher is not on this branch)";

        @Override
        public EnrichedArticle apply(GoldArticle g) {
            List<TopicTag> tags = g.topics().stream().map(t -> new TopicTag(t, t, 1.0, List.of())).toList();
            return new EnrichedArticle(g.article(), List.of(), tags);
        }
    }
}
