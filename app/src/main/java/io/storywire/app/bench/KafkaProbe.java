package io.storywire.app.bench;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.LogDirDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.ReplicaInfo;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartition;

/**
 * What the benchmark reads off the broker through the Admin client only: end offsets, consumer group lag, topics of
 * a prefix and their size on disk.
 */
final class KafkaProbe implements AutoCloseable {

    private final Admin admin;
    private final Map<String, List<TopicPartition>> partitions = new HashMap<>();

    KafkaProbe(Properties clientProperties) {
        this.admin = Admin.create(clientProperties);
    }

    /** Every topic whose name starts with the prefix (the pipeline's and its Streams apps' internal topics). */
    Set<String> topics(String prefix) {
        return get(() -> admin.listTopics().names().get()).stream().filter(t -> t.startsWith(prefix))
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    List<TopicPartition> partitions(String topic) {
        return partitions.computeIfAbsent(topic, t -> {
            TopicDescription d = get(() -> admin.describeTopics(List.of(t)).allTopicNames().get().get(t));
            return d.partitions().stream().map(p -> new TopicPartition(t, p.partition())).toList();
        });
    }

    /** Committed end offsets (last stable offsets), so an open transaction's records are not counted yet. */
    Map<TopicPartition, Long> endOffsets(Collection<TopicPartition> tps) {
        if (tps.isEmpty()) {
            return Map.of();
        }
        Map<TopicPartition, OffsetSpec> spec = new HashMap<>();
        tps.forEach(tp -> spec.put(tp, OffsetSpec.latest()));
        return get(() -> admin.listOffsets(spec, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all().get())
                .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }

    /** Sum of the end offsets of a topic's partitions: records written to it (and transaction markers). */
    long records(String topic) {
        return endOffsets(partitions(topic)).values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * Records a consumer group has yet to process: on its given input topics (counted from 0 before its first
     * commit) and on every partition it has committed (its internal repartition topics too). Under exactly_once_v2 a
     * partition's last transaction marker sits after the last committed position; {@code slack} (1 there) leaves
     * it out, so a drained group reads 0.
     *
     * @return input topic name or "internal" to the records waiting
     */
    Map<String, Long> lag(String group, Collection<String> inputTopics, int slack) {
        Map<TopicPartition, OffsetAndMetadata> committed = get(() ->
                admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get());
        Set<TopicPartition> all = new HashSet<>();
        inputTopics.forEach(t -> all.addAll(partitions(t)));
        committed.keySet().stream().filter(tp -> tp != null).forEach(all::add);
        Map<TopicPartition, Long> ends = endOffsets(all);
        Map<String, Long> lag = new HashMap<>();
        for (TopicPartition tp : all) {
            OffsetAndMetadata c = committed.get(tp);
            long waiting = Math.max(0, ends.getOrDefault(tp, 0L) - (c == null ? 0 : c.offset()) - slack);
            String key = inputTopics.contains(tp.topic()) ? tp.topic() : "internal";
            lag.merge(key, waiting, Long::sum);
        }
        return lag;
    }

    /** Bytes each topic occupies in the broker's log directories now. */
    Map<String, Long> sizes(Collection<String> topics) {
        Collection<Node> nodes = get(() -> admin.describeCluster().nodes().get());
        Map<String, Long> sizes = new HashMap<>();
        Map<Integer, Map<String, LogDirDescription>> dirs = get(() -> admin.describeLogDirs(
                nodes.stream().map(Node::id).toList()).allDescriptions().get());
        dirs.values().forEach(byDir -> byDir.values().forEach(d -> {
            for (Map.Entry<TopicPartition, ReplicaInfo> e : d.replicaInfos().entrySet()) {
                if (topics.contains(e.getKey().topic())) {
                    sizes.merge(e.getKey().topic(), e.getValue().size(), Long::sum);
                }
            }
        }));
        return sizes;
    }

    @Override
    public void close() {
        admin.close();
    }

    private interface Call<T> {
        T call() throws InterruptedException, ExecutionException;
    }

    private static <T> T get(Call<T> call) {
        try {
            return call.call();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
