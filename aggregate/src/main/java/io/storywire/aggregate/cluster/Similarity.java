package io.storywire.aggregate.cluster;

import java.time.Duration;
import java.time.Instant;

/**
 * How well an article fits a story: the weighted mean of term cosine and entity cosine, halved for every
 * {@code timeHalfLife} between the article and the story's span, and zero past {@code quiet}.
 */
public final class Similarity {

    private final ClusterSettings settings;

    public Similarity(ClusterSettings settings) {
        this.settings = settings;
    }

    /** @param at the article's time; null when it has no date of its own, and time then plays no part */
    public double score(ArticleVector article, StoryProfile story, Instant at) {
        Duration gap = at == null ? Duration.ZERO : gap(story, at);
        if (gap.compareTo(settings.quiet()) > 0) {
            return 0;
        }
        double terms = SparseVectors.cosine(article.terms(), story.terms());
        double content = terms;
        if (!article.entities().isEmpty() && !story.entityWeights().isEmpty() && settings.entityWeight() > 0) {
            double entities = SparseVectors.cosine(article.entities(), story.entityWeights());
            content = (settings.termWeight() * terms + settings.entityWeight() * entities)
                    / (settings.termWeight() + settings.entityWeight());
        }
        double halfLives = (double) gap.toMillis() / Math.max(1, settings.timeHalfLife().toMillis());
        return content * Math.pow(0.5, halfLives);
    }

    /** Time from the story's first-to-last span to the article; zero inside it, or when no article had a date. */
    static Duration gap(StoryProfile story, Instant at) {
        if (story.firstSeen() == null || story.lastSeen() == null) {
            return Duration.ZERO;
        }
        if (at.isAfter(story.lastSeen())) {
            return Duration.between(story.lastSeen(), at);
        }
        if (at.isBefore(story.firstSeen())) {
            return Duration.between(at, story.firstSeen());
        }
        return Duration.ZERO;
    }
}
