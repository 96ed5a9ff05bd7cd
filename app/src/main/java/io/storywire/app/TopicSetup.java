package io.storywire.app;

import io.storywire.broker.EmbeddedKafkaBroker;
import io.storywire.core.Topics;
import io.storywire.core.config.StorywireConfig;
import io.storywire.ingest.settings.IngestSettings;
import java.util.List;
import java.util.Map;

/** Creates the pipeline's topics when they are missing, on the embedded broker or a real cluster. */
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
        EmbeddedKafkaBroker.createTopics(cfg.kafkaClientProperties(), topics.all(taxonomyTopicIds),
                cfg.partitions(), cfg.replicationFactor(), configs);
    }
}
