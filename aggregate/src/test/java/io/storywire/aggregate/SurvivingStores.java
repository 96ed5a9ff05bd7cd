package io.storywire.aggregate;

import io.storywire.aggregate.store.StoreNames;
import io.storywire.aggregate.store.StoryState;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.StateStoreContext;
import org.apache.kafka.streams.query.Position;
import org.apache.kafka.streams.query.PositionBound;
import org.apache.kafka.streams.query.Query;
import org.apache.kafka.streams.query.QueryConfig;
import org.apache.kafka.streams.query.QueryResult;
import org.apache.kafka.streams.state.KeyValueBytesStoreSupplier;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The bytes of every store of a topology, kept outside any driver: a driver closed or abandoned after a simulated
 * crash leaves them exactly as its last write did, and the next driver opens them as they are (what a restart finds
 * on disk and in the changelogs, with nothing rolled back). Every put and delete is counted across all stores, and
 * the write after {@link #crashAfter} throws {@link Crash} instead of writing; except, by {@link #whileStarting},
 * the writes a driver makes as it starts (the entity index's rebuild), so that the crash points of a test are an
 * article's writes.
 */
final class SurvivingStores {

    /** A crash of the stage in the middle of an article: nothing after it runs. */
    static final class Crash extends RuntimeException {
        Crash(long writes) {
            super("simulated crash after " + writes + " store writes");
        }
    }

    private final Map<String, NavigableMap<Bytes, byte[]>> data = new TreeMap<>();
    private final Map<String, Long> bytesWritten = new TreeMap<>();
    private final Map<String, Long> recordsWritten = new TreeMap<>();
    private long writes;
    private boolean starting;
    private long crashAfter = Long.MAX_VALUE;
    private RuntimeException failure;
    /** set by a crash: a dead stage writes nothing more, whatever its driver does on the way out */
    private boolean dead;

    /** The stores the next driver opens: a topology built once serves every driver of a test. */
    static SurvivingStores current;

    /** A store supplier that opens {@link #current}'s store of that name when a driver starts. */
    static KeyValueBytesStoreSupplier ofCurrent(String name) {
        return new KeyValueBytesStoreSupplier() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public KeyValueStore<Bytes, byte[]> get() {
                return current.new Store(name, current.data.computeIfAbsent(name, n -> new TreeMap<>()));
            }

            @Override
            public String metricsScope() {
                return "surviving";
            }
        };
    }

    /** A copy to crash from: the same bytes, its own maps and counters. */
    SurvivingStores copy() {
        SurvivingStores c = new SurvivingStores();
        data.forEach((name, map) -> c.data.put(name, new TreeMap<>(map)));
        return c;
    }

    /** Lets {@code n} more writes through, then crashes on the next. */
    void crashAfter(long n) {
        crashAfter = writes + n;
    }

    /** Makes the write after {@code n} more throw {@code e} instead of crashing: an error the stage resumes after. */
    void failAfter(long n, RuntimeException e) {
        crashAfter = writes + n;
        failure = e;
    }

    /** Runs {@code start} (a driver's start) with its writes neither counted nor crashed on. */
    <T> T whileStarting(java.util.function.Supplier<T> start) {
        starting = true;
        try {
            return start.get();
        } finally {
            starting = false;
        }
    }

    /** Writes {@code value} (UTF-8) under {@code key} in store {@code name} as it is, for a test to spoil state. */
    void putText(String name, String key, String value) {
        Bytes k = Bytes.wrap(key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        NavigableMap<Bytes, byte[]> store = data.computeIfAbsent(name, n -> new TreeMap<>());
        if (value == null) {
            store.remove(k);
        } else {
            store.put(k, value.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    void noCrash() {
        crashAfter = Long.MAX_VALUE;
        failure = null;
    }

    /** The stage starts again on the stores as the crash left them. */
    void restart() {
        dead = false;
        noCrash();
    }

    long writes() {
        return writes;
    }

    /** How {@link #bytesWritten()} and {@link #recordsWritten()} name the journal's writes. */
    static final String JOURNAL = StoreNames.STORY_STATE + " " + StoryState.JOURNAL;

    /** Key and value bytes written per store (per slice of story-state): what its changelog would carry, without record overhead. */
    Map<String, Long> bytesWritten() {
        return bytesWritten;
    }

    /** Puts and deletes per store: its changelog records. */
    Map<String, Long> recordsWritten() {
        return recordsWritten;
    }

    /** Every store's content as text: store name -> key -> value (UTF-8; the stores hold JSON, text or longs). */
    Map<String, Map<String, String>> contents(List<String> stores) {
        Map<String, Map<String, String>> out = new TreeMap<>();
        for (String name : stores) {
            Map<String, String> m = new TreeMap<>();
            state(name).forEach((k, v) -> m.put(text(k.get()), text(v)));
            out.put(name, m);
        }
        return out;
    }

    /** Whether the named stores hold the same bytes here and in {@code other}, the journal left out. */
    boolean sameAs(SurvivingStores other, List<String> stores) {
        for (String name : stores) {
            Iterator<Map.Entry<Bytes, byte[]>> ia = state(name).entrySet().iterator();
            Iterator<Map.Entry<Bytes, byte[]>> ib = other.state(name).entrySet().iterator();
            while (ia.hasNext() && ib.hasNext()) {
                Map.Entry<Bytes, byte[]> ea = ia.next();
                Map.Entry<Bytes, byte[]> eb = ib.next();
                if (!ea.getKey().equals(eb.getKey()) || !java.util.Arrays.equals(ea.getValue(), eb.getValue())) {
                    return false;
                }
            }
            if (ia.hasNext() || ib.hasNext()) {
                return false;
            }
        }
        return true;
    }

    /** The keys of store {@code name} starting with {@code prefix}, journal included. */
    java.util.Set<String> keys(String name, String prefix) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        data.getOrDefault(name, new TreeMap<>()).keySet().forEach(k -> {
            String key = new String(k.get(), java.nio.charset.StandardCharsets.UTF_8);
            if (key.startsWith(prefix)) {
                out.add(key);
            }
        });
        return out;
    }

    /** A store's entries without the journal's: the journal is the recovery log, not state to compare. */
    private NavigableMap<Bytes, byte[]> state(String name) {
        NavigableMap<Bytes, byte[]> all = data.getOrDefault(name, new TreeMap<>());
        if (!name.equals(StoreNames.STORY_STATE)) {
            return all;
        }
        NavigableMap<Bytes, byte[]> out = new TreeMap<>(all);
        out.keySet().removeIf(k -> slice(k).equals(StoryState.JOURNAL));
        // which journal entry the last flush of held-back writes reached: part of the recovery log too
        out.keySet().removeIf(k -> new String(k.get(), java.nio.charset.StandardCharsets.UTF_8)
                .equals(StoryClusterProcessor.FLUSHED_THROUGH));
        return out;
    }

    /** The slice prefix of a story-state key ("j|", "s|", ...). */
    private static String slice(Bytes key) {
        return new String(key.get(), 0, Math.min(2, key.get().length), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String text(byte[] b) {
        return b.length == 8 && (b[0] == 0 || b[0] == -1) ? Long.toString(java.nio.ByteBuffer.wrap(b).getLong())
                : new String(b, java.nio.charset.StandardCharsets.UTF_8);
    }

    private void write(String store, Bytes key, byte[] value) {
        if (dead) {
            throw new Crash(writes);
        }
        if (starting) {
            return;
        }
        if (writes >= crashAfter) {
            RuntimeException e = failure != null ? failure : new Crash(writes);
            dead = failure == null;
            noCrash();
            throw e;
        }
        writes++;
        String counted = store.equals(StoreNames.STORY_STATE) ? store + " " + slice(key) : store;
        bytesWritten.merge(counted, (long) key.get().length + (value == null ? 0 : value.length), Long::sum);
        recordsWritten.merge(counted, 1L, Long::sum);
    }

    private final class Store implements KeyValueStore<Bytes, byte[]> {
        private final String name;
        private final NavigableMap<Bytes, byte[]> map;
        private boolean open;

        Store(String name, NavigableMap<Bytes, byte[]> map) {
            this.name = name;
            this.map = map;
        }

        @Override
        public void put(Bytes key, byte[] value) {
            write(name, key, value);
            if (value == null) {
                map.remove(key);
            } else {
                map.put(key, value);
            }
        }

        @Override
        public byte[] putIfAbsent(Bytes key, byte[] value) {
            byte[] old = map.get(key);
            if (old == null) {
                put(key, value);
            }
            return old;
        }

        @Override
        public void putAll(List<KeyValue<Bytes, byte[]>> entries) {
            entries.forEach(kv -> put(kv.key, kv.value));
        }

        @Override
        public byte[] delete(Bytes key) {
            byte[] old = map.get(key);
            put(key, null);
            return old;
        }

        @Override
        public byte[] get(Bytes key) {
            return map.get(key);
        }

        @Override
        public KeyValueIterator<Bytes, byte[]> range(Bytes from, Bytes to) {
            NavigableMap<Bytes, byte[]> m = map;
            if (from != null) {
                m = m.tailMap(from, true);
            }
            if (to != null) {
                m = m.headMap(to, true);
            }
            return iterator(m);
        }

        @Override
        public KeyValueIterator<Bytes, byte[]> all() {
            return iterator(map);
        }

        @Override
        public <PS extends Serializer<P>, P> KeyValueIterator<Bytes, byte[]> prefixScan(P prefix, PS serializer) {
            Bytes from = Bytes.wrap(serializer.serialize(null, prefix));
            Bytes to = Bytes.increment(from);
            return iterator(map.subMap(from, true, to, false));
        }

        @Override
        public long approximateNumEntries() {
            return map.size();
        }

        private KeyValueIterator<Bytes, byte[]> iterator(NavigableMap<Bytes, byte[]> m) {
            List<KeyValue<Bytes, byte[]>> copy = new ArrayList<>();
            m.forEach((k, v) -> copy.add(KeyValue.pair(k, v)));
            Iterator<KeyValue<Bytes, byte[]>> it = copy.iterator();
            return new KeyValueIterator<>() {
                private int next;

                @Override
                public void close() {
                }

                @Override
                public Bytes peekNextKey() {
                    return copy.get(next).key;
                }

                @Override
                public boolean hasNext() {
                    return it.hasNext();
                }

                @Override
                public KeyValue<Bytes, byte[]> next() {
                    next++;
                    return it.next();
                }
            };
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public void init(StateStoreContext context, StateStore root) {
            context.register(root, (k, v) -> { });
            open = true;
        }

        @Override
        public void close() {
            // the bytes stay: they are what the next driver finds
            open = false;
        }

        @Override
        public boolean persistent() {
            return false;
        }

        @Override
        public boolean isOpen() {
            return open;
        }

        @Override
        public <R> QueryResult<R> query(Query<R> query, PositionBound bound, QueryConfig config) {
            return QueryResult.forUnknownQueryType(query, this);
        }

        @Override
        public Position getPosition() {
            return Position.emptyPosition();
        }
    }
}
