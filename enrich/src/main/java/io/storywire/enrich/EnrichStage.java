package io.storywire.enrich;

import io.storywire.core.config.StorywireConfig;
import io.storywire.core.ops.StageHealth;
import io.storywire.core.streams.StreamsSettings;
import io.storywire.core.streams.ThreadReplacement;
import io.storywire.enrich.entity.NameModel;
import io.storywire.enrich.topic.Taxonomy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.streams.KafkaStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The enrich stage as the launcher runs it: creates the taxonomy topic and the per-topic streams, seeds the taxonomy
 * topic from the file when it is empty, runs the Streams app, and creates the stream of any topic added later.
 */
public final class EnrichStage implements AutoCloseable {

    /** When to publish the file taxonomy to the taxonomy topic: "if-empty" (default) or "always". */
    public static final String PUBLISH_CONFIG = "enrich.taxonomy.publish";

    private static final Logger log = LoggerFactory.getLogger(EnrichStage.class);

    private final StorywireConfig cfg;
    private final Enricher enricher;
    private final StageHealth health;
    private Admin admin;
    private KafkaStreams streams;
    private TaxonomyWatcher watcher;
    private Thread watcherThread;

    public EnrichStage(StorywireConfig cfg) {
        this.cfg = cfg;
        this.enricher = Enricher.fromConfig(cfg);
        this.health = StageHealth.of(cfg, "enrich");
    }

    /** Liveness and readiness of this stage. */
    public StageHealth health() {
        return health;
    }

    /** Ids of the configured (file) taxonomy, so the launcher can create their streams up front. */
    public static List<String> topicIds(StorywireConfig cfg) {
        return Taxonomy.load(cfg.taxonomyFile()).ids();
    }

    /** How long start() waits for the streams of the topics already on the taxonomy topic. */
    static final Duration TAXONOMY_WAIT = Duration.ofSeconds(30);

    /**
     * Prepares the taxonomy topic and the topic streams, then starts Streams. No article is enriched before the
     * taxonomy topic's content at that moment is in force: the file taxonomy is published (when the topic is empty)
     * and acknowledged before Streams starts, and {@link KafkaStreams#start()} returns only after the global
     * taxonomy table has read the topic to its end, before any stream thread runs. Later changes to the topic take
     * effect a little after they are written (the global table follows asynchronously). The stream of every topic on
     * the taxonomy topic is created before Streams starts too (waiting at most {@link #TAXONOMY_WAIT}, with a warning
     * past it).
     */
    public void start() {
        admin = Admin.create(cfg.kafkaClientProperties());
        TaxonomyPublisher publisher = new TaxonomyPublisher(cfg, admin);
        try {
            publisher.ensureTaxonomyTopic();
            publisher.ensureTopicStreams(enricher.taxonomy().ids());
            if (publisher.publish(enricher.taxonomy(), publishAlways(cfg))) {
                log.info("published the file taxonomy {} to {}", enricher.taxonomy().ids(), cfg.topics().taxonomy());
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot prepare the taxonomy topics: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while preparing the taxonomy topics", e);
        }
        watcher = new TaxonomyWatcher(cfg, publisher);
        watcherThread = new Thread(watcher, "enrich-taxonomy-watcher");
        watcherThread.setDaemon(true);
        watcherThread.start();
        // the recogniser's model takes seconds to load: before the first article, not while articles queue behind it
        // (and meanwhile the watcher reads the taxonomy topic)
        NameModel.warmUp();
        try {
            if (!watcher.awaitCaughtUp(TAXONOMY_WAIT)) {
                log.warn("the streams of the topics on {} were not all in place after {} s; starting anyway: an "
                        + "article tagged with a topic whose stream is still missing cannot be written until it "
                        + "exists", cfg.topics().taxonomy(), TAXONOMY_WAIT.toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the taxonomy topic", e);
        }
        java.util.Properties props = StreamsSettings.of(cfg, "enrich", null);
        streams = new KafkaStreams(EnrichTopology.build(cfg.topics(), enricher, maxRecordBytes(cfg)), props);
        ThreadReplacement.install(streams, "enrich", cfg);
        health.watch(streams, props);
        streams.start();
    }

    /**
     * {@code enrich.taxonomy.publish}: {@code if-empty} (default) seeds the taxonomy topic from the file once, after
     * which the topic is the taxonomy; {@code always} republishes the file's topics on every start, so an edited file
     * takes effect (topics added live are kept).
     */
    static boolean publishAlways(StorywireConfig cfg) {
        String v = cfg.get(PUBLISH_CONFIG);
        return v.equalsIgnoreCase("always");
    }

    /** {@code enrich.max.record.bytes}: the largest enriched record written; larger ones are trimmed. */
    static int maxRecordBytes(StorywireConfig cfg) {
        return cfg.getInt(EnrichTopology.MAX_RECORD_BYTES_CONFIG);
    }

    public boolean running() {
        return streams != null && streams.state().isRunningOrRebalancing();
    }

    public KafkaStreams.State state() {
        return streams == null ? KafkaStreams.State.CREATED : streams.state();
    }

    @Override
    public void close() {
        health.close();
        if (streams != null) {
            streams.close(Duration.ofSeconds(10));
        }
        if (watcher != null) {
            watcher.stop();
            try {
                watcherThread.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (admin != null) {
            admin.close(Duration.ofSeconds(5));
        }
    }
}
