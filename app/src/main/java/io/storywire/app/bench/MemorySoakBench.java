package io.storywire.app.bench;

import io.storywire.app.BenchStages;
import io.storywire.core.config.StorywireConfig;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.KafkaProducer;

/**
 * P5: the memory of the whole stack (this JVM: the embedded broker, every stage, the benchmark) while the pipeline
 * takes articles at a steady rate for a fixed time. Every {@link #SAMPLE_SECONDS} it records the resident set
 * ({@code VmRSS}), the heap and non-heap in use, the stages' lag and the size of the stages' local state on disk.
 * Flat means the resident set of the second half of the run does not trend upwards: the least-squares slope of its
 * samples is reported in MB per minute beside the first and last values.
 */
final class MemorySoakBench {

    static final int SAMPLE_SECONDS = 10;

    private final BenchEnv env;
    private final long seed;
    private final int rate;
    private final int seconds;

    MemorySoakBench(BenchEnv env, long seed, int rate, int seconds) {
        this.env = env;
        this.seed = seed;
        this.rate = rate;
        this.seconds = seconds;
    }

    Map<String, Object> run(String guarantee) {
        StorywireConfig cfg = env.config("bench-soak", guarantee);
        env.ensureTopics(cfg);
        ArticleGenerator gen = new ArticleGenerator(seed);
        List<Map<String, Object>> samples = new ArrayList<>();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("guarantee", guarantee);
        out.put("offered_articles_per_s", rate);
        out.put("seconds", seconds);
        env.log("%s: memory soak at %d articles/s for %d s starting", guarantee, rate, seconds);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        try (BenchStages stages = BenchStages.start(cfg, ThroughputBench.STAGES);
             KafkaProducer<byte[], byte[]> producer = env.producer(cfg, 0)) {
            long interval = 1_000_000_000L / rate;
            long start = System.nanoTime();
            long end = start + seconds * 1_000_000_000L;
            long nextSample = start;
            int sent = 0;
            while (System.nanoTime() < end) {
                long now = System.nanoTime();
                if (now >= nextSample) {
                    samples.add(sample(cfg, memory, (now - start) / 1e9, sent));
                    env.log("  soak %s", samples.get(samples.size() - 1));
                    nextSample += SAMPLE_SECONDS * 1_000_000_000L;
                }
                long due = start + sent * interval;
                long wait = due - System.nanoTime();
                if (wait > 1_000_000) {
                    BenchEnv.sleep(Math.min(wait / 1_000_000, 200));
                    continue;
                }
                producer.send(BenchEnv.raw(cfg, gen.next().json()));
                sent++;
            }
            producer.flush();
            samples.add(sample(cfg, memory, (System.nanoTime() - start) / 1e9, sent));
            out.put("sent", sent);
        }
        out.put("samples", samples);
        out.putAll(summary(samples));
        out.put("load_average_1m", PipelineBenchmark.loadAverage());
        env.log("%s: memory soak: %s", guarantee, summary(samples));
        return out;
    }

    private Map<String, Object> sample(StorywireConfig cfg, MemoryMXBean memory, double seconds, int sent) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("s", ThroughputBench.round(seconds));
        s.put("sent", sent);
        s.put("rss_mb", PipelineBenchmark.memory().get("rss_mb"));
        s.put("heap_used_mb", memory.getHeapMemoryUsage().getUsed() / (1024 * 1024));
        // what the JVM holds for the heap: the resident set beyond it and non-heap is native (RocksDB, buffers)
        s.put("heap_committed_mb", memory.getHeapMemoryUsage().getCommitted() / (1024 * 1024));
        s.put("non_heap_used_mb", memory.getNonHeapMemoryUsage().getUsed() / (1024 * 1024));
        long waiting = 0;
        for (String stage : ThroughputBench.STAGES) {
            ThroughputBench.Group g = ThroughputBench.group(cfg, stage);
            waiting += env.probe.lag(g.group(), g.inputs(), 0).values().stream().mapToLong(Long::longValue).sum();
        }
        s.put("lag", waiting);
        s.put("state_mb", ThroughputBench.round(bytesUnder(cfg.dataDir()) / (1024.0 * 1024)));
        return s;
    }

    /**
     * First and last resident set, the peak, and the least-squares slope of the resident set over the second half of
     * the run, in MB per minute.
     */
    static Map<String, Object> summary(List<Map<String, Object>> samples) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (samples.isEmpty()) {
            return m;
        }
        m.put("rss_first_mb", samples.get(0).get("rss_mb"));
        m.put("rss_last_mb", samples.get(samples.size() - 1).get("rss_mb"));
        m.put("rss_peak_mb", samples.stream().mapToLong(s -> ((Number) s.get("rss_mb")).longValue()).max().orElse(0));
        List<Map<String, Object>> half = samples.subList(samples.size() / 2, samples.size());
        m.put("rss_slope_second_half_mb_per_min", ThroughputBench.round(slopePerMinute(half, "rss_mb")));
        m.put("state_slope_second_half_mb_per_min", ThroughputBench.round(slopePerMinute(half, "state_mb")));
        return m;
    }

    /** Least-squares slope of {@code field} against the sample time, per minute; 0 with fewer than two samples. */
    static double slopePerMinute(List<Map<String, Object>> samples, String field) {
        int n = samples.size();
        if (n < 2) {
            return 0;
        }
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (Map<String, Object> s : samples) {
            double x = ((Number) s.get("s")).doubleValue() / 60;
            double y = ((Number) s.get(field)).doubleValue();
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
        }
        double d = n * sxx - sx * sx;
        return d == 0 ? 0 : (n * sxy - sx * sy) / d;
    }

    private static long bytesUnder(Path dir) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0; // a file RocksDB removed while we walked
                }
            }).sum();
        } catch (IOException | java.io.UncheckedIOException e) {
            return 0;
        }
    }
}
