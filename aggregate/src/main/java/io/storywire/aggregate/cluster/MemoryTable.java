package io.storywire.aggregate.cluster;

import java.util.Map;
import java.util.TreeMap;

/** A {@link Table} in a sorted map: for unit tests and offline replays. */
public final class MemoryTable<V> implements Table<V> {

    private final Map<String, V> map = new TreeMap<>();

    @Override
    public V get(String key) {
        return map.get(key);
    }

    @Override
    public void put(String key, V value) {
        map.put(key, value);
    }

    @Override
    public void delete(String key) {
        map.remove(key);
    }

    public Map<String, V> asMap() {
        return map;
    }
}
