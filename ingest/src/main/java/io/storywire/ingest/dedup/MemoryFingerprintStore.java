package io.storywire.ingest.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fingerprint store in plain maps: the same detector the Streams processor runs on state stores, for unit tests
 * and offline replays (the evaluation marks near-duplicates with it).
 */
public final class MemoryFingerprintStore implements FingerprintStore {

    private final Map<String, Fingerprint> fingerprints = new HashMap<>();
    private final Map<String, List<String>> buckets = new HashMap<>();

    @Override
    public Fingerprint fingerprint(String articleId) {
        return fingerprints.get(articleId);
    }

    @Override
    public void putFingerprint(String articleId, Fingerprint fingerprint) {
        fingerprints.put(articleId, fingerprint);
    }

    @Override
    public List<String> bucket(String bandKey) {
        return buckets.getOrDefault(bandKey, List.of());
    }

    /** Newest first, at most {@link #MAX_BUCKET}, as the store contract says. */
    @Override
    public void addToBucket(String bandKey, String articleId) {
        List<String> ids = new ArrayList<>(List.of(articleId));
        ids.addAll(buckets.getOrDefault(bandKey, List.of()));
        buckets.put(bandKey, List.copyOf(ids.subList(0, Math.min(ids.size(), MAX_BUCKET))));
    }
}
