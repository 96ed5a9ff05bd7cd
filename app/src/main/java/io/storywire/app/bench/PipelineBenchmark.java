package io.storywire.app.bench;

import io.storywire.broker.EmbeddedKafkaBroker;
import io.storywire.core.serde.Json;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The benchmark of {@code ./storywire bench}: generated articles through the real stages on an embedded broker,
 * with same-run baselines (P1), end-to-end latency at offered rates (P2), clustering cost against stories held
 * (P3), the memory of the whole stack over a steady run (P5), written as Markdown, JSON and an SVG chart.
 */
public final class PipelineBenchmark {

    /** What to run; the defaults are the full benchmark. */
    public static final class Options {
        public static final String DEFAULT_QUERY_SERVER_JVM = QueryLoadBench.DEFAULT_SERVER_JVM;
        public static final String DEFAULT_QUERY_GENERATOR_JVM = QueryLoadBench.DEFAULT_GENERATOR_JVM;
        public int articles = 20_000;
        public List<String> guarantees = List.of("at_least_once", "exactly_once_v2");
        public List<Integer> rates = List.of(50, 500);
        public int latencySeconds = 10;
        public List<Integer> storiesHeld = List.of(1_000, 10_000, 100_000);
        public int clusterSamples = 500;
        /** P3: articles through a throw-away clusterer first, so the first point is not timed on a cold JIT. */
        public int clusterWarmUp = 20_000;
        public int partitions = 3;
        /** P4 requests/s against the query API after the first guarantee's pipeline run; 0: none. */
        public int queryRate = 1000;
        public int querySeconds = 10;
        /** P4: further rates offered after {@link #queryRate} on the same server, to find what it sustains. */
        public List<Integer> querySweep = List.of();
        /** P4: JVM options of the query server's own process (the aggregate started again on P1's state). */
        public String queryServerJvm = DEFAULT_QUERY_SERVER_JVM;
        /** P4: JVM options of the load generator's own process. */
        public String queryGeneratorJvm = DEFAULT_QUERY_GENERATOR_JVM;
        public long seed = 19;
        public Path out = Path.of("target", "bench");
        public boolean throughput = true;
        public boolean latency = true;
        public boolean clustering = true;
        /** P5: the whole stack's memory while articles arrive at {@link #soakRate} for {@link #soakSeconds}. */
        public boolean soak = true;
        public int soakRate = 20;
        public int soakSeconds = 600;
        /** P4 runs after P1's pipeline run, so only with P1. */
        public boolean query = true;
        public Map<String, String> settings = Map.of();
        /** When set, P1 reads real articles from this dev-set folder instead of generating them. */
        public Path devsets;
    }

    private PipelineBenchmark() {
    }

    /** Runs the selected parts and writes report.md, report.json and report.svg to {@code options.out}. */
    public static Map<String, Object> run(Options o, PrintStream log) throws IOException {
        QueryLoadBench.boundClientConnectionPool();
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("command", "./storywire bench");
        report.put("started", Instant.now().toString());
        report.put("machine", machine());
        report.put("load_average_1m_at_start", loadAverage());
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("articles", o.articles);
        options.put("guarantees", o.guarantees);
        options.put("rates", o.rates);
        options.put("latency_seconds", o.latencySeconds);
        options.put("stories_held", o.storiesHeld);
        options.put("partitions", o.partitions);
        options.put("query_rate", o.query ? o.queryRate : 0);
        options.put("query_seconds", o.querySeconds);
        options.put("query_sweep", o.querySweep);
        options.put("query_server_jvm", o.queryServerJvm);
        options.put("query_generator_jvm", o.queryGeneratorJvm);
        options.put("soak_rate", o.soak ? o.soakRate : 0);
        options.put("soak_seconds", o.soakSeconds);
        options.put("seed", o.seed);
        options.put("settings", o.settings);
        report.put("options", options);

        // P2 generates its own articles as it sends; only P1 needs the pre-filled input
        List<String> articles = !o.throughput ? List.of()
                : o.devsets != null ? devsetInput(o, report) : generatedInput(o, report);
        if (o.throughput || o.latency || o.soak) {
            onBroker(o, articles, report, log);
        }
        if (o.clustering) {
            report.put("p3_clustering", new ClusterCostBench(o.seed, o.storiesHeld, o.clusterSamples, o.clusterWarmUp,
                    log).run());
        }
        report.put("memory_at_end", memory());
        report.put("finished", Instant.now().toString());
        report.put("load_average_1m_at_end", loadAverage());

        write(o, report);
        log.println("[bench] report written to " + o.out.toAbsolutePath() + " (report.md, report.json, report.svg)");
        return report;
    }

    private static List<String> generatedInput(Options o, Map<String, Object> report) {
        ArticleGenerator gen = new ArticleGenerator(o.seed);
        List<String> articles = new ArrayList<>(o.articles);
        long bodyBytes = 0;
        int untagged = 0;
        for (int i = 0; i < o.articles; i++) {
            ArticleGenerator.Generated g = gen.next();
            articles.add(g.json());
            bodyBytes += g.body().length();
            untagged += g.topic().isEmpty() ? 1 : 0;
        }
        report.put("input", Map.of("articles", o.articles, "stories", gen.storiesOpened(),
                "mean_body_bytes", o.articles == 0 ? 0 : bodyBytes / o.articles,
                "untagged_share", o.articles == 0 ? 0 : ThroughputBench.round(untagged / (double) o.articles),
                "source", "generated from templates and word lists (ArticleGenerator), seed " + o.seed));
        return articles;
    }

    private static List<String> devsetInput(Options o, Map<String, Object> report) throws IOException {
        List<String> articles = DevsetArticles.read(o.devsets, o.articles);
        long bytes = articles.stream().mapToLong(String::length).sum();
        report.put("input", Map.of("articles", articles.size(),
                "mean_json_bytes", articles.isEmpty() ? 0 : bytes / articles.size(),
                "source", "real articles read at run time from " + o.devsets.resolve(DevsetArticles.REUTERS)
                        + " (dev set, not shipped)"));
        return articles;
    }

    /** Writes what has been measured so far: a long run interrupted keeps its finished parts. */
    static void write(Options o, Map<String, Object> report) throws IOException {
        Files.createDirectories(o.out);
        Files.writeString(o.out.resolve("report.json"), Json.MAPPER.writerWithDefaultPrettyPrinter()
                .writeValueAsString(report), StandardCharsets.UTF_8);
        Files.writeString(o.out.resolve("report.md"), BenchReport.markdown(report), StandardCharsets.UTF_8);
        Files.writeString(o.out.resolve("report.svg"), BenchReport.svg(report), StandardCharsets.UTF_8);
    }

    /** P1 (with P4) and P2: on one embedded broker in a temporary folder, removed afterwards. */
    private static void onBroker(Options o, List<String> articles, Map<String, Object> report, PrintStream log)
            throws IOException {
        Path tmp = Files.createTempDirectory("storywire-bench-");
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(tmp.resolve("kafka"), 0);
             BenchEnv env = new BenchEnv(broker.bootstrapServers(), tmp, o.partitions, o.settings, log)) {
            if (o.throughput) {
                Map<String, Object> p1 = new LinkedHashMap<>();
                for (String g : o.guarantees) {
                    boolean first = g.equals(o.guarantees.get(0));
                    QueryLoadBench.Options query = first && o.query && o.queryRate > 0
                            ? new QueryLoadBench.Options(o.queryRate, o.querySeconds, o.querySweep, o.queryServerJvm,
                                    o.queryGeneratorJvm, o.out)
                            : null;
                    p1.put(g, new ThroughputBench(env, articles, query).run(g, shortName(g)));
                    report.put("p1_throughput", p1);
                    write(o, report);
                }
                report.put("p1_throughput", p1);
                write(o, report);
            }
            if (o.latency) {
                Map<String, Object> p2 = new LinkedHashMap<>();
                for (String g : o.guarantees) {
                    Map<String, Object> byRate = new LinkedHashMap<>();
                    for (int rate : o.rates) {
                        byRate.put(String.valueOf(rate), new LatencyBench(env, o.seed + rate, rate, o.latencySeconds)
                                .run(g, shortName(g) + "-r" + rate));
                    }
                    p2.put(g, byRate);
                }
                report.put("p2_latency", p2);
                write(o, report);
            }
            if (o.soak) {
                report.put("p5_memory", new MemorySoakBench(env, o.seed + 5, o.soakRate, o.soakSeconds)
                        .run(o.guarantees.get(0)));
                write(o, report);
            }
        } finally {
            delete(tmp);
        }
    }

    /** The 1-minute load average (/proc/loadavg), or -1 where there is none. */
    static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    static String shortName(String guarantee) {
        return guarantee.startsWith("exactly_once") ? "eos" : "alo";
    }

    private static Map<String, Object> machine() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cores", Runtime.getRuntime().availableProcessors());
        m.put("max_heap_mb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        // glibc's arena limit moves the resident set by tens of MB (P5), so a report says which one it ran with
        m.put("malloc_arena_max", System.getenv().getOrDefault("MALLOC_ARENA_MAX", "glibc default"));
        m.put("java", System.getProperty("java.vm.name") + " " + Runtime.version());
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        try {
            String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("?");
            m.put("cpu", cpu);
        } catch (IOException | RuntimeException e) {
            m.put("cpu", "?");
        }
        return m;
    }

    /**
     * P5 as far as one process tells it: resident and peak memory of this JVM (broker and every stage ran in it),
     * from /proc/self/status.
     */
    static Map<String, Object> memory() {
        Map<String, Object> m = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:") || line.startsWith("VmHWM:")) {
                    long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
                    m.put(line.startsWith("VmRSS") ? "rss_mb" : "peak_rss_mb", kb / 1024);
                }
            }
        } catch (IOException | RuntimeException e) {
            m.put("error", "no /proc/self/status: " + e.getMessage());
        }
        Runtime rt = Runtime.getRuntime();
        m.put("heap_used_mb", (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024));
        m.put("note", "one JVM: the embedded broker, every stage and the benchmark itself");
        return m;
    }

    private static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp dir left behind is harmless
        }
    }
}
