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
 * <p>A posting older than the article by more than {@code quiet} is not a candidate; one idle longer than
 * {@code indexTtl} by the topic's clock is dropped whenever its key is written.
 */
public final class CandidateIndex {

    private static final Comparator<Posting> RECENT_FIRST =
            Comparator.comparingLong(Posting::lastSeen).reversed().thenComparing(Posting::story);

    /** How stale a posting's time may get before it is rewritten. */
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
     * they share with the article, then by recency, then by id.
     *
     * @param weightedKeys index keys of the article with their weight
     * @param at           the article's time; null when it has none, and then quiet time plays no part
     * @param clock        the topic's clock: postings idle past the TTL by it are skipped whether or not the sweep
     *                     has removed them yet, so the answer never depends on when the sweep ran
     */
    public List<String> candidates(Map<String, Double> weightedKeys, Instant at, Instant clock) {
        long expired = clock.minus(settings.indexTtl()).toEpochMilli();
        long oldest = at == null ? expired : Math.max(expired, at.minus(settings.quiet()).toEpochMilli());
        Map<String, Double> score = new HashMap<>();
        Map<String, Long> recency = new HashMap<>();
        weightedKeys.forEach((key, weight) -> {
            Postings postings = table.get(key);
            if (postings == null) {
                return;
            }
            for (Posting p : postings.stories()) {
                if (p.lastSeen() >= oldest) {
                    score.merge(p.story(), weight, Double::sum);
                    recency.merge(p.story(), p.lastSeen(), Math::max);
                }
            }
        });
        return score.keySet().stream()
                .sorted(Comparator.<String>comparingDouble(score::get).reversed()
                        .thenComparing(Comparator.<String>comparingLong(recency::get).reversed())
                        .thenComparing(Comparator.naturalOrder()))
                .limit(settings.maxCandidates())
                .toList();
    }

    /**
     * Records that {@code storyId} was active at {@code lastSeen} under each key; {@code clock} is the topic's now.
     * A key that already lists the story less than {@link #REFRESH} before {@code lastSeen} is left alone: a busy
     * story would otherwise rewrite all its keys on every article, for a time that gates only at day scale.
     */
    public void index(String storyId, Instant lastSeen, Collection<String> keys, Instant clock) {
        long expired = clock.minus(settings.indexTtl()).toEpochMilli();
        for (String key : keys) {
            Postings current = table.get(key);
            if (current != null && current.stories().stream().anyMatch(p -> p.story().equals(storyId)
                    && p.lastSeen() + REFRESH.toMillis() > lastSeen.toEpochMilli())) {
                continue;
            }
            List<Posting> next = new ArrayList<>();
            next.add(new Posting(storyId, lastSeen.toEpochMilli()));
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

    /** Drops the expired postings of one key, deleting the key when none is left; for a periodic sweep. */
    public void expire(String key, Instant clock) {
        Postings current = table.get(key);
        if (current == null) {
            return;
        }
        long expired = clock.minus(settings.indexTtl()).toEpochMilli();
        List<Posting> kept = current.stories().stream().filter(p -> p.lastSeen() >= expired).toList();
        if (kept.isEmpty()) {
            table.delete(key);
        } else if (kept.size() < current.stories().size()) {
            table.put(key, new Postings(kept));
        }
    }
}
