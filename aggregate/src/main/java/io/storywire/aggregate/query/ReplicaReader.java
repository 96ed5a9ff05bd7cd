package io.storywire.aggregate.query;

/** Runs a query on one replica; throws {@link StoreUnavailableException} when that replica cannot answer. */
public interface ReplicaReader {

    <T> Answer<T> read(Replica replica, LocalQuery<T> query, String arg);
}
