package io.storywire.ingest.dedup;

import java.util.Arrays;

/**
 * How alike two texts are, measured two ways, and the rule that calls one a near-copy of the other.
 *
 * <p>{@code containment}: the share of the smaller text's word shingles found in the other (a shortened rewrite
 * still scores high). It alone cannot tell a copy from a <em>template sibling</em>: two market reports, weather
 * bulletins or greetings written from one formula share 50-90 % of their shingles yet report other figures,
 * names and places. {@code facts}: of the smaller text's shingles that hold a number or a name and whose wording
 * the other text has too (the same shingle, or the same with other marks in it), the share that carries the same
 * marks. A copy, even edited, says the same things in the same places (0.8 and up); a template sibling keeps the
 * wording and changes the figures and names in it. Both must agree.
 *
 * @param containment shingle containment of the smaller text in the larger, 0..1
 * @param facts       agreeing / (agreeing + substituted) fact shingles of the smaller text, 0..1
 * @param compared    agreeing + substituted: under {@link #MIN_FACTS} the fact test says nothing
 */
public record Similarity(double containment, double facts, int compared) {

    /** Below this many comparable fact shingles a text has too few facts to test: containment decides. */
    public static final int MIN_FACTS = 4;
    /**
     * Without facts to test, shared wording alone must be this high: formula phrases ("agreed in principle to
     * sell ... for undisclosed terms") give unrelated items 15-25 % containment.
     */
    public static final double UNTESTED_CONTAINMENT = 0.3;

    /** @param a the fingerprint sets of one text, {@code b} of the other; the smaller is judged against the larger */
    public static Similarity of(Sets a, Sets b) {
        Sets small = a.shingles.length <= b.shingles.length ? a : b;
        Sets large = small == a ? b : a;
        int agree = 0;
        int substituted = 0;
        for (long f : small.facts) {
            int shingle = (int) (f >>> 32);
            int template = (int) f;
            if (Arrays.binarySearch(large.shingles, shingle) >= 0) {
                agree++;
            } else if (Arrays.binarySearch(large.templates, template) >= 0) {
                substituted++;
            }
        }
        int compared = agree + substituted;
        return new Similarity(Shingles.containment(a.shingles, b.shingles),
                compared == 0 ? 1 : (double) agree / compared, compared);
    }

    /** True when the texts tell the same facts in largely the same words. */
    public boolean nearCopy(double containmentThreshold, double factsThreshold) {
        if (containment < containmentThreshold) {
            return false;
        }
        return compared >= MIN_FACTS ? facts >= factsThreshold : containment >= UNTESTED_CONTAINMENT;
    }

    /** What a comparison needs of one text, boilerplate left out: sorted shingles and templates, fact pairs. */
    public record Sets(int[] shingles, int[] templates, long[] facts) {

        public static Sets of(TextFingerprint text, java.util.Set<Integer> leftOut) {
            return new Sets(text.shingleSet(leftOut), text.templateSet(leftOut), text.factShingles(leftOut));
        }
    }
}
