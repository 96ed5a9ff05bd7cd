package io.storywire.app.bench;

import io.storywire.aggregate.cluster.ClusterSettings;
import io.storywire.aggregate.cluster.ClusterState;
import io.storywire.aggregate.cluster.Clusterer;
import io.storywire.core.model.Article;
import io.storywire.core.model.EnrichedArticle;
import io.storywire.core.model.Entity;
import io.storywire.core.model.EntityType;
import io.storywire.core.model.TopicTag;
import java.io.PrintStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * P3: the clusterer's cost per article as the stories it holds grow, in one topic, on one thread. The
 * {@link Clusterer} runs directly on in-memory tables ({@link ClusterState#inMemory()}): the cost of the
 * algorithm and its store reads and writes, without RocksDB, changelogs or Kafka. Articles come from
 * {@link ArticleGenerator} with their entities given as enrich would find them (no CoreNLP run: 100,000 articles
 * through it would take most of an hour), all tagged with one topic, one every ten minutes: a steady feed whose
 * stores keep every story ever opened while about a week of them (the clusterer's quiet window) are candidates.
 * Generated stories are not all told apart by the clusterer, so "stories held" is what it opened, reported as
 * reached.
 */
final class ClusterCostBench {

    private static final String TOPIC = "trade";
    static final long STEP_SECONDS = 600;

    private final long seed;
    private final List<Integer> levels;
    private final int samples;
    private final PrintStream log;

    ClusterCostBench(long seed, List<Integer> levels, int samples, PrintStream log) {
        this.seed = seed;
        this.levels = levels;
        this.samples = samples;
        this.log = log;
    }

    Map<String, Object> run() {
        // one article every ten minutes, as a steady feed: about a thousand articles within the clusterer's
        // seven-day window, while the stores keep every story ever opened
        long step = STEP_SECONDS;
        OffsetDateTime base = OffsetDateTime.of(2025, 6, 2, 0, 0, 0, 0, ZoneOffset.UTC);
        ArticleGenerator fill = new ArticleGenerator(seed * 7 + 1, 1.0, base, step);
        ArticleGenerator probe = new ArticleGenerator(seed * 7 + 2, 0.25, base, step);
        Clusterer clusterer = new Clusterer(ClusterState.inMemory(), ClusterSettings.defaults());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("method", "Clusterer on in-memory tables, one topic, one thread; entities given, not recognised");
        List<Map<String, Object>> points = new ArrayList<>();
        int stories = 0;
        int fed = 0;
        long fillNanos = 0;
        for (int level : levels.stream().sorted().toList()) {
            // fill: articles each telling news of its own, until the topic holds this many stories
            int guard = level * 5 + 1000;
            while (stories < level && guard-- > 0) {
                EnrichedArticle a = enriched(fill.next(), step, fed++, base);
                long t0 = System.nanoTime();
                var assignment = clusterer.add(TOPIC, a);
                fillNanos += System.nanoTime() - t0;
                if (assignment.isPresent() && assignment.get().opened()) {
                    stories++;
                }
            }
            // measure: the ordinary mix (some new stories, most joining one), each article timed alone
            double[] ms = new double[samples];
            for (int i = 0; i < samples; i++) {
                EnrichedArticle a = enriched(probe.next(), step, fed++, base);
                long t0 = System.nanoTime();
                var assignment = clusterer.add(TOPIC, a);
                ms[i] = (System.nanoTime() - t0) / 1e6;
                if (assignment.isPresent() && assignment.get().opened()) {
                    stories++;
                }
            }
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("stories_held", stories);
            p.put("articles_held", fed);
            p.put("ms_per_article", LatencyBench.percentiles(ms));
            points.add(p);
            log.printf(Locale.ROOT, "[bench] clustering at %d stories held: %s%n", stories, p.get("ms_per_article"));
        }
        out.put("points", points);
        out.put("fill_ms_per_article", ThroughputBench.round(fillNanos / 1e6 / Math.max(1, fed)));
        if (points.size() > 1) {
            double first = mean(points.get(0));
            double last = mean(points.get(points.size() - 1));
            out.put("cost_ratio_largest_to_smallest", ThroughputBench.round(last / first));
        }
        return out;
    }

    private static double mean(Map<String, Object> point) {
        return ((Number) ((Map<?, ?>) point.get("ms_per_article")).get("mean")).doubleValue();
    }

    /** The article as enrich would publish it: the story's people, organisation and place found, one topic tag. */
    private static EnrichedArticle enriched(ArticleGenerator.Generated g, long step, int n, OffsetDateTime base) {
        OffsetDateTime published = base.plusSeconds(n * step);
        Article article = new Article("bench-" + n, g.title(), g.source(), null, published, "json", g.url(), "en",
                g.body(), "kafka", null, Instant.now(), null);
        List<Entity> entities = List.of(
                entity("person", g.person(), EntityType.PERSON, 0.9),
                entity("person", g.person2(), EntityType.PERSON, 0.5),
                entity("org", g.org(), EntityType.ORGANIZATION, 0.7),
                entity("place", g.place(), EntityType.PLACE, 0.4));
        return new EnrichedArticle(article, entities, List.of(new TopicTag(TOPIC, "International trade", 8.0,
                List.of())));
    }

    private static Entity entity(String kind, String name, EntityType type, double salience) {
        String id = kind + ":" + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return new Entity(id, name, type, false, salience, List.of());
    }
}
