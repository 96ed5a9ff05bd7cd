package io.storywire.aggregate;

import io.storywire.aggregate.cluster.Table;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A table whose writes stay in memory until {@link #flush()}, which writes each key's latest value to the store once.
 * The clusterer's term counters and candidate index change a few hundred keys per article, mostly the same common
 * keys again and again: written through, each article cost that many RocksDB writes and changelog records; held
 * back over a batch of articles, a key is written once per batch. Reads see the held-back writes.
 *
 * <p>This alone would lose the held-back writes in a crash. The processor keeps each article's journal entry (which
 * holds these writes as final values) until a flush has written them, and at start-up applies the entries it finds,
 * in input order, to a new table: it then reads what the crashed one held (see {@link StoryClusterProcessor}).
 */
final class WriteBehindTable<V> implements Table<V> {

    private final Table<V> store;
    /** key -> latest value since the last flush; null for a delete */
    private final Map<String, V> held = new HashMap<>();

    WriteBehindTable(Table<V> store) {
        this.store = store;
    }

    @Override
    public V get(String key) {
        return held.containsKey(key) ? held.get(key) : store.get(key);
    }

    @Override
    public void put(String key, V value) {
        held.put(key, value);
    }

    @Override
    public void delete(String key) {
        held.put(key, null);
    }

    /** Whether {@code key} was written since the last flush. */
    boolean isHeld(String key) {
        return held.containsKey(key);
    }

    /**
     * Writes every held key to the store, in key order (so that a replay after a crash in the middle writes the same
     * sequence again), and forgets them.
     */
    void flush() {
        new TreeMap<>(held).forEach((k, v) -> {
            if (v == null) {
                store.delete(k);
            } else {
                store.put(k, v);
            }
        });
        held.clear();
    }
}
