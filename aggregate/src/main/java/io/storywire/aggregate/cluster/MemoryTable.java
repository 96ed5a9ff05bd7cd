package io.storywire.aggregate.cluster;

import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/** A {@link Table} in a sorted map: for unit tests and offline replays. */
public final class MemoryTable<V> implements ScanTable<V> {

    private final NavigableMap<String, V> map = new TreeMap<>();

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

    @Override
    public NavigableMap<String, V> scan(String prefix) {
        return new TreeMap<>(map.subMap(prefix, true, ScanTable.upperBound(prefix), false));
    }

    public Map<String, V> asMap() {
        return map;
    }
}
