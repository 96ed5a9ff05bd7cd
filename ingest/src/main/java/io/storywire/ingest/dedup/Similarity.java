package io.storywire.ingest.dedup;

import java.util.Arrays;

/**
 * How alike two texts are, and the rule that calls one a near-copy of the other.
 *
 * <p>{@code containment}: the share of the smaller text's word shingles found in the other (a shortened rewrite
 * still scores high). It alone cannot tell a copy from a <em>template sibling</em>: two market reports, weather
 * bulletins, filings or greetings written from one formula share 50-90 % of their shingles yet report other
 * figures, names, places or days. So the shingles that hold a <em>mark</em> (a number or a capitalised name) are
 * compared as well: one of the smaller text's fact shingles <em>agrees</em> when the other text has it, and is
 * <em>substituted</em> when the other has the same wording with other marks in it ("Acme Corp said" against
 * "Zenith Corp said"). A copy, even edited, says the same things in the same places; a sibling keeps the wording
 * and changes what it is about, above all in its lead (who did what), and is often from another day.
 *
 * @param containment shingle containment of the smaller text in the larger, 0..1
 * @param agreeing    fact shingles of the smaller text found as they are in the other
 * @param substituted fact shingles of the smaller text found in the other only with other marks
 * @param leadAgreeing    the same, over the smaller text's lead ({@link #LEAD_SHINGLES} first shingles)
 * @param leadSubstituted the same, over the lead
 * @param subject     share of the words of each text's subject (its first run of names) that the other text has
 *                    among its marks, the lower of the two; 1 when neither has one
 * @param passage     the longest run of consecutive shingles of the smaller text that are all found in the other
 *                    text (a copied passage; measured only under {@link #PASSAGE_ZONE}, else Integer.MAX_VALUE)
 */
public record Similarity(double containment, int agreeing, int substituted, int leadAgreeing, int leadSubstituted,
                         double subject, int passage) {

    /** Below this many comparable fact shingles a text has too few facts to test: containment decides. */
    public static final int MIN_FACTS = 4;
    /**
     * Without facts to test, shared wording alone must be this high: formula phrases ("agreed in principle to
     * sell ... for undisclosed terms") give unrelated items 15-25 % containment.
     */
    public static final double UNTESTED_CONTAINMENT = 0.3;
    /** The lead: about the first sentence and a half, where a wire story says who did what. */
    public static final int LEAD_SHINGLES = 40;
    /** Two texts this far apart in publication time are copies only if hardly a fact differs (a later re-post). */
    public static final long MAX_FACT_DRIFT_MS = 2L * 24 * 3600 * 1000;
    public static final double DRIFTED_FACTS = 0.9;
    /** More than half the words of each text's subject must be named in the other. */
    public static final double MIN_SUBJECT = 0.5;
    /**
     * Under this containment the shared wording must include a copied passage: a site that reprints a wire story's
     * paragraphs under its own lead shares whole sentences with it, while two wire items about one company, market
     * or agency a few days apart share only formula phrases ("said it agreed to", "told the Securities and
     * Exchange Commission") scattered through the text. Read on the tuned part of Reuters wire copy: most marks
     * under 0.3 containment were such follow-ups or siblings, and so were most between 0.3 and 0.5 that had no long
     * shared run (two desks' write-ups of one announcement, the next step of one deal).
     */
    public static final double PASSAGE_ZONE = 0.5;
    /** A copied passage: this many consecutive shared word trigrams, 14 words in a row. */
    public static final int MIN_PASSAGE = 12;

    /** Share of agreeing among comparable fact shingles; 1 when none is comparable. */
    public double facts() {
        return agreeing + substituted == 0 ? 1 : (double) agreeing / (agreeing + substituted);
    }

    public double leadFacts() {
        return leadAgreeing + leadSubstituted == 0 ? 1 : (double) leadAgreeing / (leadAgreeing + leadSubstituted);
    }

    /** @param a the fingerprint sets of one text, {@code b} of the other; the smaller is judged against the larger */
    public static Similarity of(Sets a, Sets b) {
        return of(a, b, Shingles.containment(a.shingles, b.shingles));
    }

    /**
     * As {@link #of(Sets, Sets)}, or null when the containment is under {@code minContainment}: such a pair is no
     * near-copy whatever its facts ({@link #nearCopy} rejects it first), and most candidates an LSH band brings are
     * such pairs, so the fact counts and the passage scan are not worth making for them.
     */
    public static Similarity ofAtLeast(Sets a, Sets b, double minContainment) {
        double containment = Shingles.containment(a.shingles, b.shingles);
        return containment < minContainment ? null : of(a, b, containment);
    }

    /** @param containment {@code Shingles.containment(a.shingles, b.shingles)}, already computed */
    static Similarity of(Sets a, Sets b, double containment) {
        Sets small = a.shingles.length <= b.shingles.length ? a : b;
        Sets large = small == a ? b : a;
        int[] all = count(small.facts, large);
        int[] lead = count(small.leadFacts, large);
        double subject = Math.min(named(small.subject, large.markWords), named(large.subject, small.markWords));
        // the passage only decides in the low-containment zone; elsewhere the scan is skipped
        int passage = containment < PASSAGE_ZONE ? longestRun(small.sequence, common(small.shingles, large.shingles))
                : Integer.MAX_VALUE;
        return new Similarity(containment, all[0], all[1], lead[0], lead[1], subject, passage);
    }

    /**
     * The shingles two sorted sets share, sorted. A shingle of the smaller text is in the larger exactly when it
     * is in this, and under {@link #PASSAGE_ZONE} this is less than half the smaller set: the passage scan looks
     * each shingle of the text up here instead of in the larger text's whole set.
     */
    static int[] common(int[] a, int[] b) {
        int[] out = new int[Math.min(a.length, b.length)];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                out[n++] = a[i];
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /**
     * The longest run of consecutive shingles of {@code sequence} (text order) found in {@code sorted}. The set is
     * put in an open-addressing table first: one or two probes a shingle instead of a binary search, which was a
     * fifth of the band groups' time on generated bench text (many candidates in the passage zone).
     */
    static int longestRun(int[] sequence, int[] sorted) {
        int bits = 32 - Integer.numberOfLeadingZeros(Math.max(1, sorted.length * 2));
        int[] table = new int[1 << bits];
        boolean[] used = new boolean[1 << bits];
        int mask = (1 << bits) - 1;
        for (int v : sorted) {
            int h = slot(v, bits);
            while (used[h] && table[h] != v) {
                h = (h + 1) & mask;
            }
            used[h] = true;
            table[h] = v;
        }
        int best = 0;
        int run = 0;
        for (int shingle : sequence) {
            int h = slot(shingle, bits);
            while (used[h] && table[h] != shingle) {
                h = (h + 1) & mask;
            }
            run = used[h] ? run + 1 : 0;
            best = Math.max(best, run);
        }
        return best;
    }

    /** Fibonacci hashing: the top {@code bits} bits of the value times the golden ratio. */
    private static int slot(int v, int bits) {
        return bits == 0 ? 0 : (v * 0x9E3779B9) >>> (32 - bits);
    }

    /** The share of a subject's words among the other text's marks; 1 for no subject. */
    private static double named(int[] subject, int[] marks) {
        int found = 0;
        for (int w : subject) {
            if (Arrays.binarySearch(marks, w) >= 0) {
                found++;
            }
        }
        return subject.length == 0 ? 1 : (double) found / subject.length;
    }

    private static int[] count(long[] facts, Sets other) {
        int agree = 0;
        int substituted = 0;
        for (long f : facts) {
            if (Arrays.binarySearch(other.shingles, (int) (f >>> 32)) >= 0) {
                agree++;
            } else if (Arrays.binarySearch(other.templates, (int) f) >= 0) {
                substituted++;
            }
        }
        return new int[] {agree, substituted};
    }

    /**
     * True when the texts tell the same facts in largely the same words.
     *
     * @param apartMs how far apart the two were published
     */
    public boolean nearCopy(double containmentThreshold, double factsThreshold, long apartMs) {
        if (containment < containmentThreshold) {
            return false;
        }
        if (containment < PASSAGE_ZONE && passage < MIN_PASSAGE) {
            return false; // shared formula phrases, no copied passage: a follow-up or sibling, not a copy
        }
        if (apartMs > MAX_FACT_DRIFT_MS && facts() < DRIFTED_FACTS) {
            return false; // the same formula on another day with other figures: a daily report, not a copy
        }
        if (subject <= MIN_SUBJECT) {
            return false; // the same formula about another company, country or team
        }
        if (leadAgreeing + leadSubstituted >= 2 && leadFacts() < factsThreshold) {
            return false; // the same wording about someone or something else
        }
        return agreeing + substituted >= MIN_FACTS ? facts() >= factsThreshold : containment >= UNTESTED_CONTAINMENT;
    }

    /** What a comparison needs of one text, boilerplate left out: sorted shingles and templates, fact pairs. */
    public record Sets(int[] shingles, int[] templates, long[] facts, long[] leadFacts, int[] subject,
                       int[] markWords, int[] sequence) {

        public static Sets of(TextFingerprint text, java.util.Set<Integer> leftOut) {
            return new Sets(text.shingleSet(leftOut), text.templateSet(leftOut), text.factShingles(leftOut),
                    text.factShingles(leftOut, LEAD_SHINGLES), text.subject(), text.markWords(),
                    text.shingleSequence(leftOut));
        }
    }
}
