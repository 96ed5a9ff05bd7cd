package io.storywire.aggregate.query;

/**
 * What one instance asks another, sent as the JSON body of a POST: a body holds a batch of a thousand ids with room
 * to spare (Javalin reads up to 1 MB), unlike the request line (Jetty's 8 KB), which a few hundred ids overran.
 *
 * @param partition the store partition to read
 * @param stale     true to read a standby copy, false for the active, fully restored one only
 * @param arg       the query's argument (a key, or a JSON array of keys for a batch query)
 */
public record PeerRequest(int partition, boolean stale, String arg) {

    public PeerRequest {
        if (partition < 0) {
            throw new IllegalArgumentException("partition must be 0 or more, not " + partition);
        }
        arg = arg == null ? "" : arg;
    }
}
