package io.storywire.core;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates missing topics through the Kafka {@link Admin} client only (no broker classes), on the embedded broker or
 * any cluster, and waits until every partition answers: a producer started right after must not meet a partition
 * without a leader (KAFKA-15591 strands the first idempotent batch).
 */
public final class TopicCreator {

    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(30);

    private TopicCreator() {
    }

    /**
     * @param adminConfig  admin client settings: bootstrap servers and whatever security the cluster needs
     * @param topicConfigs extra topic configs keyed by topic name
     */
    public static void create(Properties adminConfig, Collection<String> names, int partitions, short replication,
                              Map<String, Map<String, String>> topicConfigs) {
        try (Admin admin = Admin.create(adminConfig)) {
            for (String name : names) {
                NewTopic topic = new NewTopic(name, partitions, replication)
                        .configs(topicConfigs.getOrDefault(name, Map.of()));
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

    /** A new topic's leaders are elected a moment after creation. */
    private static void awaitPartitionsAnswer(Admin admin, Collection<String> names) throws InterruptedException {
        long deadline = System.nanoTime() + ANSWER_TIMEOUT.toNanos();
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
