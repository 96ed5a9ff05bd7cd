package io.storywire.aggregate.cluster;

/** The key-value view of a state store the clusterer needs; a Streams store in the topology, a map in unit tests. */
public interface Table<V> {

    V get(String key);

    void put(String key, V value);

    void delete(String key);
}
