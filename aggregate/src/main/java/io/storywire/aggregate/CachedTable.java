package io.storywire.aggregate;

import io.storywire.aggregate.cluster.Table;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A write-through cache of deserialised values in front of a store the processor alone writes: an article scores up
 * to {@code max.candidates} story profiles, and reading each back from JSON was most of the cost of clustering.
 * Every put and delete goes to the store and the cache alike, so a read gives what the store holds; the cache lives
 * and dies with the processor (a rebalance starts it empty). Values must not be mutated by readers.
 */
final class CachedTable<V> implements Table<V> {

    private final Table<V> store;
    private final Map<String, V> cache;

    CachedTable(Table<V> store, int capacity) {
        this.store = store;
        this.cache = new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    public V get(String key) {
        V v = cache.get(key);
        if (v == null) {
            v = store.get(key);
            if (v != null) {
                cache.put(key, v);
            }
        }
        return v;
    }

    @Override
    public void put(String key, V value) {
        store.put(key, value);
        cache.put(key, value);
    }

    @Override
    public void delete(String key) {
        store.delete(key);
        cache.remove(key);
    }
}
