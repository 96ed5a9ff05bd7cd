package io.storywire.core.ops;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.storywire.core.config.StorywireConfig;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.ThreadMetadata;
import org.apache.kafka.streams.processor.StateRestoreListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Liveness and readiness of one stage's Kafka Streams app, its Streams metrics and consumer lag.
 *
 * <p>Live: the app is RUNNING with every configured stream thread alive, or on its way there (created, rebalancing)
 * for less than {@code health.live.not.running.max.ms}. ERROR, a shut-down app, a dead stream thread that was not
 * replaced, or a rebalance that never ends is not live: restarting the process is the cure.
 *
 * <p>Ready: live, RUNNING, no store restoring, the broker answering ({@link BrokerProbe}) and whatever the stage adds
 * (the aggregate: its stores queryable, its story feed reading).
 */
public final class StageHealth implements AutoCloseable {

    /** Longest a stage may be anything but RUNNING (starting, rebalancing) before it counts as not live. */
    public static final String NOT_RUNNING_MAX_MS = "health.live.not.running.max.ms";
    /** How long the broker check of readiness may take. */
    public static final String BROKER_TIMEOUT_MS = "health.broker.timeout.ms";
    /** How long a broker check's answer is reused. */
    public static final String BROKER_CACHE_MS = "health.broker.cache.ms";

    /** One check's answer: up or not, the Streams state, and why when not up. */
    public record Check(boolean up, String state, String detail) {
    }

    private static final Logger log = LoggerFactory.getLogger(StageHealth.class);

    private final String stage;
    private final long notRunningMaxNanos;
    private final BrokerProbe broker;
    private final AtomicInteger restoring = new AtomicInteger();
    private volatile BooleanSupplier stageReady = () -> true;
    private volatile KafkaStreams streams;
    private volatile int threads = 1;
    private volatile long stateSince = System.nanoTime();
    private volatile boolean closed;
    private KafkaStreamsMetrics binder;
    private Gauge lag;

    public StageHealth(String stage, Duration notRunningMax, BrokerProbe broker) {
        this.stage = stage;
        this.notRunningMaxNanos = notRunningMax.toNanos();
        this.broker = broker;
    }

    public static StageHealth of(StorywireConfig cfg, String stage) {
        Telemetry.configure(cfg.getBoolean(Telemetry.STATE_STORE_METRICS));
        return new StageHealth(stage, Duration.ofMillis(cfg.getLong(NOT_RUNNING_MAX_MS)),
                new BrokerProbe(cfg.kafkaClientProperties(), Duration.ofMillis(cfg.getLong(BROKER_TIMEOUT_MS)),
                        Duration.ofMillis(cfg.getLong(BROKER_CACHE_MS))));
    }

    public String stage() {
        return stage;
    }

    /** A further condition of readiness, checked after the Streams state. */
    public void readyAlso(BooleanSupplier condition) {
        this.stageReady = condition;
    }

    /**
     * Also tells {@code listener} of every state change of the watched app (Kafka Streams takes one state listener,
     * and this class is it): the aggregate's query path drops what it cached about the assignment on each change.
     */
    public void alsoOnStateChange(KafkaStreams.StateListener listener) {
        alsoOnChange.add(listener);
    }

    private final java.util.List<KafkaStreams.StateListener> alsoOnChange =
            new java.util.concurrent.CopyOnWriteArrayList<>();

    /**
     * Watches the app from now on; call before {@code streams.start()} (state and restore listeners can only be
     * set on an app not yet started).
     *
     * @param properties the app's Streams properties, for the number of stream threads it should have
     */
    public synchronized void watch(KafkaStreams ks, java.util.Properties properties) {
        Object n = properties.get(StreamsConfig.NUM_STREAM_THREADS_CONFIG);
        threads = n == null ? 1 : Integer.parseInt(n.toString());
        stateSince = System.nanoTime();
        ks.setStateListener((now, before) -> {
            stateSince = System.nanoTime();
            alsoOnChange.forEach(l -> l.onChange(now, before));
            // Kafka Streams logs the transition at INFO itself (logback.xml); this names the stage for debugging
            log.debug("{}: Kafka Streams state {} -> {}", stage, before, now);
        });
        ks.setGlobalStateRestoreListener(new StateRestoreListener() {
            @Override
            public void onRestoreStart(TopicPartition tp, String store, long start, long end) {
                restoring.incrementAndGet();
            }

            @Override
            public void onBatchRestored(TopicPartition tp, String store, long batchEnd, long restored) {
            }

            @Override
            public void onRestoreEnd(TopicPartition tp, String store, long total) {
                restoring.decrementAndGet();
            }

            @Override
            public void onRestoreSuspended(TopicPartition tp, String store, long restored) {
                restoring.decrementAndGet();
            }
        });
        streams = ks;
        binder = new KafkaStreamsMetrics(ks, List.of(Tag.of("stage", stage)));
        binder.bindTo(Telemetry.registry());
        lag = Gauge.builder("storywire.consumer.lag", ks, StageHealth::consumerLag)
                .description("Records the stage's consumers are behind the end of their input partitions")
                .tag("stage", stage).register(Telemetry.registry());
    }

    /** The watched app, null before {@link #watch}; for tests that stop its threads. */
    public KafkaStreams streams() {
        return streams;
    }

    public Check live() {
        KafkaStreams ks = streams;
        if (closed) {
            return new Check(false, "CLOSED", "the stage is stopping");
        }
        boolean overdue = System.nanoTime() - stateSince > notRunningMaxNanos;
        if (ks == null) {
            return overdue ? new Check(false, "STARTING", "not started after " + seconds() + " s")
                    : new Check(true, "STARTING", null);
        }
        KafkaStreams.State state = ks.state();
        switch (state) {
            case RUNNING: {
                long alive = ks.metadataForLocalThreads().stream().map(ThreadMetadata::threadState)
                        .filter(s -> !s.equals("DEAD") && !s.equals("PENDING_SHUTDOWN")).count();
                if (alive < threads) {
                    return new Check(false, state.name(), alive + " of " + threads + " stream threads alive");
                }
                return new Check(true, state.name(), null);
            }
            case CREATED:
            case REBALANCING:
                return overdue ? new Check(false, state.name(), "not RUNNING for more than " + seconds() + " s")
                        : new Check(true, state.name(), null);
            default:
                return new Check(false, state.name(), "Kafka Streams is " + state);
        }
    }

    public Check ready() {
        KafkaStreams ks = streams;
        if (closed || ks == null) {
            return new Check(false, closed ? "CLOSED" : "STARTING", "not started");
        }
        Check live = live();
        if (!live.up()) {
            return live;
        }
        KafkaStreams.State state = ks.state();
        if (state != KafkaStreams.State.RUNNING) {
            return new Check(false, state.name(), "Kafka Streams is " + state);
        }
        if (restoring.get() > 0) {
            return new Check(false, state.name(), restoring.get() + " store partition(s) restoring");
        }
        if (!broker.reachable()) {
            return new Check(false, state.name(), broker.detail());
        }
        if (!stageReady.getAsBoolean()) {
            return new Check(false, state.name(), "stores not queryable yet");
        }
        return new Check(true, state.name(), null);
    }

    private long seconds() {
        return Duration.ofNanos(notRunningMaxNanos).toSeconds();
    }

    /** Sum of records-lag over the partitions the app's main consumers read; restore consumers left out. */
    static double consumerLag(KafkaStreams ks) {
        double sum = 0;
        for (Map.Entry<MetricName, ? extends Metric> e : ks.metrics().entrySet()) {
            MetricName name = e.getKey();
            if (!name.name().equals("records-lag") || !name.group().equals("consumer-fetch-manager-metrics")) {
                continue;
            }
            String client = name.tags().getOrDefault("client-id", "");
            if (client.contains("restore-consumer")) {
                continue;
            }
            Object v = e.getValue().metricValue();
            if (v instanceof Number num && !Double.isNaN(num.doubleValue())) {
                sum += num.doubleValue();
            }
        }
        return sum;
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (binder != null) {
            binder.close();
        }
        if (lag != null) {
            Telemetry.registry().remove(lag);
        }
        broker.close();
    }
}
