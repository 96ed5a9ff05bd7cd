package io.storywire.ingest;

import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.StateStoreContext;
import org.apache.kafka.streams.state.StoreBuilder;

/**
 * A store that holds nothing and counts its task's commits, so that the gather knows when the articles it
 * published have had their outputs flushed and their input offsets committed: Kafka Streams calls {@link #commit}
 * on every store of a task after the task's offsets are committed (at_least_once), between two records of the
 * stream thread. Nothing is written from here: the gather prunes its completed entries in its next record.
 * (The aggregate has the same class; the stages share no code outside core.)
 */
final class CommitMarker implements StateStore {

    private final String name;
    private volatile long commits;
    private boolean open;

    CommitMarker(String name) {
        this.name = name;
    }

    /** How many commits the task has finished since this store was opened. */
    long commits() {
        return commits;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void init(StateStoreContext context, StateStore root) {
        // nothing to restore: a new task starts with no completed entry known to be committed
        context.register(root, (key, value) -> { });
        open = true;
    }

    @Override
    public void commit(Map<TopicPartition, Long> changelogOffsets) {
        commits++;
    }

    @Override
    public void close() {
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

    /** Builds the marker; it has no changelog and no cache, whatever is asked. */
    static StoreBuilder<CommitMarker> builder(String name) {
        return new StoreBuilder<>() {
            @Override
            public StoreBuilder<CommitMarker> withCachingEnabled() {
                return this;
            }

            @Override
            public StoreBuilder<CommitMarker> withCachingDisabled() {
                return this;
            }

            @Override
            public StoreBuilder<CommitMarker> withLoggingEnabled(Map<String, String> config) {
                return this;
            }

            @Override
            public StoreBuilder<CommitMarker> withLoggingDisabled() {
                return this;
            }

            @Override
            public CommitMarker build() {
                return new CommitMarker(name);
            }

            @Override
            public Map<String, String> logConfig() {
                return Map.of();
            }

            @Override
            public boolean loggingEnabled() {
                return false;
            }

            @Override
            public String name() {
                return name;
            }
        };
    }
}
