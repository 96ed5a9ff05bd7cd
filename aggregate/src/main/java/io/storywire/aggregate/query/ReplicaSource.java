package io.storywire.aggregate.query;

import java.util.List;

/** Where the replicas of a store's partitions are; {@link StoreLocator} asks Kafka Streams. */
public interface ReplicaSource {

    /** Replicas of the partition holding {@code key}, active first; empty while unknown. */
    List<Replica> forKey(String store, String key);

    /** Replicas of each partition of the store, active first; throws when some partition has none. */
    List<List<Replica>> forEveryPartition(String store);
}
