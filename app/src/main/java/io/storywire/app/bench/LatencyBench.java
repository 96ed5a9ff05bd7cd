package io.storywire.app.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.storywire.app.BenchStages;
import io.storywire.core.config.StorywireConfig;
import io.storywire.core.serde.Json;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.producer.KafkaProducer;

/**
 * P2: from producing an article to the raw topic to the first story event on the stories topic that lists it, with
 * the whole pipeline running, at a steady offered rate. Articles the taxonomy leaves untagged join no story and are
 * not counted. Each title ends with the article's number, which is how an event is matched to its article.
 */
final class LatencyBench {

    private static final int WARM_UP = 30;

    private final BenchEnv env;
    private final long seed;
    private final int rate;
    private final int seconds;

    LatencyBench(BenchEnv env, long seed, int rate, int seconds) {
        this.env = env;
        this.seed = seed;
        this.rate = rate;
        this.seconds = seconds;
    }

    Map<String, Object> run(String guarantee, String tag) {
        StorywireConfig cfg = env.config("bench-" + tag + "-latency", guarantee);
        env.ensureTopics(cfg);
        Map<Integer, Long> heard = new ConcurrentHashMap<>();
        Map<Integer, Long> sent = new ConcurrentHashMap<>();
        ArticleGenerator gen = new ArticleGenerator(seed).numberTitles();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("offered_articles_per_s", rate);
        env.log("%s: latency at %d articles/s starting", guarantee, rate);
        try (OutputWatch watch = new OutputWatch(cfg.kafkaClientProperties(),
                env.partitions(List.of(cfg.topics().stories())), (r, at) -> titles(r.value(), heard, at));
             BenchStages stages = BenchStages.start(cfg, ThroughputBench.STAGES);
             KafkaProducer<byte[], byte[]> producer = env.producer(cfg, 0)) {
            // warm-up: models loaded, tasks assigned, the first stories out
            List<Integer> warm = new ArrayList<>();
            for (int i = 0; i < WARM_UP; i++) {
                ArticleGenerator.Generated g = gen.next();
                warm.add(g.n());
                producer.send(BenchEnv.raw(cfg, g.json()));
            }
            producer.flush();
            long warmDeadline = System.nanoTime() + 180_000_000_000L;
            while (warm.stream().filter(heard::containsKey).count() < WARM_UP / 3 && System.nanoTime() < warmDeadline) {
                BenchEnv.sleep(200);
            }
            BenchEnv.sleep(2000);

            List<ArticleGenerator.Generated> measured = new ArrayList<>();
            int count = rate * seconds;
            long interval = 1_000_000_000L / rate;
            long start = System.nanoTime();
            for (int i = 0; i < count; i++) {
                ArticleGenerator.Generated g = gen.next();
                long due = start + i * interval;
                long wait = due - System.nanoTime();
                if (wait > 1_000_000) {
                    BenchEnv.sleep(wait / 1_000_000);
                }
                while (System.nanoTime() < due) {
                    Thread.onSpinWait();
                }
                sent.put(g.n(), System.nanoTime());
                producer.send(BenchEnv.raw(cfg, g.json()));
                measured.add(g);
            }
            producer.flush();
            double sendSeconds = (System.nanoTime() - start) / 1e9;
            out.put("sent", count);
            out.put("achieved_send_rate", ThroughputBench.round(count / sendSeconds));
            List<Integer> tagged = measured.stream().filter(g -> !g.topic().isEmpty()).map(ArticleGenerator.Generated::n)
                    .toList();
            // drain: until every tagged article was heard of, or nothing new for 30 s (some the taxonomy misses)
            long lastProgress = System.nanoTime();
            long heardBefore = -1;
            // a pipeline that cannot keep up is not waited for past four minutes: what was not heard is reported
            long deadline = System.nanoTime() + 240_000_000_000L;
            while (System.nanoTime() < deadline) {
                long h = tagged.stream().filter(heard::containsKey).count();
                if (h == tagged.size()) {
                    break;
                }
                if (h != heardBefore) {
                    heardBefore = h;
                    lastProgress = System.nanoTime();
                } else if (System.nanoTime() - lastProgress > 30_000_000_000L) {
                    break;
                }
                BenchEnv.sleep(250);
            }
            List<double[]> pairs = new ArrayList<>();
            long firstSent = Long.MAX_VALUE;
            long lastHeard = 0;
            for (ArticleGenerator.Generated g : measured) {
                Long h = heard.get(g.n());
                if (h != null) {
                    pairs.add(new double[] {g.n(), (h - sent.get(g.n())) / 1e6});
                    firstSent = Math.min(firstSent, sent.get(g.n()));
                    lastHeard = Math.max(lastHeard, h);
                }
            }
            out.put("tagged_sent", tagged.size());
            out.put("heard", pairs.size());
            double[] ms = pairs.stream().mapToDouble(p -> p[1]).sorted().toArray();
            out.put("latency_ms", percentiles(ms));
            if (pairs.size() > 1) {
                double processed = pairs.size() / ((lastHeard - firstSent) / 1e9);
                double taggedOffered = tagged.size() / sendSeconds;
                out.put("story_events_per_s", ThroughputBench.round(processed));
                out.put("tagged_offered_per_s", ThroughputBench.round(taggedOffered));
                // latency that grows from the first tenth of the run to the last: a queue building up
                int tenth = Math.max(1, pairs.size() / 10);
                double early = median(pairs.subList(0, tenth));
                double late = median(pairs.subList(pairs.size() - tenth, pairs.size()));
                out.put("early_p50_ms", ThroughputBench.round(early));
                out.put("late_p50_ms", ThroughputBench.round(late));
                out.put("kept_up", late < 2 * early + 500 && processed >= 0.9 * taggedOffered);
            } else {
                out.put("kept_up", false);
            }
            out.put("load_average_1m", PipelineBenchmark.loadAverage());
            env.log("%s: latency at %d articles/s: %s", guarantee, rate, out);
        }
        return out;
    }

    private static double median(List<double[]> pairs) {
        double[] v = pairs.stream().mapToDouble(p -> p[1]).sorted().toArray();
        return v[v.length / 2];
    }

    static Map<String, Object> percentiles(double[] sorted) {
        Map<String, Object> p = new LinkedHashMap<>();
        if (sorted.length == 0) {
            return p;
        }
        double[] s = sorted.clone();
        Arrays.sort(s);
        for (int q : new int[] {50, 90, 99}) {
            p.put("p" + q, ThroughputBench.round(s[Math.min(s.length - 1, (int) Math.ceil(s.length * q / 100.0) - 1)]));
        }
        p.put("max", ThroughputBench.round(s[s.length - 1]));
        p.put("mean", ThroughputBench.round(Arrays.stream(s).average().orElse(0)));
        return p;
    }

    /** Notes the arrival time of every numbered title a story event lists (first time only). */
    private static void titles(byte[] value, Map<Integer, Long> heard, long at) {
        if (value == null) {
            return;
        }
        try {
            walk(Json.MAPPER.readTree(value), heard, at);
        } catch (java.io.IOException e) {
            // not JSON: not a story event of ours
        }
    }

    private static void walk(JsonNode node, Map<Integer, Long> heard, long at) {
        if (node.isObject()) {
            JsonNode title = node.get("title");
            if (title != null && title.isTextual()) {
                int n = ArticleGenerator.titleNumber(title.asText());
                if (n >= 0) {
                    heard.putIfAbsent(n, at);
                }
            }
            node.elements().forEachRemaining(c -> walk(c, heard, at));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(c -> walk(c, heard, at));
        }
    }
}
