package io.storywire.eval.stories;

import io.storywire.core.model.Article;
import io.storywire.ingest.IngestSettings;
import io.storywire.ingest.dedup.Fingerprint;
import io.storywire.ingest.dedup.FingerprintStore;
import io.storywire.ingest.dedup.NearDuplicateDetector;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Marks near-duplicates as ingest would, with ingest's own detector over an in-memory store, so that a replay
 * outside Kafka sees the same {@link Article#nearDuplicateOf} marks the pipeline would.
 */
final class NearDuplicateMarker {

    private final NearDuplicateDetector detector;

    NearDuplicateMarker(IngestSettings settings) {
        this.detector = new NearDuplicateDetector(new MemoryStore(), settings.shingleSize(),
                settings.nearDuplicateThreshold());
    }

    /** The article, marked when an earlier one told the same story in near-identical words. */
    Article mark(Article article) {
        NearDuplicateDetector.Verdict verdict = detector.admit(article.id(), article.body());
        return verdict.kind() == NearDuplicateDetector.Kind.NEAR_DUPLICATE
                ? article.withNearDuplicateOf(verdict.nearDuplicateOf())
                : article;
    }

    private static final class MemoryStore implements FingerprintStore {
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
            List<String> ids = buckets.getOrDefault(bandKey, List.of());
            // newest first, as the store contract says
            List<String> newestFirst = new ArrayList<>(ids.subList(Math.max(0, ids.size() - MAX_BUCKET), ids.size()));
            Collections.reverse(newestFirst);
            return newestFirst;
        }

        @Override
        public void addToBucket(String bandKey, String articleId) {
            buckets.computeIfAbsent(bandKey, k -> new ArrayList<>()).add(articleId);
        }
    }
}
