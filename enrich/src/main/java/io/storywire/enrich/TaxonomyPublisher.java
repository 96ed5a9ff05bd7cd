package io.storywire.enrich;

import io.storywire.core.config.StorywireConfig;
import io.storywire.core.serde.Json;
import io.storywire.enrich.topic.Taxonomy;
import io.storywire.enrich.topic.TopicDefinition;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringSerializer;

/** Keeps the taxonomy topic and the per-topic streams in place: creates them, and seeds an empty taxonomy topic. */
final class TaxonomyPublisher {

    private final StorywireConfig cfg;
    private final Admin admin;

    TaxonomyPublisher(StorywireConfig cfg, Admin admin) {
        this.cfg = cfg;
        this.admin = admin;
    }

    /** Creates the compacted taxonomy topic when missing. */
    void ensureTaxonomyTopic() throws ExecutionException, InterruptedException {
        NewTopic t = new NewTopic(cfg.topics().taxonomy(), 1, cfg.replicationFactor())
                .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
        create(List.of(t));
    }

    /** Creates the output stream of each topic id that lacks one. */
    void ensureTopicStreams(List<String> topicIds) throws ExecutionException, InterruptedException {
        Set<String> existing = admin.listTopics().names().get();
        List<NewTopic> missing = new ArrayList<>();
        for (String id : topicIds) {
            String name = cfg.topics().topic(id);
            if (!existing.contains(name)) {
                missing.add(new NewTopic(name, cfg.partitions(), cfg.replicationFactor()));
            }
        }
        create(missing);
    }

    /**
     * Publishes the file taxonomy when the taxonomy topic has never held a record, or always when asked
     * ({@code enrich.taxonomy.publish=always}: the file's topics overwrite theirs, topics added live stay).
     * Returns whether it published.
     */
    boolean publish(Taxonomy taxonomy, boolean always) throws ExecutionException, InterruptedException {
        String topic = cfg.topics().taxonomy();
        Map<String, TopicDescription> d = admin.describeTopics(List.of(topic)).allTopicNames().get();
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        d.get(topic).partitions().forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
        long records = admin.listOffsets(latest).all().get().values().stream().mapToLong(r -> r.offset()).sum();
        if (records > 0 && !always) {
            return false;
        }
        Properties p = cfg.kafkaClientProperties();
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            for (TopicDefinition t : taxonomy.topics()) {
                producer.send(new ProducerRecord<>(topic, t.id(), Json.write(t))).get();
            }
            producer.flush();
        }
        return true;
    }

    private void create(List<NewTopic> topics) throws ExecutionException, InterruptedException {
        if (topics.isEmpty()) {
            return;
        }
        try {
            admin.createTopics(topics).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
        awaitPartitionsAnswer(topics.stream().map(NewTopic::name).toList());
    }

    /**
     * Waits until every partition of new topics answers: producing at once after creating a topic can strand an
     * idempotent producer's first batch for two minutes (KAFKA-15591, fixed after 4.3.1).
     */
    private void awaitPartitionsAnswer(List<String> names) throws InterruptedException, ExecutionException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            try {
                Map<TopicPartition, OffsetSpec> specs = new HashMap<>();
                admin.describeTopics(names).allTopicNames().get().values().forEach(d -> d.partitions()
                        .forEach(p -> specs.put(new TopicPartition(d.name(), p.partition()), OffsetSpec.latest())));
                admin.listOffsets(specs).all().get();
                return;
            } catch (ExecutionException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(100);
            }
        }
    }

    static Duration pollTimeout() {
        return Duration.ofMillis(500);
    }
}
