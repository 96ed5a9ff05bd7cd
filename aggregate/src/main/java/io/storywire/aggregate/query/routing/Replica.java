package io.storywire.aggregate.query.routing;

import org.apache.kafka.streams.state.HostInfo;

/** One instance that holds a copy of a store partition: the active one, or a standby that may lag behind. */
public record Replica(HostInfo host, int partition, boolean standby) {

    public static Replica active(HostInfo host, int partition) {
        return new Replica(host, partition, false);
    }

    public static Replica standby(HostInfo host, int partition) {
        return new Replica(host, partition, true);
    }
}
