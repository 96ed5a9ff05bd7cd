package io.storywire.app;

import io.storywire.core.Topics;
import io.storywire.core.config.StorywireConfig;
import io.storywire.ingest.settings.IngestSettings;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;

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
        try (Admin admin = Admin.create(cfg.kafkaClientProperties())) {
            for (String name : names) {
                NewTopic topic = new NewTopic(name, cfg.partitions(), cfg.replicationFactor())
                        .configs(configs.getOrDefault(name, Map.of()));
                try {
                    admin.createTopics(List.of(topic)).all().get();
                } catch (ExecutionException e) {
                    // another instance starting at the same time created it: fine
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("cannot create topic " + name, e.getCause());
                    }
                }
            }
            awaitPartitionsAnswer(admin, names);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A new topic's leaders are elected a moment after creation; a client started earlier would log errors. */
    private static void awaitPartitionsAnswer(Admin admin, Collection<String> names) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            try {
                var described = admin.describeTopics(names).allTopicNames().get();
                Map<TopicPartition, OffsetSpec> specs = described.values().stream()
                        .flatMap(d -> d.partitions().stream().map(p -> new TopicPartition(d.name(), p.partition())))
                        .collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest()));
                admin.listOffsets(specs).all().get();
                return;
            } catch (ExecutionException e) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("topics do not answer: " + names, e.getCause());
                }
                Thread.sleep(100);
            }
        }
    }
}
