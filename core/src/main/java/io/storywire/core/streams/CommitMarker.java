package io.storywire.core.streams;

import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.StateStoreContext;
import org.apache.kafka.streams.state.StoreBuilder;

/**
 * A store that holds nothing and counts its task's commits, so that a processor knows when what it recorded before
 * (the aggregate's journal entries, ingest's completed gather entries) has had its outputs flushed and its input
 * offsets committed: Kafka Streams (as of 4.3.1; see the aggregate's JournalPruningTest) calls {@link #commit} on
 * every store of a task after the task's offsets are committed (at_least_once), between two records of the stream
 * thread. Nothing is written from here: the processor prunes in its next record.
 */
public final class CommitMarker implements StateStore {

    private final String name;
    private final boolean byHand;
    private volatile long commits;
    private boolean open;

    /**
     * @param byHand count only {@link #markCommitted()}, not the task's commits: for a TopologyTestDriver, which
     *               commits after every record of every internal topic but loses the internal records it has not
     *               processed yet when a test makes it crash, where a broker would keep them
     */
    private CommitMarker(String name, boolean byHand) {
        this.name = name;
        this.byHand = byHand;
    }

    /** A commit that a test declares: everything processed so far has its outputs and input offsets committed. */
    public void markCommitted() {
        commits++;
    }

    /** How many commits the task has finished since this store was opened. */
    public long commits() {
        return commits;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void init(StateStoreContext context, StateStore root) {
        // nothing to restore: a new task starts with no journal entry known to be committed
        context.register(root, (key, value) -> { });
        open = true;
    }

    @Override
    public void commit(Map<TopicPartition, Long> changelogOffsets) {
        if (!byHand) {
            commits++;
        }
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
    /** A marker that counts the task's commits. */
    public static StoreBuilder<CommitMarker> builder(String name) {
        return builder(name, false);
    }

    public static StoreBuilder<CommitMarker> builder(String name, boolean byHand) {
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
                return new CommitMarker(name, byHand);
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
