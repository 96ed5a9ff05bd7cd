package io.storywire.aggregate.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.processor.StreamPartitioner;

/**
 * Finds which instances hold which partition of a store, from the Streams assignment (like MetadataService in
 * Confluent's InteractiveQueriesExample).
 */
public final class StoreLocator implements ReplicaSource {

    private final KafkaStreams streams;
    private final boolean standbyReads;

    public StoreLocator(KafkaStreams streams, boolean standbyReads) {
        this.streams = streams;
        this.standbyReads = standbyReads;
    }

    /** Replicas of the partition that holds {@code key}, active first. */
    @Override
    public List<Replica> forKey(String store, String key) {
        return ReplicaOrder.of(metadata(store, key, null), standbyReads);
    }

    /**
     * Replicas of every partition of the store, one list per partition, active first. A store-wide answer needs one
     * replica of each; a partition with none makes the whole answer unavailable rather than partial.
     */
    @Override
    public List<List<Replica>> forEveryPartition(String store) {
        AtomicInteger count = new AtomicInteger(-1);
        // a partitioner that only records how many partitions the store's source topics have
        KeyQueryMetadata probe = metadata(store, "", (topic, key, value, n) -> {
            count.set(n);
            return Optional.of(Set.of(0));
        });
        if (probe == null || probe.equals(KeyQueryMetadata.NOT_AVAILABLE) || count.get() <= 0) {
            throw new StoreUnavailableException("the assignment of store " + store + " is not known yet");
        }
        List<List<Replica>> partitions = new ArrayList<>();
        for (int p = 0; p < count.get(); p++) {
            int partition = p;
            List<Replica> replicas = ReplicaOrder.of(
                    metadata(store, "", (topic, key, value, n) -> Optional.of(Set.of(partition))), standbyReads);
            if (replicas.isEmpty()) {
                throw new StoreUnavailableException("partition " + p + " of store " + store + " has no live replica");
            }
            partitions.add(replicas);
        }
        return partitions;
    }

    private KeyQueryMetadata metadata(String store, String key, StreamPartitioner<String, Object> partitioner) {
        KafkaStreams.State state = streams.state();
        if (state != KafkaStreams.State.RUNNING && state != KafkaStreams.State.REBALANCING) {
            throw new StoreUnavailableException("Streams is " + state);
        }
        return partitioner == null
                ? streams.queryMetadataForKey(store, key, Serdes.String().serializer())
                : streams.queryMetadataForKey(store, key, partitioner);
    }
}
