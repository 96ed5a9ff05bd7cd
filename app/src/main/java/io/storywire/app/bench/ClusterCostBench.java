package io.storywire.app.bench;

import io.storywire.aggregate.cluster.ClusterSettings;
import io.storywire.aggregate.cluster.ClusterState;
import io.storywire.aggregate.cluster.Clusterer;
import io.storywire.aggregate.cluster.MemoryTable;
import io.storywire.core.model.Article;
import io.storywire.core.model.EnrichedArticle;
import io.storywire.core.model.Entity;
import io.storywire.core.model.EntityType;
import io.storywire.core.model.TopicTag;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
 * The fill's stories have words and names of their own ({@link ArticleGenerator#distinctStories}), so the
 * clusterer can hold as many as asked; "stories held" is what its story table holds, reported as reached. Each
 * point times the same probe articles (same generator and seed) after the fill.
 */
final class ClusterCostBench {

    private static final String TOPIC = "trade";
    static final long STEP_SECONDS = 600;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final long seed;
    private final List<Integer> levels;
    private final int samples;
    private final int warmUp;
    private final PrintStream log;

    /** @param warmUp articles through a throw-away clusterer before the first point (the JIT's warm-up) */
    ClusterCostBench(long seed, List<Integer> levels, int samples, int warmUp, PrintStream log) {
        this.seed = seed;
        this.levels = levels;
        this.samples = samples;
        this.warmUp = warmUp;
        this.log = log;
    }

    Map<String, Object> run() {
        List<Integer> sorted = levels.stream().sorted().toList();
        if (sorted.size() > ArticleGenerator.MAX_NAMESPACE - 1) {
            throw new IllegalArgumentException("at most " + (ArticleGenerator.MAX_NAMESPACE - 1) + " story levels");
        }
        // one article every ten minutes, as a steady feed: about a thousand articles within the clusterer's
        // seven-day window, while the stores keep every story ever opened
        long step = STEP_SECONDS;
        OffsetDateTime base = OffsetDateTime.of(2025, 6, 2, 0, 0, 0, 0, ZoneOffset.UTC);
        warmUp(base, step);
        // the fill's stories are apart by construction (words and names of their own, namespace 0): the word lists
        // alone repeat, and the clusterer joins look-alike stories, so a plain fill never reached 100,000 stories
        ArticleGenerator fill = new ArticleGenerator(seed * 7 + 1, 1.0, base, step).distinctStories(0);
        ClusterState state = ClusterState.inMemory();
        Clusterer clusterer = new Clusterer(state, ClusterSettings.defaults());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("method", "Clusterer on in-memory tables, one topic, one thread; entities given, not recognised; "
                + "fill stories with words of their own; the same probe articles at every point");
        List<Map<String, Object>> points = new ArrayList<>();
        int fed = 0;
        int fillArticles = 0;
        int fillJoined = 0;
        long fillNanos = 0;
        for (int p = 0; p < sorted.size(); p++) {
            int level = sorted.get(p);
            // fill: articles each telling news of its own, until the topic holds this many stories; the guard only
            // stops a fill whose stories the clusterer joins after all (then fewer are held, and reported so)
            int guard = level * 2 + 1000;
            while (held(state) < level && guard-- > 0) {
                EnrichedArticle a = enriched(fill.next(), step, fed++, base);
                long t0 = System.nanoTime();
                var assignment = clusterer.add(TOPIC, a);
                fillNanos += System.nanoTime() - t0;
                fillArticles++;
                if (assignment.isPresent() && !assignment.get().opened()) {
                    fillJoined++;
                }
            }
            int storiesBefore = held(state);
            int articlesBefore = fed;
            // what the lookups search: the topic's vocabulary grows with the stories, whatever the caps
            int counterKeys = ((MemoryTable<?>) state.counters()).asMap().size();
            int indexKeys = ((MemoryTable<?>) state.index()).asMap().size();
            // measure: the ordinary mix (some new stories, most joining one), each article timed alone; the same
            // generator and seed at every point, so the same texts, but made-up words of the point's own namespace
            // (the earlier points' probe stories are not joined) and times after the fill
            ArticleGenerator probe = new ArticleGenerator(seed * 7 + 2, 0.25, base, step).distinctStories(1 + p);
            double[] ms = new double[samples];
            double[] cpuMs = new double[samples];
            int probeOpened = 0;
            for (int i = 0; i < samples; i++) {
                EnrichedArticle a = enriched(probe.next(), step, fed++, base);
                long c0 = THREADS.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                var assignment = clusterer.add(TOPIC, a);
                ms[i] = (System.nanoTime() - t0) / 1e6;
                cpuMs[i] = (THREADS.getCurrentThreadCpuTime() - c0) / 1e6;
                if (assignment.isPresent() && assignment.get().opened()) {
                    probeOpened++;
                }
            }
            Map<String, Object> point = new LinkedHashMap<>();
            point.put("stories_wanted", level);
            point.put("stories_held", storiesBefore);
            point.put("articles_held", articlesBefore);
            point.put("counter_keys", counterKeys);
            point.put("index_keys", indexKeys);
            point.put("probe_articles", samples);
            point.put("probe_stories_opened", probeOpened);
            point.put("ms_per_article", LatencyBench.percentiles(ms));
            // this thread's CPU time: what the article cost it, without the time it waited for a core on a busy
            // machine (and without the collector's threads, which the wall time has)
            point.put("cpu_ms_per_article", LatencyBench.percentiles(cpuMs));
            points.add(point);
            log.printf(Locale.ROOT, "[bench] clustering at %d stories held (%d articles; %d fill articles joined a "
                    + "story so far; probe opened %d): wall %s, cpu %s%n", storiesBefore, articlesBefore, fillJoined,
                    probeOpened, point.get("ms_per_article"), point.get("cpu_ms_per_article"));
        }
        out.put("points", points);
        out.put("fill_articles", fillArticles);
        out.put("fill_articles_joined", fillJoined);
        out.put("fill_ms_per_article", ThroughputBench.round(fillNanos / 1e6 / Math.max(1, fillArticles)));
        if (points.size() > 1) {
            double first = mean(points.get(0));
            double last = mean(points.get(points.size() - 1));
            out.put("cost_ratio_largest_to_smallest", ThroughputBench.round(last / first));
            out.put("cpu_cost_ratio_largest_to_smallest", ThroughputBench.round(
                    mean(points.get(points.size() - 1), "cpu_ms_per_article") / mean(points.get(0), "cpu_ms_per_article")));
        }
        return out;
    }

    /** Stories the topic holds now (absorbed ones are gone from the table). */
    private static int held(ClusterState state) {
        return ((MemoryTable<?>) state.stories()).asMap().size();
    }

    /**
     * Runs the probe mix ({@code warmUp} articles; the benchmark's 20,000 take some 20 s) through a clusterer of its own, thrown away, so the first point
     * is not timed on a JIT still compiling (which would flatter the ratio of the largest point to it).
     */
    private void warmUp(OffsetDateTime base, long step) {
        ArticleGenerator g = new ArticleGenerator(seed * 7 + 3, 0.25, base, step)
                .distinctStories(ArticleGenerator.MAX_NAMESPACE);
        Clusterer c = new Clusterer(ClusterState.inMemory(), ClusterSettings.defaults());
        for (int i = 0; i < warmUp; i++) {
            c.add(TOPIC, enriched(g.next(), step, i, base));
        }
    }

    private static double mean(Map<String, Object> point) {
        return mean(point, "ms_per_article");
    }

    private static double mean(Map<String, Object> point, String key) {
        return ((Number) ((Map<?, ?>) point.get(key)).get("mean")).doubleValue();
    }

    /** The article as enrich would publish it: the story's people, organisation and place found, one topic tag. */
    private static EnrichedArticle enriched(ArticleGenerator.Generated g, long step, int n, OffsetDateTime base) {
        OffsetDateTime published = base.plusSeconds(n * step);
        // ingested a minute after publication: with the wall clock as ingest time, every article published after
        // today (past some 79,000 articles from the 2025 base) counted as future-dated and took today's time
        // instead, so the largest fills bunched tens of thousands of stories into the same week
        Article article = new Article("bench-" + n, g.title(), g.source(), null, published, "json", g.url(), "en",
                g.body(), "kafka", null, published.toInstant().plusSeconds(60), null);
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
