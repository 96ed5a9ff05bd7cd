package io.storywire.aggregate;

import io.storywire.aggregate.cluster.ScanTable;
import io.storywire.aggregate.store.StoryState;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/** One slice of the {@link StoryState} store seen as the clusterer's {@link Table}. */
final class SliceTable<V> implements ScanTable<V> {

    private final KeyValueStore<String, byte[]> store;
    private final StoryState.Slice<V> slice;

    SliceTable(KeyValueStore<String, byte[]> store, StoryState.Slice<V> slice) {
        this.store = store;
        this.slice = slice;
    }

    SliceTable(KeyValueStore<String, byte[]> store, String prefix, Serde<V> serde) {
        this(store, new StoryState.Slice<>(prefix, serde));
    }

    StoryState.Slice<V> slice() {
        return slice;
    }

    @Override
    public V get(String key) {
        return slice.decode(store.get(slice.key(key)));
    }

    @Override
    public void put(String key, V value) {
        store.put(slice.key(key), slice.encode(value));
    }

    @Override
    public void delete(String key) {
        // a put of null deletes without reading the old value back, which delete() would do
        store.put(slice.key(key), null);
    }

    @Override
    public NavigableMap<String, V> scan(String prefix) {
        NavigableMap<String, V> out = new TreeMap<>();
        String from = slice.key(prefix);
        try (KeyValueIterator<String, byte[]> it = store.range(from, ScanTable.upperBound(from))) {
            it.forEachRemaining(kv -> out.put(slice.unprefixed(kv.key), slice.decode(kv.value)));
        }
        return out;
    }
}
