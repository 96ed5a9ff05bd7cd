package io.storywire.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.storywire.app.Pipeline.Stage;
import io.storywire.broker.EmbeddedKafkaBroker;
import io.storywire.core.config.StorywireConfig;
import io.storywire.enrich.EnrichStage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The broker goes away mid-stream and comes back on the same address with the same data, as a broker restart in
 * production: the stages (in this JVM) and the generator's producer wait and retry, and afterwards every article
 * is on every stream exactly once (exactly_once_v2: no copy from a retried transaction), in one story per topic,
 * and every store the aggregate serves agrees with the stories.
 */
class BrokerRestartTest {

    private static final int ARTICLES = 600;

    @TempDir
    Path tmp;

    @Test
    void shouldLoseAndDuplicateNothingWhenTheBrokerRestartsMidStream() throws Exception {
        long t0 = System.nanoTime();
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(tmp.resolve("kafka"), 0)) {
            StorywireConfig cfg = StorywireConfig.load(null, Map.of(
                    "bootstrap.servers", broker.bootstrapServers(),
                    "data.dir", tmp.resolve("data").toString(),
                    "http.port", "0",
                    "topic.partitions", "2",
                    "commit.interval.ms", "100",
                    // the generated events span months: with expiry on, older events' stories would expire mid-run
                    // (by the topic's clock), and this run checks that nothing is lost
                    "aggregate.story.idle.expiry.ms", "0",
                    // the check reads each story's articles from its records on the stories topic: list them all
                    "aggregate.story.articles.max", "1000000",
                    "processing.guarantee", "exactly_once_v2"));
            List<String> topicIds = EnrichStage.topicIds(cfg);
            try (Pipeline pipeline = Pipeline.start(cfg, EnumSet.allOf(Stage.class));
                 PipelineOutputs outputs = new PipelineOutputs(cfg, topicIds);
                 StageProgress progress = new StageProgress(cfg)) {
                ArticleStream stream = new ArticleStream(cfg, 7L);
                // a third sent and the pipeline under way: the broker goes; the next third is sent while it is
                // down (the producer holds and retries it); the broker comes back; the last third follows
                stream.send(0, ARTICLES / 3, 100);
                progress.awaitWritten("ingest", 50, Duration.ofMinutes(3));
                broker.stop();
                double stoppedAt = (System.nanoTime() - t0) / 1e9;
                // with every broker gone the producer forgets its metadata (rebootstrap) and send() blocks until
                // the broker answers again: the middle third goes from another thread
                CompletableFuture<Void> whileDown = CompletableFuture.runAsync(
                        () -> stream.send(ARTICLES / 3, 2 * ARTICLES / 3, 100));
                // down long enough that every client's requests fail and go into retry
                StageCrashTest.sleep(3000);
                broker.restart();
                whileDown.get(3, TimeUnit.MINUTES);
                double restartedAt = (System.nanoTime() - t0) / 1e9;
                stream.send(2 * ARTICLES / 3, ARTICLES, 100);
                stream.awaitAcknowledged();
                stream.close();

                PipelineConsistency checker = new PipelineConsistency();
                long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
                PipelineConsistency.Report report;
                while (true) {
                    boolean last = System.nanoTime() > deadline;
                    report = checker.check(outputs.snapshot(), ARTICLES, pipeline.url(), last);
                    if (report.ok() || last) {
                        break;
                    }
                    StageCrashTest.sleep(1000);
                }
                PipelineOutputs.Snapshot last = outputs.snapshot();
                System.out.printf("BrokerRestartTest: broker stopped at %.1f s, restarted at %.1f s,"
                        + " consistent at %.1f s%n  %s%n", stoppedAt, restartedAt, (System.nanoTime() - t0) / 1e9, report);
                assertThat(report.ok()).as("after a broker restart: %s", report).isTrue();
                assertThat(last.articleRecords()).as("records on storywire.articles (distinct ids %d)",
                        last.articleIds().size()).isEqualTo(ARTICLES);
                assertThat(last.articleIds()).hasSize(ARTICLES);
                assertThat(last.enrichedRecords()).as("records on storywire.enriched").isEqualTo(ARTICLES);
            }
        }
    }
}
