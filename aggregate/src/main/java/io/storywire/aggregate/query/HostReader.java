package io.storywire.aggregate.query;

import org.apache.kafka.streams.state.HostInfo;

/** Reads a replica on this instance from the local store, and any other over HTTP. */
public final class HostReader implements ReplicaReader {

    private final HostInfo self;
    private final LocalStores local;
    private final PeerClient peers;

    public HostReader(HostInfo self, LocalStores local, PeerClient peers) {
        this.self = self;
        this.local = local;
        this.peers = peers;
    }

    @Override
    public <T> Answer<T> read(Replica replica, LocalQuery<T> query, String arg) {
        return replica.host().equals(self)
                ? local.run(query, replica.partition(), replica.standby(), arg)
                : peers.run(replica, query, arg);
    }
}
