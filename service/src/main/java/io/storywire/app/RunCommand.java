package io.storywire.app;

import io.storywire.app.Pipeline.Stage;
import io.storywire.core.config.StorywireConfig;
import io.storywire.ingest.load.BulkLoader;
import java.nio.file.Files;
import java.time.Duration;
import java.util.EnumSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The whole pipeline in one JVM: embedded broker unless a cluster is given, all stages, the seeds, the API. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run ingest, enrich and aggregate in this JVM, load the seeds and serve the query API.")
final class RunCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--no-seeds", description = "Do not load the seed articles.")
    boolean noSeeds;

    @Override
    public Integer call() throws Exception {
        StorywireConfig cfg = common.load();
        System.out.println(cfg.embeddedBroker()
                ? "Starting the embedded Kafka broker (KRaft) and the pipeline..."
                : "Starting the pipeline against " + cfg.bootstrapServers() + "...");
        Pipeline pipeline = Pipeline.start(cfg, EnumSet.allOf(Stage.class)).closeOnShutdown();
        StorywireConfig running = pipeline.config();
        System.out.println("Kafka bootstrap servers: " + running.bootstrapServers());

        int loaded = 0;
        if (!noSeeds && !Files.isDirectory(running.seedsDir())) {
            System.out.println("No seeds folder at " + running.seedsDir().toAbsolutePath()
                    + "; starting empty (set seeds.dir, or run from the project folder).");
        } else if (!noSeeds) {
            try (BulkLoader loader = new BulkLoader(running)) {
                loaded = loader.load(running.seedsDir(), System.out).published();
            }
        }
        StorySummary summary = new StorySummary(pipeline.url());
        summary.print(System.out, summary.awaitTopics(loaded > 0 ? 1 : 0, Duration.ofSeconds(90)));
        System.out.println("Query API: " + pipeline.url() + "/api/topics");
        System.out.println("Web page:  " + pipeline.url() + "/");
        System.out.println("Press Ctrl-C to stop.");
        pipeline.awaitClosed();
        return 0;
    }
}
