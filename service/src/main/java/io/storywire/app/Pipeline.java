package io.storywire.app;

import io.storywire.aggregate.AggregateStage;
import io.storywire.core.config.StorywireConfig;
import io.storywire.core.http.HttpPolicy;
import io.storywire.core.ops.OpsRoutes;
import io.storywire.core.ops.StageHealth;
import io.storywire.enrich.EnrichStage;
import io.storywire.ingest.IngestStage;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stages this JVM runs, with the embedded broker when no cluster is configured and the one HTTP server they
 * share. Started in data-flow order and closed in reverse, so nothing produces into a stopped stage.
 *
 * <p>Every HTTP server here answers {@code /health/live}, {@code /health/ready} and {@code /metrics} for the stages
 * of this JVM. Run as separate stages ({@code storywire stage ...}), ingest and enrich also get a small server of
 * their own with only those routes, on {@code ingest.ops.port} and {@code enrich.ops.port} (0: none), so an
 * orchestrator can probe each stage and Prometheus scrape it away from the public ingest port.
 */
final class Pipeline implements AutoCloseable {

    enum Stage { INGEST, ENRICH, AGGREGATE }

    /** Port of the ingest stage's own health and metrics server when run as a separate stage; 0: none. */
    static final String INGEST_OPS_PORT = "ingest.ops.port";
    /** Port of the enrich stage's own health and metrics server when run as a separate stage; 0: none. */
    static final String ENRICH_OPS_PORT = "enrich.ops.port";

    private static final Logger log = LoggerFactory.getLogger(Pipeline.class);

    private final Deque<AutoCloseable> running = new ArrayDeque<>();
    private final CountDownLatch closed = new CountDownLatch(1);
    private final Map<Stage, StageHealth> health = new EnumMap<>(Stage.class);
    private final Map<Stage, String> opsUrls = new EnumMap<>(Stage.class);
    private StorywireConfig cfg;
    private String url;

    private Pipeline(StorywireConfig cfg) {
        this.cfg = cfg;
    }

    static Pipeline start(StorywireConfig cfg, Set<Stage> stages) {
        return start(cfg, stages, false);
    }

    /**
     * @param separateStages true for {@code storywire stage}: ingest and enrich open their own ops ports when set;
     *                       false for {@code run}, where every stage shares the one server
     */
    static Pipeline start(StorywireConfig cfg, Set<Stage> stages, boolean separateStages) {
        Pipeline pipeline = new Pipeline(cfg);
        try {
            pipeline.startAll(EnumSet.copyOf(stages), separateStages);
            return pipeline;
        } catch (RuntimeException e) {
            pipeline.close();
            throw e;
        }
    }

    private void startAll(EnumSet<Stage> stages, boolean separateStages) {
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
        if (ingest != null) {
            health.put(Stage.INGEST, ingest.health());
        }
        if (enrich != null) {
            health.put(Stage.ENRICH, enrich.health());
        }
        if (aggregate != null) {
            health.put(Stage.AGGREGATE, aggregate.health());
        }

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
                if (enrich != null) {
                    OpsRoutes.on(app).add(enrich.health());
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
        if (separateStages) {
            if (ingest != null) {
                startOpsServer(Stage.INGEST, cfg.getInt(INGEST_OPS_PORT));
            }
            if (enrich != null) {
                startOpsServer(Stage.ENRICH, cfg.getInt(ENRICH_OPS_PORT));
            }
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

    /** A server with only the health and metrics routes of one stage; none when the port is 0. */
    private void startOpsServer(Stage stage, int port) {
        if (port <= 0) {
            return;
        }
        HttpServer ops = new HttpServer(HttpPolicy.from(cfg), app -> OpsRoutes.on(app).add(health.get(stage)));
        running.push(ops);
        opsUrls.put(stage, "http://" + ops.start(cfg.httpHost(), port));
        log.info("{} health and metrics on {}", stage.name().toLowerCase(java.util.Locale.ROOT), opsUrls.get(stage));
    }

    /** Base URL of a stage's own health and metrics server, or null when it has none. */
    String opsUrl(Stage stage) {
        return opsUrls.get(stage);
    }

    /** Health of a stage this JVM runs, or null. */
    StageHealth health(Stage stage) {
        return health.get(stage);
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
