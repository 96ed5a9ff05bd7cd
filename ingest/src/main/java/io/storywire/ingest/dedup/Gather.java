package io.storywire.ingest.dedup;

import io.storywire.core.model.NearDuplicate;
import java.util.Collection;
import java.util.Comparator;

/** Combines the band groups' answers for one article into its verdict: the best near-copy's original, or none. */
public final class Gather {

    private Gather() {
    }

    /** Null when no group found a near-copy; ties go to the smaller original id, so the verdict is repeatable. */
    public static NearDuplicate verdict(Collection<Answer> answers) {
        return answers.stream()
                .filter(Answer::found)
                .max(Comparator.comparingDouble(Answer::similarity)
                        .thenComparing(Answer::originalId, Comparator.reverseOrder()))
                .map(a -> new NearDuplicate(a.originalId(), a.similarity()))
                .orElse(null);
    }
}
