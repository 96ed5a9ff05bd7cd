package io.storywire.app;

import io.storywire.core.config.StorywireConfig;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * For a failure message: on which topics, internal ones included (repartition and changelog topics of the
 * stages), a generated article's URL appears, and how often, read uncommitted. Tells at which step a lost
 * article stopped.
 */
final class RecordTrace {

    private RecordTrace() {
    }

    static Map<Integer, Map<String, Integer>> where(StorywireConfig cfg, List<Integer> numbers) {
        Map<Integer, Map<String, Integer>> out = new TreeMap<>();
        numbers.forEach(n -> out.put(n, new TreeMap<>()));
        Properties p = new Properties();
        p.putAll(cfg.kafkaClientProperties());
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_uncommitted");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        try (Admin admin = Admin.create(cfg.kafkaClientProperties());
             KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(),
                     new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : admin.listTopics().names().get()) {
                if (topic.startsWith("__")) {
                    continue;
                }
                consumer.partitionsFor(topic).forEach(pi -> partitions.add(new TopicPartition(topic, pi.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Map<Integer, Pattern> patterns = new TreeMap<>();
            numbers.forEach(n -> patterns.put(n, Pattern.compile(Pattern.quote(NewsGenerator.url(n)) + "(?!\\d)")));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (System.nanoTime() < deadline
                    && partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    if (r.value() == null) {
                        continue;
                    }
                    String text = new String(r.value(), StandardCharsets.ISO_8859_1);
                    patterns.forEach((n, pattern) -> {
                        if (pattern.matcher(text).find()) {
                            out.get(n).merge(r.topic(), 1, Integer::sum);
                        }
                    });
                }
            }
        } catch (Exception e) {
            out.put(-1, Map.of("trace failed: " + e, 0));
        }
        return out;
    }
}
