package io.storywire.eval.stories;

import io.storywire.core.model.Article;
import io.storywire.ingest.settings.IngestSettings;
import io.storywire.ingest.dedup.NearDuplicateDetector;

/**
 * Marks near-duplicates as ingest would, with ingest's own detector over an in-memory store, so that a replay
 * outside Kafka sees the same {@link Article#nearDuplicateOf} marks the pipeline would.
 */
final class NearDuplicateMarker {

    private final NearDuplicateDetector detector;

    NearDuplicateMarker(IngestSettings settings) {
        this.detector = new NearDuplicateDetector(settings.shingleSize(),
                settings.nearDuplicateThreshold());
    }

    /** The article, marked when an earlier one told the same story in near-identical words. */
    Article mark(Article article) {
        NearDuplicateDetector.Verdict verdict = detector.admit(article.id(), article.source(), article.body(),
                article.publishedInstant(), null);
        return verdict.kind() == NearDuplicateDetector.Kind.NEAR_DUPLICATE
                ? article.withNearDuplicateOf(verdict.nearDuplicateOf())
                : article;
    }
}
