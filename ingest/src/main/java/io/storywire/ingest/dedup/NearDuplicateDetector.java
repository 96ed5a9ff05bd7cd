package io.storywire.ingest.dedup;

import io.storywire.core.model.NearDuplicate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides, for each new article in arrival order, whether it was seen before (same id: an exact duplicate, not
 * republished) or tells an earlier story in near-identical words (kept, marked with the first copy's id).
 *
 * <p>Similarity is the containment of the smaller article's word shingles in the larger's, computed exactly on
 * the LSH candidates. With word trigrams, rewrites of one wire story keep 15-30 % of the shorter text's
 * trigrams (shared clauses, quotes, figures) while independently written reports of the same event share
 * 3-9 % (names and titles: "President Lee Jae Myung", "the Taiwan Strait"), so 0.15 separates them; the tests
 * check this on pairs beyond the seeds.
 */
public final class NearDuplicateDetector {

    /** Texts with fewer shingles are too short to call near-duplicates: a shared sentence would decide. */
    static final int MIN_SHINGLES = 30;
    static final int BANDS = 128;
    static final int ROWS = 1;

    public enum Kind { NEW, EXACT_DUPLICATE, NEAR_DUPLICATE }

    public record Verdict(Kind kind, NearDuplicate nearDuplicateOf) {
    }

    private final FingerprintStore store;
    private final int shingleSize;
    private final double threshold;
    private final MinHash minHash = new MinHash(BANDS, ROWS);

    public NearDuplicateDetector(FingerprintStore store, int shingleSize, double threshold) {
        this.store = store;
        this.shingleSize = shingleSize;
        this.threshold = threshold;
    }

    /** Judges the article and remembers it (unless it is an exact duplicate). */
    public Verdict admit(String articleId, String body) {
        if (store.fingerprint(articleId) != null) {
            return new Verdict(Kind.EXACT_DUPLICATE, null);
        }
        int[] shingles = Shingles.of(body, shingleSize);
        if (shingles.length < MIN_SHINGLES) {
            store.putFingerprint(articleId, new Fingerprint(articleId, shingles));
            return new Verdict(Kind.NEW, null);
        }
        List<String> bandKeys = minHash.bandKeys(minHash.signature(shingles));
        Fingerprint best = null;
        double bestScore = 0;
        Set<String> candidates = new LinkedHashSet<>();
        for (String key : bandKeys) {
            candidates.addAll(store.bucket(key));
        }
        for (String candidate : candidates) {
            Fingerprint f = store.fingerprint(candidate);
            if (f == null || f.shingles().length < MIN_SHINGLES) {
                continue;
            }
            double score = Shingles.containment(shingles, f.shingles());
            if (score > bestScore) {
                bestScore = score;
                best = f;
            }
        }
        boolean near = best != null && bestScore >= threshold;
        String original = near ? best.originalId() : articleId;
        store.putFingerprint(articleId, new Fingerprint(original, shingles));
        for (String key : bandKeys) {
            store.addToBucket(key, articleId);
        }
        if (!near) {
            return new Verdict(Kind.NEW, null);
        }
        // chains point at the first copy: a rewrite of a rewrite is a near-duplicate of the original story
        return new Verdict(Kind.NEAR_DUPLICATE, new NearDuplicate(original, Math.round(bestScore * 1000) / 1000.0));
    }
}
