package io.storywire.ingest.dedup;

import java.util.List;

/**
 * Where the detector keeps what it has seen: the fingerprint of every article and the LSH buckets. The Streams
 * processor backs it with two window stores, so both expire after the dedup retention; tests use maps.
 */
public interface FingerprintStore {

    /** {@link #bucket} returns at most this many ids: a shingle common to many articles stays cheap. */
    int MAX_BUCKET = 64;

    /** The fingerprint of an article already seen (and not yet expired), or null. */
    Fingerprint fingerprint(String articleId);

    void putFingerprint(String articleId, Fingerprint fingerprint);

    /** The ids in one LSH bucket, newest first, at most {@link #MAX_BUCKET}; empty when none. */
    List<String> bucket(String bandKey);

    void addToBucket(String bandKey, String articleId);
}
