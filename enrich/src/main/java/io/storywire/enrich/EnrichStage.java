package io.storywire.enrich;

import io.storywire.core.config.StorywireConfig;
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
    private Admin admin;
    private KafkaStreams streams;
    private TaxonomyWatcher watcher;
    private Thread watcherThread;

    public EnrichStage(StorywireConfig cfg) {
        this.cfg = cfg;
        this.enricher = Enricher.fromConfig(cfg);
    }

    /** Ids of the configured (file) taxonomy, so the launcher can create their streams up front. */
    public static List<String> topicIds(StorywireConfig cfg) {
        return Taxonomy.load(cfg.taxonomyFile()).ids();
    }

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
        NameModel.warmUp();
        streams = new KafkaStreams(EnrichTopology.build(cfg.topics(), enricher), StreamsSettings.of(cfg, "enrich", null));
        ThreadReplacement.install(streams, "enrich");
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

    public boolean running() {
        return streams != null && streams.state().isRunningOrRebalancing();
    }

    public KafkaStreams.State state() {
        return streams == null ? KafkaStreams.State.CREATED : streams.state();
    }

    @Override
    public void close() {
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
