package io.storywire.app;

import io.storywire.aggregate.AggregateStage;
import io.storywire.core.config.StorywireConfig;
import io.storywire.core.http.HttpPolicy;
import io.storywire.enrich.EnrichStage;
import io.storywire.ingest.IngestStage;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stages this JVM runs, with the embedded broker when no cluster is configured and the one HTTP server they
 * share. Started in data-flow order and closed in reverse, so nothing produces into a stopped stage.
 */
final class Pipeline implements AutoCloseable {

    enum Stage { INGEST, ENRICH, AGGREGATE }

    private static final Logger log = LoggerFactory.getLogger(Pipeline.class);

    private final Deque<AutoCloseable> running = new ArrayDeque<>();
    private final CountDownLatch closed = new CountDownLatch(1);
    private StorywireConfig cfg;
    private String url;

    private Pipeline(StorywireConfig cfg) {
        this.cfg = cfg;
    }

    static Pipeline start(StorywireConfig cfg, Set<Stage> stages) {
        Pipeline pipeline = new Pipeline(cfg);
        try {
            pipeline.startAll(EnumSet.copyOf(stages));
            return pipeline;
        } catch (RuntimeException e) {
            pipeline.close();
            throw e;
        }
    }

    private void startAll(EnumSet<Stage> stages) {
        // what this process really runs with, secrets masked: the first thing to compare when two instances differ
        log.info("effective configuration (defaults, --config file, STORYWIRE_* environment, -Dstorywire.*, "
                + "options):\n{}", cfg.describe());
        if (cfg.embeddedBroker()) {
            // the embedded broker lives in the tools launcher, not in the service artifact
            LocalBroker broker = ServiceLoader.load(LocalBroker.Provider.class).findFirst()
                    .orElseThrow(() -> new IllegalStateException("bootstrap.servers is empty and this artifact has "
                            + "no embedded broker: give a cluster (-b HOST:PORT or STORYWIRE_BOOTSTRAP_SERVERS), or "
                            + "use the tools launcher (./storywire run)"))
                    .start(cfg);
            running.push(broker);
            cfg = cfg.with("bootstrap.servers", broker.bootstrapServers());
        }
        List<String> taxonomy = EnrichStage.topicIds(cfg);
        TopicSetup.ensureTopics(cfg, taxonomy);
        if (cfg.list(AggregateStage.CONFIGURED_TOPICS).isEmpty()) {
            cfg = cfg.with(AggregateStage.CONFIGURED_TOPICS, String.join(",", taxonomy));
        }

        IngestStage ingest = stages.contains(Stage.INGEST) ? new IngestStage(cfg) : null;
        EnrichStage enrich = stages.contains(Stage.ENRICH) ? new EnrichStage(cfg) : null;
        AggregateStage aggregate = stages.contains(Stage.AGGREGATE) ? new AggregateStage(cfg) : null;

        String server = null;
        HttpServer http = null;
        if (ingest != null || aggregate != null) {
            http = new HttpServer(HttpPolicy.from(cfg), app -> {
                if (ingest != null) {
                    ingest.registerRoutes(app);
                }
                if (aggregate != null) {
                    aggregate.registerRoutes(app);
                }
            });
            running.push(http);
            String bound = http.start(cfg.httpHost(), cfg.httpPort());
            server = cfg.advertisedServer().isBlank() ? bound : cfg.advertisedServer();
            if (!server.startsWith("127.") && !server.startsWith("localhost") && cfg.httpHost().startsWith("127.")) {
                log.warn("peers are told to reach this instance at {}, but it listens on {} only: set http.host "
                        + "(e.g. 0.0.0.0)", server, bound);
            }
            url = "http://" + bound;
        }
        if (aggregate != null) {
            running.push(aggregate);
            aggregate.start(server);
        }
        if (enrich != null) {
            running.push(enrich);
            enrich.start();
        }
        if (ingest != null) {
            running.push(ingest);
            ingest.start();
        }
        if (http != null) {
            // closed first: no request may arrive at a stage that is stopping
            running.remove(http);
            running.push(http);
        }
    }

    /** The config as running: with the embedded broker's address when one was started. */
    StorywireConfig config() {
        return cfg;
    }

    /** Base URL of the HTTP server, or null when no stage here serves HTTP. */
    String url() {
        return url;
    }

    /** Closes everything on Ctrl-C, SIGTERM or System.exit. */
    Pipeline closeOnShutdown() {
        Runtime.getRuntime().addShutdownHook(new Thread(this::close, "storywire-shutdown"));
        return this;
    }

    /** Blocks until the pipeline is closed. */
    void awaitClosed() throws InterruptedException {
        closed.await();
    }

    @Override
    public void close() {
        while (!running.isEmpty()) {
            AutoCloseable c = running.pop();
            try {
                c.close();
            } catch (Exception e) {
                log.warn("closing {} failed", c.getClass().getSimpleName(), e);
            }
        }
        closed.countDown();
    }
}
