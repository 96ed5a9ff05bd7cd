package io.storywire.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.storywire.broker.EmbeddedKafkaBroker;
import io.storywire.core.config.StorywireConfig;
import io.storywire.enrich.EnrichStage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The three stages as separate OS processes against one embedded broker in this JVM; a generator streams 1,200
 * distinct articles into the raw topic while each stage is killed with SIGKILL at seeded random moments (after a
 * random amount of its own output since it last started, plus a random delay), three times, and restarted at once on
 * its data directory. At the end every article must be on every stream, in exactly one story per topic it was
 * tagged with, and every store the aggregate serves must agree with the stories ({@link PipelineConsistency}).
 * Under exactly_once_v2 the articles and enriched streams must also hold each article exactly once.
 *
 * <p>The seed is printed; {@code -Dstorywire.test.crash.seed=N} replays a run's kill schedule (the moments still depend
 * on the machine's speed).
 */
class StageCrashTest {

    static final int ARTICLES = 1200;
    static final int KILLS_PER_STAGE = 3;

    @TempDir
    Path tmp;

    private final List<String> events = Collections.synchronizedList(new ArrayList<>());
    private long t0;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"at_least_once", "exactly_once_v2"})
    void shouldLoseNothingAndKeepEveryStoreConsistentWhenEachStageIsKilled(String guarantee) throws Exception {
        Assumptions.assumeTrue(System.getProperty("storywire.test.crash.guarantees", guarantee).contains(guarantee),
                "guarantee not selected by storywire.test.crash.guarantees");
        long seed = Long.getLong("storywire.test.crash.seed", 18L + guarantee.hashCode());
        t0 = System.nanoTime();
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(tmp.resolve("kafka"), 0)) {
            StorywireConfig cfg = StorywireConfig.load(null, Map.of(
                    "bootstrap.servers", broker.bootstrapServers(),
                    "topic.partitions", "2",
                    "processing.guarantee", guarantee));
            List<String> topicIds = EnrichStage.topicIds(cfg);
            TopicSetup.ensureTopics(cfg, topicIds);
            int apiPort = freePort();
            List<StageProcess> stages = List.of(
                    stage("ingest", cfg, guarantee, 0, "256m", true),
                    stage("enrich", cfg, guarantee, 0, "512m", false),
                    stage("aggregate", cfg, guarantee, apiPort, "256m", true));
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try (PipelineOutputs outputs = new PipelineOutputs(cfg, topicIds);
                 StageProgress progress = new StageProgress(cfg)) {
                stages.forEach(StageProcess::start);
                Future<?> generator = pool.submit(() -> ArticleStream.send(cfg, seed, ARTICLES, 200));
                List<Future<?>> killers = new ArrayList<>();
                for (StageProcess stage : stages) {
                    Random random = new Random(seed * 31 + stage.stage().hashCode());
                    killers.add(pool.submit(() -> killRepeatedly(stage, progress, random)));
                }
                generator.get(5, TimeUnit.MINUTES);
                note("generator sent " + ARTICLES + " articles");
                for (Future<?> k : killers) {
                    k.get(5, TimeUnit.MINUTES);
                }
                PipelineConsistency checker = new PipelineConsistency();
                PipelineConsistency.Report report = awaitConsistent(outputs, checker,
                        "http://127.0.0.1:" + apiPort, Duration.ofMinutes(3));
                PipelineOutputs.Snapshot last = outputs.snapshot();
                List<Integer> missing = new ArrayList<>();
                for (int n = 0; n < ARTICLES; n++) {
                    if (last.articleIdsByUrl().getOrDefault(NewsGenerator.url(n), java.util.Set.of()).isEmpty()) {
                        missing.add(n);
                    }
                }
                if (!missing.isEmpty()) {
                    // where the lost articles stopped: every topic, internal ones included, that holds their URL
                    note("lost articles by topic: " + RecordTrace.where(cfg, missing.subList(0,
                            Math.min(10, missing.size()))));
                }
                System.out.printf("StageCrashTest %s seed %d in %.1f s%n  %s%n  %s%n", guarantee, seed, seconds(),
                        String.join("\n  ", events), report);
                assertThat(report.ok()).as("after %d kills of each stage under %s (seed %d):%n%s%nlogs:%n%s",
                        KILLS_PER_STAGE, guarantee, seed, report, tails(stages)).isTrue();
                if (guarantee.equals("exactly_once_v2")) {
                    // committed output only: a record of an aborted transaction must never be seen downstream
                    assertThat(last.articleRecords()).as("records on storywire.articles").isEqualTo(ARTICLES);
                    assertThat(last.enrichedRecords()).as("records on storywire.enriched").isEqualTo(ARTICLES);
                }
            } finally {
                stages.forEach(StageProcess::close);
                pool.shutdownNow();
            }
        }
    }

    private void killRepeatedly(StageProcess stage, StageProgress progress, Random random) {
        progress.awaitWritten(stage.stage(), 1, Duration.ofMinutes(3));
        note("first output of " + stage.stage());
        for (int k = 1; k <= KILLS_PER_STAGE; k++) {
            long before = progress.written(stage.stage());
            long step = 30 + random.nextInt(150);
            progress.awaitWritten(stage.stage(), before + step, Duration.ofMinutes(3));
            sleep(random.nextInt(400));
            stage.kill();
            note("kill -9 " + stage.stage() + " #" + k + " after +" + (progress.written(stage.stage()) - before)
                    + " output records");
            stage.start();
        }
    }

    private PipelineConsistency.Report awaitConsistent(PipelineOutputs outputs, PipelineConsistency checker,
                                                       String api, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        PipelineConsistency.Report report;
        while (true) {
            boolean last = System.nanoTime() > deadline;
            report = checker.check(outputs.snapshot(), ARTICLES, api, last);
            if (report.ok() || last) {
                note("consistency " + (report.ok() ? "reached" : "NOT reached"));
                return report;
            }
            sleep(1000);
        }
    }

    private StageProcess stage(String name, StorywireConfig cfg, String guarantee, int httpPort, String heap,
                               boolean quickJit) {
        List<String> jvm = new ArrayList<>(List.of("-Xmx" + heap, "-XX:+UseSerialGC"));
        if (quickJit) {
            // ingest and aggregate do little per article: start-up time matters more than peak speed
            jvm.add("-XX:TieredStopAtLevel=1");
        }
        List<String> args = List.of("-b", cfg.bootstrapServers(),
                "--data-dir", tmp.resolve(name).toString(),
                "--http-port", String.valueOf(httpPort),
                "-s", "topic.partitions=" + cfg.partitions(),
                "-s", "processing.guarantee=" + guarantee,
                "-s", "commit.interval.ms=100",
                // the generated events span months: with expiry on, older events' stories would expire mid-run
                "-s", "aggregate.story.idle.expiry.ms=0",
                // the check reads each story's articles from its records on the stories topic: list them all
                "-s", "aggregate.story.articles.max=1000000",
                // a killed member leaves no goodbye: the group waits a session timeout before it rebalances
                "-s", "kafka.session.timeout.ms=6000",
                "-s", "kafka.heartbeat.interval.ms=1000");
        return new StageProcess(name, jvm, args, tmp.resolve(name + ".log"));
    }

    private void note(String event) {
        events.add(String.format("%6.1f s  %s", seconds(), event));
    }

    private double seconds() {
        return (System.nanoTime() - t0) / 1e9;
    }

    private static String tails(List<StageProcess> stages) {
        StringBuilder b = new StringBuilder();
        stages.forEach(s -> b.append("--- ").append(s.stage()).append('\n').append(s.tail(30)).append('\n'));
        return b.toString();
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
