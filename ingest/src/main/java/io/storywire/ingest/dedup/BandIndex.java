package io.storywire.ingest.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One band group's work: answers a {@link Probe} with the best earlier near-copy its buckets lead to, and
 * remembers the article for later probes.
 *
 * <ul>
 *   <li>Only articles earlier than the probe's (time, then id) are candidates, and never the article itself, so
 *       a probe delivered twice gets the same answer and is not found to be a copy of itself.</li>
 *   <li>Paragraphs that {@link #BOILERPLATE_PAGES} or more articles of the same source carried (a site's footer,
 *       its standard disclaimer) are left out of both sides of a comparison.</li>
 *   <li>The answer names the candidate's original (the first article of its group), so marks never chain.</li>
 * </ul>
 */
public final class BandIndex {

    /** A paragraph in this many articles of one source is that source's boilerplate, not news. */
    public static final int BOILERPLATE_PAGES = 3;
    /** Exact similarity is computed for this many candidates at most, the ones sharing the most bands. */
    static final int MAX_VERIFIED = 16;

    private final BandStore store;
    /** Sets and comparisons shared with the other band groups of this JVM (each verifies the same candidates). */
    private final ComparisonCache cache;
    private final double containmentThreshold;
    private final double marksThreshold;

    public BandIndex(BandStore store, double containmentThreshold, double marksThreshold) {
        this(store, containmentThreshold, marksThreshold, ComparisonCache.SHARED);
    }

    BandIndex(BandStore store, double containmentThreshold, double marksThreshold, ComparisonCache cache) {
        this.store = store;
        this.cache = cache;
        this.containmentThreshold = containmentThreshold;
        this.marksThreshold = marksThreshold;
    }

    public Answer answer(Probe probe) {
        String id = probe.articleId();
        Indexed self = store.article(id);
        if (self == null) {
            countParagraphs(probe.source(), probe.text());
            self = new Indexed(probe.time(), probe.published(), probe.source(), probe.text(), null, 0);
        }
        Set<Integer> own = boilerplate(probe.source(), probe.text());
        Similarity.Sets mine = cache.sets(id, probe.text(), own);
        int[] shingles = mine.shingles();
        Answer best = Answer.none(id, probe.group());
        if (shingles.length >= Scatter.MIN_SHINGLES) {
            int verified = 0;
            for (String candidate : candidates(probe)) {
                Indexed c = store.article(candidate);
                if (c == null || !c.before(probe.time(), candidate, id)) {
                    continue;
                }
                if (++verified > MAX_VERIFIED) {
                    break;
                }
                Similarity.Sets other = setsOf(candidate, c);
                if (other.shingles().length < Scatter.MIN_SHINGLES) {
                    continue;
                }
                Similarity s = cache.ofAtLeast(mine, other, containmentThreshold);
                if (s == null) {
                    continue; // under the threshold: nearCopy would say no
                }
                long apart = Math.abs(probe.published() - c.published());
                if (s.nearCopy(containmentThreshold, marksThreshold, apart) && s.containment() > best.similarity()) {
                    String original = c.originalId() != null ? c.originalId() : candidate;
                    best = new Answer(id, probe.group(), candidate, original, round(s.containment()));
                }
            }
        }
        if (!self.indexedIn(probe.group())) {
            for (String key : probe.bandKeys()) {
                store.addToBucket(key, id);
            }
            self = self.withGroup(probe.group());
        }
        store.putArticle(id, self);
        return best;
    }

    /** A candidate's comparison sets, computed again only when its boilerplate has changed. */
    private Similarity.Sets setsOf(String id, Indexed c) {
        return cache.sets(id, c.text(), boilerplate(c.source(), c.text()));
    }

    /** The gathered verdict: later probes that find this article are sent on to its original. */
    public void settle(String articleId, String originalId) {
        Indexed a = store.article(articleId);
        if (a != null && !originalId.equals(a.originalId())) {
            store.putArticle(articleId, a.withOriginal(originalId));
        }
    }

    /**
     * Earlier articles met in the probe's buckets, the ones sharing the most bands first (ties by id). A level of
     * equal counts is sorted only when reached: the caller stops after {@link #MAX_VERIFIED} verified candidates,
     * while full buckets give hundreds of ids, and sorting them all was most of the lookups' cost at 12,000 articles.
     */
    private Iterable<String> candidates(Probe probe) {
        Map<String, int[]> collisions = new HashMap<>();
        for (String key : probe.bandKeys()) {
            for (String other : store.bucket(key)) {
                if (!other.equals(probe.articleId())) {
                    collisions.computeIfAbsent(other, k -> new int[1])[0]++;
                }
            }
        }
        List<List<String>> byCount = new ArrayList<>();
        for (int i = 0; i <= probe.bandKeys().size(); i++) {
            byCount.add(new ArrayList<>());
        }
        // an id can be listed twice in one bucket (a replayed write under at_least_once), so its count can pass the
        // number of keys: such ids go with the top level
        collisions.forEach((id, n) -> byCount.get(Math.min(n[0], byCount.size() - 1)).add(id));
        return () -> java.util.stream.IntStream.iterate(byCount.size() - 1, n -> n > 0, n -> n - 1)
                .mapToObj(byCount::get)
                .flatMap(level -> level.stream().sorted())
                .iterator();
    }

    private void countParagraphs(String source, TextFingerprint text) {
        Set<Integer> seen = new HashSet<>();
        for (int p : text.paragraphs()) {
            if (seen.add(p)) {
                String key = paragraphKey(source, p);
                store.putParagraphCount(key, store.paragraphCount(key) + 1);
            }
        }
    }

    private Set<Integer> boilerplate(String source, TextFingerprint text) {
        Set<Integer> out = new HashSet<>();
        int[] paragraphs = text.paragraphs();
        for (int i = 0; i < paragraphs.length; i++) {
            if (store.paragraphCount(paragraphKey(source, paragraphs[i])) >= BOILERPLATE_PAGES) {
                out.add(i);
            }
        }
        return out;
    }

    private static String paragraphKey(String source, int paragraph) {
        return source + "|" + Integer.toHexString(paragraph);
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
