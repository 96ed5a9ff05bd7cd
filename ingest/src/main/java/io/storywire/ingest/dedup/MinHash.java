package io.storywire.ingest.dedup;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * MinHash signatures with LSH banding. Two sets agree on one signature slot with probability equal to their
 * Jaccard similarity; LSH makes articles that agree on all rows of any band candidates of each other.
 *
 * <p>Rewrites of a wire story share only a few percent of their word trigrams with the original (the seeds: 6-9 %
 * Jaccard, 19-29 % containment), so bands are one row wide: with 128 bands an article whose Jaccard with an
 * earlier one is 0.04 still becomes its candidate with probability 1 - 0.96^128 > 99 %. Candidates are then
 * verified exactly (see {@link NearDuplicateDetector}), so the wide net costs lookups, not false marks.
 */
public final class MinHash {

    private final int[] seeds;
    private final int rows;

    /** @param bands bands of {@code rows} slots each; the signature has bands × rows slots. */
    public MinHash(int bands, int rows) {
        this.rows = rows;
        this.seeds = new SplittableRandom(0x5703_17E5L).ints(bands * rows).toArray(); // fixed: stable across restarts
    }

    public int[] signature(int[] shingles) {
        int[] sig = new int[seeds.length];
        java.util.Arrays.fill(sig, Integer.MAX_VALUE);
        for (int s : shingles) {
            for (int i = 0; i < seeds.length; i++) {
                int h = Shingles.mix(s ^ seeds[i]);
                if (h < sig[i]) {
                    sig[i] = h;
                }
            }
        }
        return sig;
    }

    /** One key per band: the band's number and the hash of its rows. */
    public List<String> bandKeys(int[] signature) {
        List<String> keys = new ArrayList<>(signature.length / rows);
        for (int band = 0; band * rows < signature.length; band++) {
            int h = band;
            for (int r = 0; r < rows; r++) {
                h = Shingles.mix(h * 31 + signature[band * rows + r]);
            }
            keys.add(band + ":" + Integer.toHexString(h));
        }
        return keys;
    }
}
