package io.storywire.app.bench;

import io.storywire.app.BenchStages;
import io.storywire.core.config.StorywireConfig;
import io.storywire.core.streams.StreamsSettings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;

/**
 * P1: whole-pipeline throughput from a pre-filled raw topic, and in the same run its baselines: an identity Kafka
 * Streams pass-through of the same raw records, and each stage alone over its input, pre-filled by the stage
 * before it. Then the records and bytes the pipeline wrote to Kafka per article.
 *
 * <p>A run's rate is the articles over the time from its first output record to its last (start-up, which for
 * enrich includes loading its models, is reported beside it, not counted in the rate).
 */
final class ThroughputBench {

    static final List<String> STAGES = List.of("ingest", "enrich", "aggregate");

    private final BenchEnv env;
    private final List<String> articles;
    private final QueryLoadBench.Options query;
    /**
     * Keys of the output records of the last measured run whose latest record did not end them (on the stories
     * topic: the live stories' ids).
     */
    private Set<String> lastKeys = Set.of();

    /** @param query P4 after the pipeline run; null: no P4 */
    ThroughputBench(BenchEnv env, List<String> articles, QueryLoadBench.Options query) {
        this.query = query;
        this.env = env;
        this.articles = articles;
    }

    /** One input group of a stage: its consumer group and its input topics. */
    record Group(String stage, String group, List<String> inputs) {
    }

    Map<String, Object> run(String guarantee, String tag) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("guarantee", guarantee);
        out.put("articles", articles.size());
        int slack = guarantee.startsWith("exactly_once") ? 1 : 0;

        // baselines: one prefix, each stage's output the next one's pre-filled input
        StorywireConfig cfg = env.config("bench-" + tag + "-stages", guarantee);
        env.ensureTopics(cfg);
        long t0 = System.nanoTime();
        long bytes = env.fill(cfg, articles);
        double fillSeconds = (System.nanoTime() - t0) / 1e9;
        out.put("raw_bytes_per_article", bytes / articles.size());
        out.put("fill", Map.of("seconds", round(fillSeconds), "articles_per_s", round(articles.size() / fillSeconds)));
        env.log("%s: raw topic filled with %d articles (%.1f MB) in %.1f s", guarantee, articles.size(), bytes / 1e6,
                fillSeconds);

        Map<String, Object> baselines = new LinkedHashMap<>();
        String identityOut = cfg.topics().prefix() + ".identity";
        try (var admin = org.apache.kafka.clients.admin.Admin.create(cfg.kafkaClientProperties())) {
            admin.createTopics(List.of(new org.apache.kafka.clients.admin.NewTopic(identityOut, env.partitions,
                    (short) 1).configs(Map.of("max.message.bytes", "11000000")))).all().get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        baselines.put("identity", measure("identity pass-through", cfg,
                () -> identity(cfg, identityOut),
                List.of(new Group("identity", cfg.topics().prefix() + "-identity", List.of(cfg.topics().ingest()))),
                List.of(identityOut), slack, null));
        baselines.put("ingest", measure("ingest alone", cfg, () -> BenchStages.start(cfg, List.of("ingest")),
                List.of(group(cfg, "ingest")), List.of(cfg.topics().articles()), slack, null));
        baselines.put("enrich", measure("enrich alone", cfg, () -> BenchStages.start(cfg, List.of("enrich")),
                List.of(group(cfg, "enrich")), List.of(cfg.topics().enriched()), slack, null));
        baselines.put("aggregate", measure("aggregate alone", cfg, () -> BenchStages.start(cfg, List.of("aggregate")),
                List.of(group(cfg, "aggregate")), List.of(cfg.topics().stories()), slack, null));
        out.put("baselines", baselines);

        // the whole pipeline, on fresh topics and state
        StorywireConfig full = env.config("bench-" + tag + "-pipeline", guarantee);
        env.ensureTopics(full);
        env.fill(full, articles);
        List<Map<String, Object>> timeline = new ArrayList<>();
        Map<String, Object> pipeline = measure("pipeline", full, () -> BenchStages.start(full, STAGES),
                STAGES.stream().map(s -> group(full, s)).toList(), List.of(full.topics().stories()), slack, timeline);
        out.put("pipeline", pipeline);
        out.put("lag_timeline", timeline);
        Set<String> storyIds = lastKeys;

        String slowest = null;
        double slowestRate = Double.MAX_VALUE;
        for (String s : STAGES) {
            double rate = ((Number) ((Map<?, ?>) baselines.get(s)).get("articles_per_s")).doubleValue();
            if (rate < slowestRate) {
                slowestRate = rate;
                slowest = s;
            }
        }
        out.put("slowest_stage_alone", slowest);
        double pipelineRate = ((Number) pipeline.get("articles_per_s")).doubleValue();
        out.put("pipeline_vs_slowest_stage", round(pipelineRate / slowestRate));
        out.put("bottleneck_by_lag", bottleneck(full, timeline));
        out.put("kafka_writes", footprint(full));
        if (query != null) {
            List<String> stories = new ArrayList<>(new java.util.TreeSet<>(storyIds));
            List<String> topics = stories.stream().map(io.storywire.core.model.Story::topicOf).distinct().sorted()
                    .toList();
            out.put("p4_query", new QueryLoadBench(env, query).run(full, stories,
                    keysOf(full, full.topics().articles()), topics));
        }
        return out;
    }

    /** The keys of every record on a topic (read to its end). */
    private List<String> keysOf(StorywireConfig cfg, String topic) {
        Set<String> keys = java.util.concurrent.ConcurrentHashMap.newKeySet();
        long records = env.probe.records(topic);
        try (OutputWatch watch = new OutputWatch(cfg.kafkaClientProperties(), env.partitions(List.of(topic)),
                (r, at) -> {
                    if (r.key() != null) {
                        keys.add(new String(r.key(), java.nio.charset.StandardCharsets.UTF_8));
                    }
                })) {
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (watch.count() < records && System.nanoTime() < deadline) {
                BenchEnv.sleep(100);
            }
        }
        return new ArrayList<>(new java.util.TreeSet<>(keys));
    }

    static Group group(StorywireConfig cfg, String stage) {
        String input = switch (stage) {
            case "ingest" -> cfg.topics().ingest();
            case "enrich" -> cfg.topics().articles();
            default -> cfg.topics().enriched();
        };
        return new Group(stage, StreamsSettings.applicationId(cfg, stage), List.of(input));
    }

    private AutoCloseable identity(StorywireConfig cfg, String outTopic) {
        StreamsBuilder b = new StreamsBuilder();
        b.stream(cfg.topics().ingest(), Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()))
                .to(outTopic, Produced.with(Serdes.ByteArray(), Serdes.ByteArray()));
        // the stages' own Streams settings (guarantee, commit interval, linger), under an application id of its own
        KafkaStreams ks = new KafkaStreams(b.build(), StreamsSettings.of(cfg, "identity", null));
        ks.start();
        return ks;
    }

    /**
     * Starts a run, samples its groups' lag every half second until every group has drained (three samples in a
     * row at 0 and no output for two seconds), stops it, and returns its times and rate.
     */
    private Map<String, Object> measure(String label, StorywireConfig cfg, Supplier<AutoCloseable> start,
                                        List<Group> groups, List<String> outputs, int slack,
                                        List<Map<String, Object>> timeline) {
        env.log("%s: %s starting", cfg.processingGuarantee(), label);
        Map<String, Object> result = new LinkedHashMap<>();
        long timeoutNanos = Math.max(180, articles.size() / 2) * 1_000_000_000L;
        Set<String> keys = java.util.concurrent.ConcurrentHashMap.newKeySet();
        // on the stories topic, the stories whose latest record ends them (merged into another, or expired): P4 asks
        // for live ones only, which answer 200 (a key's records come in order, on one partition)
        Set<String> ended = java.util.concurrent.ConcurrentHashMap.newKeySet();
        try (OutputWatch watch = new OutputWatch(cfg.kafkaClientProperties(), env.partitions(outputs), (r, at) -> {
            String key = r.key() == null ? "" : new String(r.key(), java.nio.charset.StandardCharsets.UTF_8);
            keys.add(key);
            if (r.value() == null
                    || new String(r.value(), java.nio.charset.StandardCharsets.UTF_8).contains("\"mergedInto\":\"")) {
                ended.add(key);
            } else {
                ended.remove(key);
            }
        })) {
            long t0 = System.nanoTime();
            AutoCloseable running = start.get();
            try {
                int drainedSamples = 0;
                long lastLog = t0;
                while (true) {
                    BenchEnv.sleep(500);
                    long now = System.nanoTime();
                    Map<String, Object> sample = new LinkedHashMap<>();
                    sample.put("t", round((now - t0) / 1e9));
                    long total = 0;
                    for (Group g : groups) {
                        long lag = env.probe.lag(g.group(), g.inputs(), slack).values().stream()
                                .mapToLong(Long::longValue).sum();
                        sample.put(g.stage(), lag);
                        total += lag;
                    }
                    if (timeline != null) {
                        timeline.add(sample);
                    }
                    if (now - lastLog > 15_000_000_000L) {
                        env.log("  %s %.0f s: lag %s, %d outputs", label, (now - t0) / 1e9, sample, watch.count());
                        lastLog = now;
                    }
                    drainedSamples = total == 0 ? drainedSamples + 1 : 0;
                    boolean quiet = watch.count() > 0 && now - watch.lastNanos() > 2_000_000_000L;
                    if (drainedSamples >= 3 && quiet) {
                        break;
                    }
                    if (now - t0 > timeoutNanos) {
                        result.put("timed_out", true);
                        env.log("  %s: timed out with lag %s", label, sample);
                        break;
                    }
                }
            } finally {
                try {
                    running.close();
                } catch (Exception e) {
                    env.log("  closing %s failed: %s", label, e);
                }
            }
            double startup = (watch.firstNanos() - t0) / 1e9;
            double busy = Math.max(1e-3, (watch.lastNanos() - watch.firstNanos()) / 1e9);
            result.put("startup_seconds", round(startup));
            result.put("seconds_first_to_last_output", round(busy));
            result.put("seconds_start_to_last_output", round((watch.lastNanos() - t0) / 1e9));
            result.put("output_records", watch.count());
            // on the stories topic: the stories formed (merged ones included)
            result.put("distinct_output_keys", keys.size());
            lastKeys = new java.util.HashSet<>(keys);
            lastKeys.removeAll(ended);
            result.put("articles_per_s", round(articles.size() / busy));
            // start-up included: fairer where output comes in few large transactions (exactly_once_v2)
            result.put("articles_per_s_from_start", round(articles.size() / Math.max(1e-3,
                    (watch.lastNanos() - t0) / 1e9)));
            // the machine is shared: how busy it was says how far to trust the figure
            result.put("load_average_1m", PipelineBenchmark.loadAverage());
            env.log("%s: %s: %d articles in %.1f s after %.1f s start-up: %.1f articles/s (%d output records)",
                    cfg.processingGuarantee(), label, articles.size(), busy, startup, articles.size() / busy,
                    watch.count());
        }
        return result;
    }

    /**
     * The stage where articles wait: each stage's mean lag over the run, in articles (its lag over the records per
     * article its inputs received), the largest named.
     */
    private Map<String, Object> bottleneck(StorywireConfig cfg, List<Map<String, Object>> timeline) {
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Double> meanArticlesWaiting = new LinkedHashMap<>();
        String worst = null;
        double worstValue = -1;
        for (String s : STAGES) {
            Group g = group(cfg, s);
            long inputRecords = g.inputs().stream().mapToLong(env.probe::records).sum();
            double perArticle = Math.max(1e-9, inputRecords / (double) articles.size());
            double mean = timeline.stream().mapToLong(m -> ((Number) m.getOrDefault(s, 0L)).longValue()).average()
                    .orElse(0) / perArticle;
            meanArticlesWaiting.put(s, round(mean));
            if (mean > worstValue) {
                worstValue = mean;
                worst = s;
            }
        }
        out.put("mean_articles_waiting", meanArticlesWaiting);
        out.put("stage", worst);
        return out;
    }

    /** Records and bytes the pipeline wrote to Kafka, per article, by kind of topic. */
    private Map<String, Object> footprint(StorywireConfig cfg) {
        Set<String> topics = env.probe.topics(cfg.topics().prefix());
        topics.remove(cfg.topics().ingest());
        Map<String, Long> sizes = env.probe.sizes(topics);
        Map<String, Map<String, Object>> byTopic = new TreeMap<>();
        Map<String, long[]> byKind = new TreeMap<>();
        long topicRecords = 0;
        for (String t : topics) {
            long records = env.probe.records(t);
            long size = sizes.getOrDefault(t, 0L);
            String kind = t.endsWith("-changelog") ? "changelog" : t.endsWith("-repartition") ? "repartition"
                    : "output";
            if (t.startsWith(cfg.topics().prefix() + ".topic.")) {
                topicRecords += records;
            }
            byTopic.put(t, Map.of("records", records, "bytes_on_disk", size, "kind", kind));
            long[] k = byKind.computeIfAbsent(kind, x -> new long[2]);
            k[0] += records;
            k[1] += size;
            byKind.computeIfAbsent("all", x -> new long[2])[0] += records;
            byKind.get("all")[1] += size;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Object> perArticle = new LinkedHashMap<>();
        byKind.forEach((kind, v) -> perArticle.put(kind, Map.of(
                "records", round(v[0] / (double) articles.size()),
                "bytes_on_disk", Math.round(v[1] / (double) articles.size()))));
        out.put("per_article", perArticle);
        // an article tagged with k topics is clustered k times: the target counts the aggregate's changelog
        // records per article per topic
        String aggregateApp = StreamsSettings.applicationId(cfg, "aggregate") + "-";
        long aggregateChangelog = byTopic.entrySet().stream()
                .filter(e -> e.getKey().startsWith(aggregateApp) && e.getKey().endsWith("-changelog"))
                .mapToLong(e -> ((Number) e.getValue().get("records")).longValue()).sum();
        out.put("topic_assignments", topicRecords);
        out.put("aggregate_changelog_records_per_article_per_topic",
                round(aggregateChangelog / (double) Math.max(1, topicRecords)));
        out.put("by_topic", byTopic);
        out.put("note", "records: sum of end offsets (transaction markers included under exactly_once_v2); bytes: "
                + "log size at the end, a lower bound of what was written (repartition topics are purged after "
                + "each commit, changelogs may be compacted)");
        return out;
    }

    static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
