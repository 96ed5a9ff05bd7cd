package io.storywire.ingest;

import io.storywire.ingest.settings.IngestSettings;
import io.storywire.ingest.publish.RawPublisher;
import io.storywire.ingest.file.FileIngest;
import io.javalin.Javalin;
import io.storywire.core.config.StorywireConfig;
import io.storywire.core.ops.OpsRoutes;
import io.storywire.core.ops.StageHealth;
import io.storywire.core.streams.BoundedRocksDbConfig;
import io.storywire.core.streams.StreamsSettings;
import io.storywire.core.streams.ThreadReplacement;
import io.storywire.ingest.dedup.NearDuplicateDetector;
import io.storywire.ingest.drop.DropFolderWatcher;
import io.storywire.ingest.http.ArticleRoutes;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.kafka.streams.KafkaStreams;

/**
 * The ingest stage as the launcher runs it: the Streams app (raw topic -> articles), {@code POST /articles} and,
 * when {@code ingest.drop.dir} is set, the drop-folder watcher.
 */
public final class IngestStage implements AutoCloseable {

    private final StorywireConfig cfg;
    private final IngestSettings settings;
    private final StageHealth health;
    private RawPublisher publisher;
    private KafkaStreams streams;
    private DropFolderWatcher watcher;
    private boolean closed;

    public IngestStage(StorywireConfig cfg) {
        this.cfg = cfg;
        this.settings = IngestSettings.from(cfg);
        this.health = StageHealth.of(cfg, "ingest");
    }

    /** Liveness and readiness of this stage. */
    public StageHealth health() {
        return health;
    }

    /** Adds {@code POST /articles} and the stage's health and metrics; call before {@code app.start()}. */
    public void registerRoutes(Javalin app) {
        new ArticleRoutes(settings, this::publisher).register(app);
        OpsRoutes.on(app).add(health);
    }

    public synchronized void start() {
        if (streams != null) {
            return;
        }
        int bandGroups = cfg.getInt("ingest.dedup.band.groups");
        java.util.Properties props = StreamsSettings.of(cfg, "ingest", null);
        // duplicate detection keeps its window stores in RocksDB: one instance per segment, many per task
        BoundedRocksDbConfig.configure(props, "ingest", cfg.getInt("ingest.rocksdb.cache.mb"),
                cfg.getInt("ingest.rocksdb.write.buffer.mb"));
        streams = new KafkaStreams(IngestTopology.build(cfg.topics(), settings, bandGroups), props);
        ThreadReplacement.install(streams, "ingest", cfg);
        health.watch(streams, props);
        streams.start();
        Path drop = cfg.dropDir();
        if (drop != null) {
            watcher = new DropFolderWatcher(drop, new FileIngest(settings, publisher()), settings.clock(),
                    DropFolderWatcher.settle(cfg.asMap()));
            watcher.start();
        }
    }

    public synchronized boolean running() {
        if (streams == null) {
            return false;
        }
        KafkaStreams.State s = streams.state();
        return s == KafkaStreams.State.RUNNING || s == KafkaStreams.State.REBALANCING;
    }

    /**
     * The producer is made on first use, so routes can be registered before the broker is up; once the stage is
     * closed there is none, and HTTP ingest answers 503 rather than accept what nobody will send.
     */
    synchronized RawPublisher publisher() {
        if (closed) {
            throw new IllegalStateException("ingest is stopping");
        }
        if (publisher == null) {
            publisher = new RawPublisher(cfg);
        }
        return publisher;
    }

    @Override
    public synchronized void close() {
        closed = true;
        health.close();
        if (watcher != null) {
            watcher.close();
            watcher = null;
        }
        if (streams != null) {
            streams.close(Duration.ofSeconds(10));
            streams = null;
        }
        if (publisher != null) {
            publisher.close();
            publisher = null;
        }
    }
}
