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
 * Per-article cost of each stage's own work, on one thread, without Kafka: parsing a scraped page, enriching it, and
 * clustering through the real aggregate topology. Inputs are the seeds (2-7 KB scraped pages) and the labelled
 * story set; nothing is tuned to them.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure per-article time of parse, enrich and cluster on one thread.")
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--seconds", description = "Measuring time per stage (after as long a warm-up).")
    int seconds = 5;

    @Option(names = "--seeds", description = "Scraped pages to parse and enrich.")
    Path seeds = Path.of("seeds");

    @Option(names = "--stories", description = "Labelled story set to cluster.")
    Path stories = Path.of("eval-data/stories.jsonl");

    @Option(names = "--rate", description = "Articles per second for the end-to-end latency run.")
    int rate = 20;

    @Override
    public Integer call() throws IOException, InterruptedException {
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
