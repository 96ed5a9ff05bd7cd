package io.storywire.ingest.dedup;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns an article into one {@link Probe} per band group: MinHash over its shingles, one-row LSH bands, band
 * {@code b} owned by group {@code b % groups}. Groups are what spreads near-duplicate detection over tasks: each
 * looks up only its own bands, so each holds a share of the buckets and does a share of the lookups.
 *
 * <p>Rewrites of a wire story share only a few percent of their word trigrams with the original (6-9 % Jaccard),
 * so bands are one row wide: with 128 bands an article whose Jaccard with an earlier one is 0.04 still shares a
 * band with it with probability 1 - 0.96^128 > 99 %. Candidates are verified exactly, so the wide net costs
 * lookups, not false marks.
 */
public final class Scatter {

    public static final int BANDS = 128;
    /** Texts with fewer distinct shingles are too short to call near-duplicates: a shared sentence would decide. */
    public static final int MIN_SHINGLES = 30;

    private final MinHash minHash = new MinHash(BANDS, 1);
    private final int shingleSize;
    private final int groups;

    public Scatter(int shingleSize, int groups) {
        if (groups < 1 || groups > 31 || BANDS % groups != 0) {
            throw new IllegalArgumentException("band groups must divide " + BANDS + " and be at most 31: " + groups);
        }
        this.shingleSize = shingleSize;
        this.groups = groups;
    }

    public int groups() {
        return groups;
    }

    /** The probes of one article, one a group; none when the text is too short to compare. */
    public List<Probe> probes(String articleId, long time, long published, String source, String body) {
        TextFingerprint text = TextFingerprint.of(body, shingleSize);
        if (text.distinctShingles() < MIN_SHINGLES) {
            return List.of();
        }
        int[] distinct = java.util.Arrays.stream(text.shingles()).distinct().toArray();
        List<String> keys = minHash.bandKeys(minHash.signature(distinct));
        List<Probe> probes = new ArrayList<>(groups);
        for (int g = 0; g < groups; g++) {
            List<String> own = new ArrayList<>(BANDS / groups);
            for (int b = g; b < keys.size(); b += groups) {
                own.add(keys.get(b));
            }
            probes.add(new Probe(articleId, time, published, source == null ? "" : source, g, own, text));
        }
        return probes;
    }
}
