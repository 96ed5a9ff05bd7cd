package io.storywire.ingest.dedup;

import java.util.List;

/**
 * Where the detector keeps what it has seen: the shingles of every article and the LSH buckets. The Streams
 * processor backs it with two state stores; tests with maps.
 */
public interface FingerprintStore {

    /** The fingerprint of an article already seen, or null. */
    Fingerprint fingerprint(String articleId);

    void putFingerprint(String articleId, Fingerprint fingerprint);

    /** The ids in one LSH bucket, oldest first; empty when none. */
    List<String> bucket(String bandKey);

    void putBucket(String bandKey, List<String> articleIds);
}
