package io.storywire.app;

import io.storywire.core.TopicCreator;
import io.storywire.core.Topics;
import io.storywire.core.config.StorywireConfig;
import io.storywire.ingest.settings.IngestSettings;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;

/**
 * Creates the pipeline's topics when they are missing, on the embedded broker or a real cluster, through the
 * Kafka {@link Admin} client only: the service needs no broker classes for it.
 */
final class TopicSetup {

    private TopicSetup() {
    }

    static void ensureTopics(StorywireConfig cfg, List<String> taxonomyTopicIds) {
        Topics topics = cfg.topics();
        // the taxonomy is a table: only the latest definition of each topic matters; the raw topic must take a
        // payload of ingest.max.raw.bytes (10 MB) plus headers, which the broker's 1 MB default would refuse
        Map<String, Map<String, String>> configs = Map.of(
                topics.taxonomy(), Map.of("cleanup.policy", "compact"),
                topics.ingest(), IngestSettings.from(cfg).rawTopicConfig());
        createTopics(cfg, topics.all(taxonomyTopicIds), configs);
    }

    /** Creates each missing topic with the configured partitions and replication, then waits until all answer. */
    static void createTopics(StorywireConfig cfg, Collection<String> names, Map<String, Map<String, String>> configs) {
        TopicCreator.create(cfg.kafkaClientProperties(), names, cfg.partitions(), cfg.replicationFactor(), configs);
    }
}
