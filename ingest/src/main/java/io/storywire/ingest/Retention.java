package io.storywire.ingest;

import java.time.Duration;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * The dedup stores are window stores used as maps whose entries last the retention. A window store hides an
 * entry only once its own stream time, advanced by puts, has passed the entry's time plus the retention: the first
 * lookup after a quiet spell (before anything is put) still saw entries from long before, so an article published
 * again after the retention could be taken for a duplicate of its forgotten self. Lookups here are bounded by the
 * latest record time this processor has seen instead. One per processor; not thread-safe.
 */
final class Retention {

    private final long retentionMs;
    private long streamTime = Long.MIN_VALUE;

    Retention(Duration retention) {
        this.retentionMs = retention.toMillis();
    }

    /** Called with each record's time before its lookups. */
    void observe(long recordTime) {
        streamTime = Math.max(streamTime, recordTime);
    }

    /** The time of the oldest entry still retained. */
    long oldest() {
        return streamTime == Long.MIN_VALUE ? 0L : Math.max(0L, streamTime - retentionMs + 1);
    }

    boolean retains(long entryTime) {
        return entryTime >= oldest();
    }

    /** The newest retained entry of the key (its time and value), or null. */
    <V> KeyValue<Long, V> latest(WindowStore<String, V> store, String key) {
        try (WindowStoreIterator<V> it = store.backwardFetch(key, oldest(), Long.MAX_VALUE)) {
            return it.hasNext() ? it.next() : null;
        }
    }

    /** The newest retained value of the key, or null. */
    <V> V latestValue(WindowStore<String, V> store, String key) {
        KeyValue<Long, V> entry = latest(store, key);
        return entry == null ? null : entry.value;
    }
}
