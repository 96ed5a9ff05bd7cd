package io.storywire.aggregate.query.routing;

import io.storywire.aggregate.store.StoreNames;
import io.storywire.aggregate.store.TopicIdPartitioner;
import io.storywire.aggregate.query.local.AssignmentEpoch;
import io.storywire.aggregate.query.local.StoreUnavailableException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.processor.StreamPartitioner;
import org.apache.kafka.streams.state.HostInfo;

/**
 * Finds which instances hold which partition of a store, from the Streams assignment (like MetadataService in
 * Confluent's InteractiveQueriesExample), and in which order to ask them: the active one first, then the standbys
 * when stale reads are allowed (as ksqlDB's KsLocator does). The router asks them in that order.
 *
 * <p>With an {@link AssignmentEpoch}, the replicas of every partition of a store are kept while the app stays
 * RUNNING in the same epoch, and a key's partition is computed as the topology's partitioner does (the story
 * state's {@link TopicIdPartitioner}, else murmur2 of the serialised key): {@code queryMetadataForKey} is
 * synchronised on the app's metadata and was where the query threads queued (JFR, P4 in docs/benchmarks.md).
 * While the app is not RUNNING the assignment is asked every time, as before, so a rebalance still answers 503
 * fast.
 */
public final class StoreLocator {

    private static final Serializer<String> KEYS = Serdes.String().serializer();

    private record Assignment(long epoch, List<List<Replica>> partitions) {
    }

    private final KafkaStreams streams;
    private final boolean standbyReads;
    private final AssignmentEpoch epoch;
    private final Map<String, Assignment> assignments = new ConcurrentHashMap<>();
    /** An assignment that never changes, for every store; null: the Streams assignment. */
    private final Assignment fixed;

    /** @param epoch the app's state changes (its listener must be on {@code streams}); null: no cache */
    public StoreLocator(KafkaStreams streams, boolean standbyReads, AssignmentEpoch epoch) {
        this(streams, standbyReads, epoch, null);
    }

    private StoreLocator(KafkaStreams streams, boolean standbyReads, AssignmentEpoch epoch, Assignment fixed) {
        this.streams = streams;
        this.standbyReads = standbyReads;
        this.epoch = epoch;
        this.fixed = fixed;
    }

    /**
     * The same replicas of every store's partitions, for ever: lets the routing policy be tested without Kafka,
     * through the same lookups as a kept assignment.
     */
    static StoreLocator fixed(List<List<Replica>> partitions) {
        return new StoreLocator(null, true, null, new Assignment(0, List.copyOf(partitions)));
    }

    /** Replicas of the partition that holds {@code key}, active first; empty while unknown (rebalancing). */
    public List<Replica> forKey(String store, String key) {
        Assignment kept = kept(store);
        if (kept != null) {
            return kept.partitions().get(partitionOf(store, key, kept.partitions().size()));
        }
        return replicas(metadata(store, key, null), standbyReads);
    }

    /**
     * The replicas to ask for one partition, in order: the active first, then (when stale reads are allowed) the
     * standbys, sorted by host and port since Streams gives them as a set. Empty when Streams does not know the
     * partition yet (re-initialising), which the router answers with 503.
     */
    static List<Replica> replicas(KeyQueryMetadata metadata, boolean standbyReads) {
        if (metadata == null || metadata.equals(KeyQueryMetadata.NOT_AVAILABLE) || metadata.partition() < 0) {
            return List.of();
        }
        List<Replica> replicas = new ArrayList<>();
        if (known(metadata.activeHost())) {
            replicas.add(Replica.active(metadata.activeHost(), metadata.partition()));
        }
        if (standbyReads) {
            metadata.standbyHosts().stream()
                    .filter(StoreLocator::known)
                    .sorted(Comparator.comparing(HostInfo::host).thenComparingInt(HostInfo::port))
                    .forEach(h -> replicas.add(Replica.standby(h, metadata.partition())));
        }
        return replicas;
    }

    private static boolean known(HostInfo host) {
        return host != null && host.port() >= 0 && !"unavailable".equals(host.host()) && !"unknown".equals(host.host());
    }

    /**
     * The partition of a key among the store's {@code partitions}: {@link TopicIdPartitioner} for the story state
     * (keyed by topic id), else what Streams' default partitioner gives a String key.
     */
    static int partitionOf(String store, String key, int partitions) {
        return StoreNames.STORY_STATE.equals(store) ? TopicIdPartitioner.partition(key, partitions)
                : BuiltInPartitioner.partitionForKey(KEYS.serialize(null, key), partitions);
    }

    /**
     * Replicas of every partition of the store, one list per partition, active first. A store-wide answer needs one
     * replica of each; a partition with none makes the whole answer unavailable rather than partial.
     */
    public List<List<Replica>> forEveryPartition(String store) {
        Assignment kept = kept(store);
        List<List<Replica>> partitions = kept != null ? kept.partitions() : ask(store);
        for (int p = 0; p < partitions.size(); p++) {
            if (partitions.get(p).isEmpty()) {
                throw new StoreUnavailableException("partition " + p + " of store " + store + " has no live replica");
            }
        }
        return partitions;
    }

    /** The kept assignment of the store, made now if there is none for this epoch; null when not RUNNING. */
    private Assignment kept(String store) {
        if (fixed != null) {
            return fixed;
        }
        if (epoch == null) {
            return null;
        }
        // read before the state: a change between the two makes the epoch newer than any entry made after it
        long now = epoch.current();
        if (streams.state() != KafkaStreams.State.RUNNING) {
            return null;
        }
        Assignment a = assignments.get(store);
        if (a != null && a.epoch() == now) {
            return a;
        }
        List<List<Replica>> partitions;
        try {
            partitions = ask(store);
        } catch (StoreUnavailableException e) {
            return null;
        }
        a = new Assignment(now, partitions);
        assignments.put(store, a);
        return a;
    }

    /** Replicas of each partition of the store as the assignment says now (a partition may have none). */
    private List<List<Replica>> ask(String store) {
        AtomicInteger count = new AtomicInteger(-1);
        // a partitioner that only records how many partitions the store's source topics have
        KeyQueryMetadata probe = metadata(store, "", (topic, key, value, n) -> {
            count.set(n);
            return Optional.of(Set.of(0));
        });
        if (probe == null || probe.equals(KeyQueryMetadata.NOT_AVAILABLE) || count.get() <= 0) {
            throw new StoreUnavailableException("the assignment of store " + store + " is not known yet");
        }
        List<List<Replica>> partitions = new ArrayList<>();
        for (int p = 0; p < count.get(); p++) {
            int partition = p;
            partitions.add(List.copyOf(replicas(
                    metadata(store, "", (topic, key, value, n) -> Optional.of(Set.of(partition))), standbyReads)));
        }
        return List.copyOf(partitions);
    }

    private KeyQueryMetadata metadata(String store, String key, StreamPartitioner<String, Object> partitioner) {
        KafkaStreams.State state = streams.state();
        if (state != KafkaStreams.State.RUNNING && state != KafkaStreams.State.REBALANCING) {
            throw new StoreUnavailableException("Streams is " + state);
        }
        if (partitioner == null && StoreNames.STORY_STATE.equals(store)) {
            partitioner = new TopicIdPartitioner<>();
        }
        return partitioner == null
                ? streams.queryMetadataForKey(store, key, KEYS)
                : streams.queryMetadataForKey(store, key, partitioner);
    }
}
