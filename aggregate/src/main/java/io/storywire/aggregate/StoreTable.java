package io.storywire.aggregate;

import io.storywire.aggregate.cluster.Table;
import org.apache.kafka.streams.state.KeyValueStore;

/** A Streams key-value store seen as the clusterer's {@link Table}. */
final class StoreTable<V> implements Table<V> {

    private final KeyValueStore<String, V> store;

    StoreTable(KeyValueStore<String, V> store) {
        this.store = store;
    }

    @Override
    public V get(String key) {
        return store.get(key);
    }

    @Override
    public void put(String key, V value) {
        store.put(key, value);
    }

    @Override
    public void delete(String key) {
        store.delete(key);
    }
}
