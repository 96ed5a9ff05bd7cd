package io.storywire.aggregate.cluster;

import io.storywire.aggregate.cluster.Postings.Posting;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Inverted index from a topic's terms and entities to the stories recently active with them. An article looks up
 * only its own top terms and entities, so the work per article depends on those few posting lists (each capped at
 * {@code maxPostings}), never on how many stories the topic holds.
 *
 * <p>Which stories are candidates depends on the article's own time, not on the order articles arrive in: a story
 * whose span [firstSeen, lastSeen] comes within {@code quiet} of the article's time, on either side, is one. So an
 * article loaded late (a backfill, an archive loaded file by file) finds the stories of its own days. The topic's
 * clock (its latest dated article) only ages stories out: one idle longer than {@code indexTtl + indexLateness} by
 * that clock is skipped by readers and dropped whenever its key is written or swept. The lateness allowance is how
 * late an article may arrive and still find its story; the index stays bounded whatever it is, since a key keeps at
 * most {@code maxPostings} stories and the keys are the topic's vocabulary.
 */
public final class CandidateIndex {

    private static final Comparator<Posting> RECENT_FIRST =
            Comparator.comparingLong(Posting::lastSeen).reversed().thenComparing(Posting::story);

    /** How stale a posting's span may get before it is rewritten. */
    static final Duration REFRESH = Duration.ofHours(1);

    private final Table<Postings> table;
    private final ClusterSettings settings;

    public CandidateIndex(Table<Postings> table, ClusterSettings settings) {
        this.table = table;
        this.settings = settings;
    }

    public static String termKey(String topic, String stem) {
        return topic + "|t|" + stem;
    }

    public static String entityKey(String topic, String entityId) {
        return topic + "|e|" + entityId;
    }

    /**
     * Story ids worth scoring for an article at {@code at}, best first: ranked by the summed weight of the keys
     * they share with the article, then by nearness in time to the article (recency when it has no time), then
     * by id.
     *
     * @param weightedKeys index keys of the article with their weight
     * @param at           the article's time; null when it has none, and then quiet time plays no part
     * @param clock        the topic's clock: postings aged out by it are skipped whether or not the sweep has
     *                     removed them yet, so the answer never depends on when the sweep ran
     */
    public List<String> candidates(Map<String, Double> weightedKeys, Instant at, Instant clock) {
        long expired = expiredBefore(clock);
        long quiet = settings.quiet().toMillis();
        Map<String, Double> score = new HashMap<>();
        Map<String, Long> distance = new HashMap<>();
        weightedKeys.forEach((key, weight) -> {
            Postings postings = table.get(key);
            if (postings == null) {
                return;
            }
            for (Posting p : postings.stories()) {
                if (p.lastSeen() < expired || at != null && !p.near(at.toEpochMilli(), quiet)) {
                    continue;
                }
                score.merge(p.story(), weight, Double::sum);
                distance.merge(p.story(), at == null ? -p.lastSeen() : gap(p, at.toEpochMilli()), Math::min);
            }
        });
        return score.keySet().stream()
                .sorted(Comparator.<String>comparingDouble(score::get).reversed()
                        .thenComparing(Comparator.<String>comparingLong(distance::get))
                        .thenComparing(Comparator.naturalOrder()))
                .limit(settings.maxCandidates())
                .toList();
    }

    /**
     * Records that {@code storyId} spans {@code firstSeen} to {@code lastSeen} under each key; {@code clock} is the
     * topic's now. A key whose posting of the story already covers the span to within {@link #REFRESH} is left
     * alone: a busy story would otherwise rewrite all its keys on every article, for a time that gates only at day
     * scale.
     *
     * @param firstSeen the story's earliest dated article time; null when it has none
     */
    public void index(String storyId, Instant firstSeen, Instant lastSeen, Collection<String> keys, Instant clock) {
        Posting posting = new Posting(storyId, lastSeen.toEpochMilli(),
                firstSeen == null ? Posting.NO_START : firstSeen.toEpochMilli());
        long expired = expiredBefore(clock);
        for (String key : keys) {
            Postings current = table.get(key);
            if (current != null && current.stories().stream().anyMatch(p -> covers(p, posting))) {
                continue;
            }
            List<Posting> next = new ArrayList<>();
            next.add(posting);
            if (current != null) {
                for (Posting p : current.stories()) {
                    if (!p.story().equals(storyId) && p.lastSeen() >= expired) {
                        next.add(p);
                    }
                }
            }
            next.sort(RECENT_FIRST);
            List<Posting> kept = next.size() > settings.maxPostings()
                    ? List.copyOf(next.subList(0, settings.maxPostings())) : List.copyOf(next);
            table.put(key, new Postings(kept));
        }
    }

    /** Drops the aged-out postings of one key, deleting the key when none is left; for a periodic sweep. */
    public void expire(String key, Instant clock) {
        Postings current = table.get(key);
        if (current == null) {
            return;
        }
        long expired = expiredBefore(clock);
        List<Posting> kept = current.stories().stream().filter(p -> p.lastSeen() >= expired).toList();
        if (kept.isEmpty()) {
            table.delete(key);
        } else if (kept.size() < current.stories().size()) {
            table.put(key, new Postings(kept));
        }
    }

    /** Postings last active before this (epoch millis) have aged out: idle past the TTL and the lateness allowance. */
    private long expiredBefore(Instant clock) {
        return clock.minus(settings.indexTtl()).minus(settings.indexLateness()).toEpochMilli();
    }

    /** Whether {@code stored} already holds {@code wanted}'s story with a span stale by less than the refresh time. */
    private static boolean covers(Posting stored, Posting wanted) {
        if (!stored.story().equals(wanted.story())
                || stored.lastSeen() + REFRESH.toMillis() <= wanted.lastSeen()) {
            return false;
        }
        if (wanted.firstSeen() == Posting.NO_START || stored.firstSeen() == Posting.NO_START) {
            return stored.firstSeen() == wanted.firstSeen();
        }
        return stored.firstSeen() - REFRESH.toMillis() < wanted.firstSeen();
    }

    /** Time from a posting's span to {@code at}; zero inside it (or before it when its start is unknown). */
    private static long gap(Posting p, long at) {
        if (at > p.lastSeen()) {
            return at - p.lastSeen();
        }
        return p.firstSeen() != Posting.NO_START && at < p.firstSeen() ? p.firstSeen() - at : 0;
    }
}
