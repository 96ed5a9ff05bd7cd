package io.storywire.app;

import io.storywire.eval.replay.OfflineReplay;
import io.storywire.aggregate.cluster.ClusterSettings;
import io.storywire.core.config.StorywireConfig;
import io.storywire.core.model.Article;
import io.storywire.core.model.EnrichedArticle;
import io.storywire.enrich.Enricher;
import io.storywire.ingest.settings.IngestSettings;
import io.storywire.ingest.parse.ArticleParser;
import io.storywire.ingest.parse.RawMeta;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The pipeline benchmark ({@link io.storywire.app.bench.PipelineBenchmark}, docs/benchmarks.md) and, with
 * {@code --micro}, the per-article cost of each stage's own work on one thread without Kafka: parsing a scraped page,
 * enriching it, and clustering through the real aggregate topology. The micro inputs are the seeds (2-7 KB scraped
 * pages) and the labelled story set; nothing is tuned to them.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Pipeline benchmark on the embedded broker (P1 throughput with same-run baselines, P2 latency, "
                + "P3 clustering cost, P4 query latency, P5 memory), written as Markdown, JSON and SVG to --out; "
                + "--micro: the older per-article time of parse, enrich and cluster on one thread.")
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--articles", description = "Articles pre-filled for P1 (default ${DEFAULT-VALUE}).")
    int articles = 20_000;

    @Option(names = "--guarantees", split = ",", description = "Processing guarantees to run P1 and P2 under "
            + "(default ${DEFAULT-VALUE}).")
    List<String> guarantees = List.of("at_least_once", "exactly_once_v2");

    @Option(names = "--rates", split = ",", description = "Offered articles/s of P2 (default ${DEFAULT-VALUE}).")
    List<Integer> rates = List.of(50, 500);

    @Option(names = "--latency-seconds", description = "How long P2 sends at each rate (default ${DEFAULT-VALUE}).")
    int latencySeconds = 10;

    @Option(names = "--stories-held", split = ",", description = "P3 store sizes, in stories (default "
            + "${DEFAULT-VALUE}).")
    List<Integer> storiesHeld = List.of(1_000, 10_000, 100_000);

    @Option(names = "--partitions", description = "Partitions of the pipeline's topics (default ${DEFAULT-VALUE}).")
    int partitions = 3;

    @Option(names = "--seed", description = "Seed of the article generator (default ${DEFAULT-VALUE}).")
    long seed = 19;

    @Option(names = "--only", split = ",", description = "Parts to run: p1, p2, p3, p4, p5 (p4 needs p1; default: "
            + "all).")
    List<String> only = List.of("p1", "p2", "p3", "p4", "p5");

    @Option(names = "--soak-rate", description = "P5: offered articles/s (default ${DEFAULT-VALUE}).")
    int soakRate = 20;

    @Option(names = "--soak-minutes", description = "P5: how long articles are sent (default ${DEFAULT-VALUE}).")
    int soakMinutes = 10;

    @Option(names = "--query-rate", description = "P4 requests/s against the query API (default ${DEFAULT-VALUE}).")
    int queryRate = 1000;

    @Option(names = "--query-sweep", split = ",", description = "P4: further request rates to offer after "
            + "--query-rate, each for --query-seconds on the same server; the report gives p50/p90/p99 per rate and "
            + "the highest with p99 <= 10 ms (default: none).")
    List<Integer> querySweep = List.of();

    @Option(names = "--query-jvm", description = "P4: JVM options of the query server, which runs as a process of "
            + "its own (default \"${DEFAULT-VALUE}\").")
    String queryJvm = io.storywire.app.bench.PipelineBenchmark.Options.DEFAULT_QUERY_SERVER_JVM;

    @Option(names = "--query-generator-jvm", description = "P4: JVM options of the load generator, also a process "
            + "of its own (default \"${DEFAULT-VALUE}\").")
    String queryGeneratorJvm = io.storywire.app.bench.PipelineBenchmark.Options.DEFAULT_QUERY_GENERATOR_JVM;

    @Option(names = "--query-seconds", description = "How long P4 sends (default ${DEFAULT-VALUE}).")
    int querySeconds = 10;

    @Option(names = {"-s", "--set"}, description = "A setting for every stage, key=value (repeatable).")
    java.util.Map<String, String> settings = new java.util.LinkedHashMap<>();

    @Option(names = "--devsets", description = "P1 input: real articles from this dev-set folder (e.g. "
            + "../shared/devsets, read at run time, never shipped) instead of generated ones.")
    Path devsets;

    @Option(names = "--out", description = "Report directory (default ${DEFAULT-VALUE}).")
    Path out = Path.of("target", "bench");

    @Option(names = "--micro", description = "Run the older one-thread per-stage timings instead.")
    boolean micro;

    @Option(names = "--seconds", description = "--micro: measuring time per stage (after as long a warm-up).")
    int seconds = 5;

    @Option(names = "--seeds", description = "--micro: scraped pages to parse and enrich.")
    Path seeds = Path.of("seeds");

    @Option(names = "--stories", description = "--micro: labelled story set to cluster.")
    Path stories = Path.of("eval-data/stories.jsonl");

    @Option(names = "--rate", description = "--micro: articles per second for the end-to-end latency run.")
    int rate = 20;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (!micro) {
            io.storywire.app.bench.PipelineBenchmark.Options o = new io.storywire.app.bench.PipelineBenchmark.Options();
            o.articles = articles;
            o.guarantees = guarantees;
            o.rates = rates;
            o.latencySeconds = latencySeconds;
            o.storiesHeld = storiesHeld;
            o.partitions = partitions;
            o.seed = seed;
            o.out = out;
            o.throughput = only.contains("p1");
            o.latency = only.contains("p2");
            o.clustering = only.contains("p3");
            o.query = only.contains("p4");
            o.soak = only.contains("p5");
            o.soakRate = soakRate;
            o.soakSeconds = soakMinutes * 60;
            o.queryRate = queryRate;
            o.querySeconds = querySeconds;
            o.querySweep = querySweep;
            o.queryServerJvm = queryJvm;
            o.queryGeneratorJvm = queryGeneratorJvm;
            o.settings = settings;
            o.devsets = devsets;
            io.storywire.app.bench.PipelineBenchmark.run(o, System.out);
            return 0;
        }
        return micro();
    }

    private int micro() throws IOException, InterruptedException {
        StorywireConfig cfg = StorywireConfig.load();
        List<byte[]> pages = new ArrayList<>();
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path f : files.sorted().toList()) {
                pages.add(Files.readAllBytes(f));
            }
        }
        ArticleParser parser = new ArticleParser(IngestSettings.from(cfg));
        RawMeta meta = RawMeta.of("text/plain", "cli", "bench.txt", Instant.now());
        List<Article> parsed = pages.stream().map(p -> parser.parse(p, meta).articles().get(0)).toList();
        double kb = pages.stream().mapToInt(p -> p.length).average().orElse(0) / 1024;

        System.out.printf("Per-article time on one thread (./storywire bench), %s, %d cores%n",
                System.getProperty("java.vm.name") + " " + Runtime.version(), Runtime.getRuntime().availableProcessors());
        report(String.format("parse scraped page (%.1f KB avg)", kb), pages, p -> parser.parse(p, meta));

        Enricher enricher = Enricher.withDefaults();
        report(String.format("enrich article (%.1f KB avg)", kb), parsed, enricher::enrich);
        // the statistical name recogniser alone (CoreNLP CRF, the bulk of enrich's cost since it replaced the rules)
        io.storywire.enrich.entity.NameModel names = new io.storywire.enrich.entity.NameModel();
        report(String.format("  of which: name recogniser, CoreNLP CRF (%.1f KB avg)", kb), parsed,
                a -> names.find(java.util.Map.of("title", a.title(), "body", a.body() == null ? "" : a.body())));

        List<EnrichedArticle> enriched = io.storywire.eval.stories.GoldArticle.read(stories).stream()
                .map(g -> enricher.enrich(g.article())).toList();
        ClusterSettings settings = ClusterSettings.defaults();
        List<List<EnrichedArticle>> batch = List.of(enriched);
        double[] perArticle = time(batch, b -> OfflineReplay.articleStories(b, settings));
        for (int i = 0; i < perArticle.length; i++) {
            perArticle[i] /= enriched.size();
        }
        print(String.format("cluster, real topology in TopologyTestDriver (%d articles per replay)", enriched.size()),
                perArticle);

        System.out.printf("End to end on the embedded broker, raw topic to server-sent event, %d articles/s:%n", rate);
        List<io.storywire.eval.stories.GoldArticle> gold = io.storywire.eval.stories.GoldArticle.read(stories);
        print(String.format("article produced -> story event (%d articles)", gold.size()),
                new PipelineLatencyBench(gold, rate).run());
        return 0;
    }

    private <T> void report(String what, List<T> inputs, Consumer<T> work) {
        print(what, time(inputs, work));
    }

    /** Runs the work over the inputs for a warm-up, then measures each call for {@link #seconds}. */
    private <T> double[] time(List<T> inputs, Consumer<T> work) {
        long warmUntil = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < warmUntil) {
            inputs.forEach(work);
        }
        List<Long> samples = new ArrayList<>();
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < until) {
            for (T input : inputs) {
                long t0 = System.nanoTime();
                work.accept(input);
                samples.add(System.nanoTime() - t0);
            }
        }
        return samples.stream().mapToDouble(ns -> ns / 1e6).toArray();
    }

    private static void print(String what, double[] ms) {
        if (ms.length == 0) {
            System.out.printf("  %-72s no samples%n", what);
            return;
        }
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        System.out.printf("  %-72s n=%7d  mean %7.3f ms  p50 %7.3f ms  p99 %7.3f ms%n", what, sorted.length,
                Arrays.stream(sorted).average().orElse(0), sorted[sorted.length / 2],
                sorted[(int) Math.min(sorted.length - 1, Math.floor(sorted.length * 0.99))]);
    }
}
