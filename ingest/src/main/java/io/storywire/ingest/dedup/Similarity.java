package io.storywire.ingest.dedup;

/**
 * How alike two texts are, measured two ways, and the rule that calls one a near-copy of the other.
 *
 * <p>{@code containment}: the share of the smaller text's word shingles found in the other (a shortened rewrite
 * still scores high). It alone cannot tell a copy from a <em>template sibling</em>: two market reports, weather
 * bulletins or greetings written from one formula share 50-90 % of their shingles yet report other figures,
 * names and places. {@code marks}: the share of the smaller text's numbers and capitalised names found in the
 * other. A copy, even edited or shortened, keeps its facts (0.7 and up); a template sibling keeps the formula's
 * fixed names and changes the rest (0.2-0.5). Both must agree.
 *
 * @param containment shingle containment of the smaller text in the larger, 0..1
 * @param marks       mark containment of the text with fewer marks in the other, 0..1
 * @param fewerMarks  how many marks the text with fewer has: under {@link #MIN_MARKS} the mark test says nothing
 */
public record Similarity(double containment, double marks, int fewerMarks) {

    /** Below this many marks a text has too few facts to test (a commentary, a poem): containment decides. */
    public static final int MIN_MARKS = 4;

    public static Similarity of(int[] shinglesA, int[] marksA, int[] shinglesB, int[] marksB) {
        int fewer = Math.min(marksA.length, marksB.length);
        return new Similarity(Shingles.containment(shinglesA, shinglesB),
                fewer == 0 ? 0 : (double) Shingles.intersection(marksA, marksB) / fewer, fewer);
    }

    /** True when the texts tell the same facts in largely the same words. */
    public boolean nearCopy(double containmentThreshold, double marksThreshold) {
        return containment >= containmentThreshold && (fewerMarks < MIN_MARKS || marks >= marksThreshold);
    }
}
