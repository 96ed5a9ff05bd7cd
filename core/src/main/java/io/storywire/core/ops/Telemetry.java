package io.storywire.core.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

/**
 * The JVM's one metrics registry, scraped at {@code /metrics} in Prometheus text format, and the Storywire series
 * recorded into it (all named {@code storywire_*}). One registry per process rather than one per stage: in
 * {@code run} all stages share the one server, and every series that differs between stages carries a
 * {@code stage} tag.
 */
public final class Telemetry {

    /** The ways an article comes in, as {@code storywire_articles_in_total{way=...}} reports them. */
    public static final Set<String> WAYS_IN = Set.of("http", "drop", "cli", "kafka", "file", "feed");

    private static final PrometheusMeterRegistry REGISTRY = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private static final java.util.Map<String, Counter> ARTICLES_IN = new java.util.concurrent.ConcurrentHashMap<>();

    /** Whether the per-store RocksDB series of Kafka Streams ({@code kafka_stream_state_*}) are exposed. */
    public static final String STATE_STORE_METRICS = "metrics.state.stores";

    private static volatile boolean configured;

    private Telemetry() {
    }

    /**
     * Applies the process's metrics settings; the first call wins. Without {@code metrics.state.stores=true} the
     * RocksDB series of every store, task and partition are left out: they are four fifths of a scrape (about 2,300
     * of 4,100 samples, 880 KB, with the seeds loaded) and matter only when tuning RocksDB.
     */
    public static synchronized void configure(boolean stateStoreMetrics) {
        if (configured) {
            return;
        }
        configured = true;
        if (!stateStoreMetrics) {
            REGISTRY.config().meterFilter(io.micrometer.core.instrument.config.MeterFilter
                    .denyNameStartsWith("kafka.stream.state"));
        }
    }

    public static MeterRegistry registry() {
        return REGISTRY;
    }

    /** Every series in Prometheus text format 0.0.4. */
    public static String scrape() {
        return REGISTRY.scrape();
    }

    /** One article published by ingest, by the way it came in (the article's {@code origin}). */
    public static void articleIn(String origin) {
        String way = origin == null ? "unknown" : origin.toLowerCase(Locale.ROOT);
        ARTICLES_IN.computeIfAbsent(WAYS_IN.contains(way) ? way : "other", w -> Counter.builder("storywire.articles.in")
                .description("Articles ingest published, by the way they came in").tag("way", w).register(REGISTRY))
                .increment();
    }

    /** One dead letter written, by the stage that wrote it and its reason code. */
    public static void deadLetter(String stage, String reason) {
        Counter.builder("storywire.dead.letters").description("Dead letters written, by stage and reason")
                .tag("stage", stage == null ? "unknown" : stage).tag("reason", reason == null ? "unknown" : reason)
                .register(REGISTRY).increment();
    }

    /**
     * Registered once, on first use (after the meter filters are set): a builder per record would allocate an id and
     * a histogram config on the hot path.
     */
    private static final class Timers {
        static final Timer PARSE = histogram("storywire.parse", "Time to parse one raw payload into articles");
        static final Timer ENRICH = histogram("storywire.enrich", "Time to enrich one article");
        static final Timer CLUSTER = histogram("storywire.cluster",
                "Time to cluster one article into the stories of one topic");
    }

    /** Time to parse one raw payload into articles (ingest). */
    public static Timer parseTime() {
        return Timers.PARSE;
    }

    /** Time to enrich one article (entities and topics). */
    public static Timer enrichTime() {
        return Timers.ENRICH;
    }

    /** Time to cluster one article into its stories, one topic. */
    public static Timer clusterTime() {
        return Timers.CLUSTER;
    }

    private static Timer histogram(String name, String description) {
        return Timer.builder(name).description(description).publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofSeconds(30))
                .register(REGISTRY);
    }
}
