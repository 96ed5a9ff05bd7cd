package io.storywire.aggregate.query.local;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.LagInfo;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.state.QueryableStoreType;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.state.internals.StateStoreProvider;

/**
 * Reads one partition of a store held by this instance. Without {@code stale} only the active, fully restored copy
 * answers, so an instance that just lost a partition in a rebalance can never answer for it.
 *
 * <p>With an {@link AssignmentEpoch}, the handle of each store partition is kept while the app stays RUNNING in the
 * same epoch: {@code KafkaStreams.store(...)} hands out a composite store that looks its partition up again on every
 * get and scan, under locks the stream thread and every other request take too (StreamsMetadataState,
 * DefaultStateUpdater, Tasks), which serialised the query threads (JFR, P4 in docs/benchmarks.md). The kept handle
 * is the partition's own store, as that lookup returns it, checked open before each use.
 */
public final class LocalStores {

    private record Key(String store, int partition, boolean stale) {
    }

    private record Handle(long epoch, ReadOnlyKeyValueStore<String, Object> store) {
    }

    private final KafkaStreams streams;
    private final AssignmentEpoch epoch;
    private final Map<Key, Handle> handles = new ConcurrentHashMap<>();

    /** @param epoch the app's state changes (its listener must be on {@code streams}); null: no cache */
    public LocalStores(KafkaStreams streams, AssignmentEpoch epoch) {
        this.streams = streams;
        this.epoch = epoch;
    }

    public <T> Answer<T> run(LocalQuery<T> query, int partition, boolean stale, String arg) {
        if (stale && query.activeOnly()) {
            throw new StoreUnavailableException("query " + query.name() + " is answered by the active replica only");
        }
        try {
            ReadOnlyKeyValueStore<String, Object> store = store(query.store(), partition, stale);
            // reading inside the try: a store can migrate between the lookup and the read
            T value = query.read(store, arg);
            long lag = stale ? offsetLag(query.store(), partition) : 0;
            return new Answer<>(value, stale, lag);
        } catch (InvalidStateStoreException e) {
            handles.remove(new Key(query.store(), partition, stale));
            throw new StoreUnavailableException("store " + query.store() + " partition " + partition
                    + " is not queryable here: " + e.getMessage(), e);
        }
    }

    private ReadOnlyKeyValueStore<String, Object> store(String name, int partition, boolean stale) {
        if (epoch == null) {
            return streams.store(params(name, partition, stale));
        }
        // read before the state: a change between the two makes the epoch newer than any entry made after it
        long now = epoch.current();
        if (streams.state() != KafkaStreams.State.RUNNING) {
            return streams.store(params(name, partition, stale));
        }
        Key key = new Key(name, partition, stale);
        Handle h = handles.get(key);
        if (h != null && h.epoch() == now && open(h.store())) {
            return h.store();
        }
        StoreQueryParameters<ReadOnlyKeyValueStore<String, Object>> params = StoreQueryParameters
                .fromNameAndType(name, (QueryableStoreType<ReadOnlyKeyValueStore<String, Object>>) new OwnStore())
                .withPartition(partition);
        ReadOnlyKeyValueStore<String, Object> own = streams.store(stale ? params.enableStaleStores() : params);
        handles.put(key, new Handle(now, own));
        return own;
    }

    private static boolean open(ReadOnlyKeyValueStore<String, Object> store) {
        return !(store instanceof StateStore s) || s.isOpen();
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

    /**
     * The key-value store type, except that it returns the one store the lookup finds (with the same checks: the
     * thread's state, active only unless stale, open) instead of a composite that repeats the lookup on every read.
     */
    private static final class OwnStore implements QueryableStoreType<ReadOnlyKeyValueStore<String, Object>> {

        private final QueryableStoreType<ReadOnlyKeyValueStore<String, Object>> kv =
                QueryableStoreTypes.keyValueStore();

        @Override
        public boolean accepts(StateStore stateStore) {
            return kv.accepts(stateStore);
        }

        @Override
        public ReadOnlyKeyValueStore<String, Object> create(StateStoreProvider provider, String storeName) {
            List<ReadOnlyKeyValueStore<String, Object>> found = provider.stores(storeName, this);
            if (found.size() != 1) {
                // not one partition's store: the composite reads them all, as the uncached way does
                return kv.create(provider, storeName);
            }
            return found.get(0);
        }
    }
}
