package io.storywire.ingest.dedup;

import io.storywire.core.model.NearDuplicate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Duplicate detection in one process, articles in arrival order: the same steps the ingest topology spreads over
 * its tasks (exact check by content id, scatter to band groups, gather, settle), on maps. Unit tests and the
 * offline evaluation use it, so they judge the logic the pipeline runs.
 *
 * <p>An exact duplicate is an id seen before (ids are content hashes: the same text under any link); it is not
 * republished. A near-duplicate is published with the id of the first article of its group.
 */
public final class NearDuplicateDetector {

    /** Band groups the topology uses by default; the detector uses the same so that both give the same marks. */
    public static final int DEFAULT_GROUPS =
            io.storywire.core.config.StorywireConfig.defaults().getInt("ingest.dedup.band.groups");
    /** Share of the smaller text's comparable fact shingles that must carry the same facts (see {@link Similarity}). */
    public static final double MARKS_THRESHOLD = 0.8;

    /**
     * {@code REPLAY}: the very record that brought this article is processed again (after a crash under
     * at_least_once); it is published again with the verdict it first got.
     */
    public enum Kind { NEW, EXACT_DUPLICATE, NEAR_DUPLICATE, REPLAY }

    public record Verdict(Kind kind, NearDuplicate nearDuplicateOf) {
    }

    private record Seen(String position, NearDuplicate verdict) {
    }

    private final Map<String, Seen> seen = new HashMap<>();
    private final Scatter scatter;
    private final BandIndex index;
    private long clock;

    public NearDuplicateDetector(int shingleSize, double threshold) {
        this(shingleSize, threshold, MARKS_THRESHOLD, DEFAULT_GROUPS);
    }

    public NearDuplicateDetector(int shingleSize, double threshold, double marksThreshold, int groups) {
        this.scatter = new Scatter(shingleSize, groups);
        this.index = new BandIndex(new MemoryBandStore(), threshold, marksThreshold);
    }

    public Verdict admit(String articleId, String body) {
        return admit(articleId, null, body, null);
    }

    /** As below, with the arrival standing in for the publication time. */
    public Verdict admit(String articleId, String source, String body, String sourcePosition) {
        return admit(articleId, source, body, null, sourcePosition);
    }

    /**
     * Judges the article and remembers it (unless it is an exact duplicate). Arrival order is the order of calls.
     *
     * @param source         the publisher (boilerplate is counted per source); may be null
     * @param published      publication time; null counts as the arrival (texts are then never far apart)
     * @param sourcePosition where the record came from ("partition@offset"), to recognise its replay; may be null
     */
    public Verdict admit(String articleId, String source, String body, java.time.Instant published,
            String sourcePosition) {
        Seen before = seen.get(articleId);
        if (before != null) {
            boolean replay = sourcePosition != null && sourcePosition.equals(before.position());
            return replay ? new Verdict(Kind.REPLAY, before.verdict()) : new Verdict(Kind.EXACT_DUPLICATE, null);
        }
        List<Answer> answers = new ArrayList<>();
        long time = clock++;
        long when = published == null ? time : published.toEpochMilli();
        for (Probe probe : scatter.probes(articleId, time, when, source, body)) {
            answers.add(index.answer(probe));
        }
        NearDuplicate verdict = Gather.verdict(answers);
        if (verdict != null) {
            index.settle(articleId, verdict.articleId());
        }
        seen.put(articleId, new Seen(sourcePosition, verdict));
        return verdict == null ? new Verdict(Kind.NEW, null) : new Verdict(Kind.NEAR_DUPLICATE, verdict);
    }
}
