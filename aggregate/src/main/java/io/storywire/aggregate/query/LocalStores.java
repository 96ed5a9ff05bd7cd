package io.storywire.aggregate.query;

import java.util.Map;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.LagInfo;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Reads one partition of a store held by this instance. Without {@code stale} only the active, fully restored copy
 * answers, so an instance that just lost a partition in a rebalance can never answer for it.
 */
public final class LocalStores {

    private final KafkaStreams streams;

    public LocalStores(KafkaStreams streams) {
        this.streams = streams;
    }

    public <T> Answer<T> run(LocalQuery<T> query, int partition, boolean stale, String arg) {
        try {
            ReadOnlyKeyValueStore<String, Object> store = streams.store(params(query.store(), partition, stale));
            // reading inside the try: a store can migrate between the lookup and the read
            T value = query.read(store, arg);
            long lag = stale ? offsetLag(query.store(), partition) : 0;
            return new Answer<>(value, stale, lag);
        } catch (InvalidStateStoreException e) {
            throw new StoreUnavailableException("store " + query.store() + " partition " + partition
                    + " is not queryable here: " + e.getMessage(), e);
        }
    }

    /** True when every store partition this instance is active for answers; false while any restores or moves. */
    public boolean queryable(String storeName, Iterable<Integer> activePartitions) {
        try {
            for (int p : activePartitions) {
                streams.store(params(storeName, p, false)).approximateNumEntries();
            }
            return true;
        } catch (InvalidStateStoreException e) {
            return false;
        }
    }

    private static StoreQueryParameters<ReadOnlyKeyValueStore<String, Object>> params(String store, int partition,
                                                                                        boolean stale) {
        StoreQueryParameters<ReadOnlyKeyValueStore<String, Object>> params = StoreQueryParameters
                .fromNameAndType(store, QueryableStoreTypes.<String, Object>keyValueStore())
                .withPartition(partition);
        return stale ? params.enableStaleStores() : params;
    }

    private long offsetLag(String store, int partition) {
        Map<Integer, LagInfo> lags = streams.allLocalStorePartitionLags().getOrDefault(store, Map.of());
        LagInfo lag = lags.get(partition);
        return lag == null ? 0 : Math.max(0, lag.offsetLag());
    }
}
