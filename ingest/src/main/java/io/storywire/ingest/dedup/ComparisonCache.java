package io.storywire.ingest.dedup;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Comparison sets and comparisons already made, shared by the band groups of one JVM. Every band group gets the
 * whole fingerprint of each article and verifies its own candidates, and the best candidates of an article are
 * mostly the same in every group: without sharing, each group built the article's sets and compared it with the
 * same earlier articles again (four times with the default four groups).
 *
 * <p>Exact: a set is reused only for the same article id, the same paragraphs left out and a fingerprint of the
 * same content (compared in full, so an id that came back with another text after its retention is computed
 * again); a comparison only for the very same two set objects, and {@link Similarity#of} depends on nothing else.
 * Least recently used entries go first; safe for several stream threads.
 */
public final class ComparisonCache {

    /** Comparison sets kept: about 12 KB each for a 600-word article, some 25 MB in all. */
    static final int SETS = 2048;
    /**
     * Comparisons kept: the candidates of some 500 articles (16 each). Each entry holds its two sets, so this also
     * bounds the sets kept alive after {@link #SETS} has let them go (typically a few thousand, 10 KB each).
     */
    static final int COMPARISONS = 8_192;

    /** The one cache of this JVM, shared by every band group's {@link BandIndex}. */
    public static final ComparisonCache SHARED = new ComparisonCache(SETS, COMPARISONS);

    private record SetsKey(String articleId, Set<Integer> leftOut) {
    }

    private record Entry(TextFingerprint text, Similarity.Sets sets) {
    }

    /** Identity of the two set objects: the same objects always give the same comparison. */
    private record Pair(Similarity.Sets a, Similarity.Sets b) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Pair p && p.a == a && p.b == b;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(a) * 31 + System.identityHashCode(b);
        }
    }

    /** A comparison: the full result, or only the containment when it was under the threshold asked for. */
    private record Compared(Similarity full, double containment) {
    }

    private final Map<SetsKey, Entry> sets;
    private final Map<Pair, Compared> comparisons;
    private long setsBuilt;
    private long compared;

    ComparisonCache(int setsSize, int comparisonsSize) {
        this.sets = lru(setsSize);
        this.comparisons = lru(comparisonsSize);
    }

    private static <K, V> Map<K, V> lru(int size) {
        return new LinkedHashMap<>(size * 4 / 3 + 1, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > size;
            }
        };
    }

    /** {@code Similarity.Sets.of(text, leftOut)}, built once for the same article, text and paragraphs left out. */
    public Similarity.Sets sets(String articleId, TextFingerprint text, Set<Integer> leftOut) {
        SetsKey key = new SetsKey(articleId, Set.copyOf(leftOut));
        synchronized (sets) {
            Entry e = sets.get(key);
            if (e != null && sameContent(e.text(), text)) {
                return e.sets();
            }
        }
        Similarity.Sets built = Similarity.Sets.of(text, leftOut);
        synchronized (sets) {
            setsBuilt++;
            sets.put(key, new Entry(text, built));
        }
        return built;
    }

    /** {@code Similarity.ofAtLeast(a, b, minContainment)}, made once for the same two set objects. */
    public Similarity ofAtLeast(Similarity.Sets a, Similarity.Sets b, double minContainment) {
        Pair key = new Pair(a, b);
        Compared c;
        synchronized (comparisons) {
            c = comparisons.get(key);
        }
        if (c != null) {
            if (c.containment() < minContainment) {
                return null;
            }
            if (c.full() != null) {
                return c.full();
            }
        }
        double containment = Shingles.containment(a.shingles(), b.shingles());
        Similarity s = containment < minContainment ? null : Similarity.of(a, b, containment);
        Compared made = new Compared(s, containment);
        synchronized (comparisons) {
            compared++;
            comparisons.put(key, made);
        }
        return s;
    }

    /** How many sets were built and comparisons made, not taken from the cache: for tests. */
    long[] work() {
        synchronized (sets) {
            synchronized (comparisons) {
                return new long[] {setsBuilt, compared};
            }
        }
    }

    static boolean sameContent(TextFingerprint a, TextFingerprint b) {
        return a == b || Arrays.equals(a.shingles(), b.shingles()) && Arrays.equals(a.templates(), b.templates())
                && Arrays.equals(a.paragraphs(), b.paragraphs()) && Arrays.equals(a.shingleOwner(), b.shingleOwner())
                && Arrays.equals(a.subject(), b.subject()) && Arrays.equals(a.markWords(), b.markWords());
    }
}
