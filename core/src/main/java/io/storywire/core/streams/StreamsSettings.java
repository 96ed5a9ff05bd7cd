package io.storywire.core.streams;

import io.storywire.core.config.StorywireConfig;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;

/** Kafka Streams properties of one stage, derived from the one config. */
public final class StreamsSettings {

    private StreamsSettings() {
    }

    /**
     * @param stage            "ingest", "enrich" or "aggregate"; with the topic prefix it makes the application id
     * @param applicationServer host:port of this instance's HTTP API for interactive queries; null when none
     */
    public static Properties of(StorywireConfig cfg, String stage, String applicationServer) {
        Properties p = new Properties();
        p.putAll(cfg.kafkaClientProperties());
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId(cfg, stage));
        p.put(StreamsConfig.STATE_DIR_CONFIG, cfg.stateDir().resolve(stage).toAbsolutePath().toString());
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, cfg.processingGuarantee());
        p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, cfg.commitIntervalMs());
        p.put(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG, cfg.standbyReplicas());
        p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, (int) cfg.replicationFactor());
        p.put(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, 0);
        // Streams' own default of 100 ms would set the latency of every quiet-time article
        p.put(StreamsConfig.producerPrefix(ProducerConfig.LINGER_MS_CONFIG), 5);
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        p.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandlers.Deserialization.class);
        p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandlers.Processing.class);
        p.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandlers.Production.class);
        // global tables (the taxonomy) must not die on a bad record either
        p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, true);
        p.put(DeadLetterHandlers.DLQ_TOPIC_CONFIG, cfg.topics().deadLetters());
        p.put(DeadLetterHandlers.STAGE_CONFIG, stage);
        if (applicationServer != null) {
            p.put(StreamsConfig.APPLICATION_SERVER_CONFIG, applicationServer);
        }
        return p;
    }

    public static String applicationId(StorywireConfig cfg, String stage) {
        return cfg.topics().prefix() + "-" + stage;
    }
}
