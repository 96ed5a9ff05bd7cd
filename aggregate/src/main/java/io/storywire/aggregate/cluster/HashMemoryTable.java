package io.storywire.aggregate.cluster;

import java.util.HashMap;
import java.util.Map;

/**
 * A {@link Table} in a hash map: for the in-memory tables nothing scans. A sorted map's lookups walk a tree whose
 * depth grows with the keys, and the counters and candidate index hold the topic's whole vocabulary (over a million
 * keys at 100,000 stories): each of an article's few hundred counter and index lookups then costs a couple of dozen
 * string comparisons, most of them cache misses. Here a lookup costs the same however many keys there are.
 */
public final class HashMemoryTable<V> implements Table<V> {

    private final Map<String, V> map = new HashMap<>();

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

    /** The entries, in no particular order. */
    public Map<String, V> asMap() {
        return map;
    }
}
