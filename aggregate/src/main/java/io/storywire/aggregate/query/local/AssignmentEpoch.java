package io.storywire.aggregate.query.local;

import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.streams.KafkaStreams;

/**
 * Counts the Streams app's state changes, so that what the query path caches about the assignment (store handles,
 * which instance holds which partition) is used only while nothing can have moved: every rebalance takes the app
 * from RUNNING to REBALANCING (a stream thread that revokes or gets partitions says so before any task moves), so
 * an entry made at epoch {@code e} while RUNNING is good for as long as the epoch is still {@code e} and the app is
 * still RUNNING. Anything else goes the uncached way, which answers as before (503 fast while rebalancing).
 */
public final class AssignmentEpoch implements KafkaStreams.StateListener {

    private final AtomicLong epoch = new AtomicLong();

    @Override
    public void onChange(KafkaStreams.State now, KafkaStreams.State before) {
        epoch.incrementAndGet();
    }

    public long current() {
        return epoch.get();
    }
}
