package io.storywire.aggregate.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.state.HostInfo;

/**
 * Which replicas of a store partition to ask, in order: the active one first, then the standbys when stale reads
 * are allowed (as ksqlDB's KsLocator does). Pure, so the routing decisions are unit-tested without Kafka.
 */
public final class ReplicaOrder {

    private ReplicaOrder() {
    }

    /**
     * @return the replicas to try; empty when Streams does not know the partition yet (re-initialising), which the
     *         caller answers with 503
     */
    public static List<Replica> of(KeyQueryMetadata metadata, boolean standbyReads) {
        if (metadata == null || metadata.equals(KeyQueryMetadata.NOT_AVAILABLE) || metadata.partition() < 0) {
            return List.of();
        }
        List<Replica> replicas = new ArrayList<>();
        if (known(metadata.activeHost())) {
            replicas.add(Replica.active(metadata.activeHost(), metadata.partition()));
        }
        if (standbyReads) {
            metadata.standbyHosts().stream()
                    .filter(ReplicaOrder::known)
                    .sorted(Comparator.comparing(HostInfo::host).thenComparingInt(HostInfo::port))
                    .forEach(h -> replicas.add(Replica.standby(h, metadata.partition())));
        }
        return replicas;
    }

    /** Of the standbys that answered, the one least behind its changelog wins. */
    public static <T> Answer<T> freshest(List<Answer<T>> standbyAnswers) {
        return standbyAnswers.stream().min(Comparator.comparingLong(Answer::offsetLag))
                .orElseThrow(() -> new StoreUnavailableException("no standby answered"));
    }

    static boolean known(HostInfo host) {
        return host != null && host.port() >= 0 && !"unavailable".equals(host.host()) && !"unknown".equals(host.host());
    }
}
