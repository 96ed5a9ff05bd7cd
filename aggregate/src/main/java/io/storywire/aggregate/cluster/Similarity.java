package io.storywire.aggregate.cluster;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * How well an article fits a story: the weighted mean of one cosine per view (title and body stems, title stems,
 * title words, entities), over the views both sides have, halved for every {@code timeHalfLife} between the article
 * and the story's span, and zero past {@code quiet}. A headline-only article has no body view: its stems are its
 * title's, already scored.
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
        Mean content = new Mean();
        if (article.hasBody() || article.titleTerms().isEmpty()) {
            content.add(settings.termWeight(), cohesive(article.terms(), story.terms(), story.size(), article.hasBody()));
        }
        content.add(settings.titleWeight(), cohesive(article.titleTerms(), story.titleTerms(), story.size(), article.hasBody()));
        content.add(settings.wordWeight(), cohesive(article.words(), story.words(), story.size(), article.hasBody()));
        // a story's entity centroid sums only the articles that named some, so its length says nothing of cohesion
        content.add(article.hasBody() ? settings.entityWeight() : settings.headlineEntityWeight(),
                article.entities(), story.entityWeights());
        double halfLives = (double) gap.toMillis() / Math.max(1, settings.timeHalfLife().toMillis());
        return content.value() * Math.pow(0.5, halfLives);
    }

    /** How alike two stories are: the same views and weights, centroid against centroid; time plays no part. */
    public double between(StoryProfile a, StoryProfile b) {
        Mean content = new Mean();
        content.add(settings.termWeight(), a.terms(), b.terms());
        content.add(settings.titleWeight(), a.titleTerms(), b.titleTerms());
        content.add(settings.wordWeight(), a.words(), b.words());
        content.add(settings.entityWeight(), a.entityWeights(), b.entityWeights());
        return content.value();
    }

    /**
     * The cosine of an article's view with a story's centroid, divided by the story's cohesion to the power
     * {@code cohesion}: the centroid is the sum of its articles' unit vectors, so its length over the story's size
     * is the mean cosine of those articles to it. Articles with a body use their own exponent: their long vectors
     * make tight centroids, and a busy day's stories would run together at the headlines' full scaling. Null when
     * either side lacks the view.
     */
    private Double cohesive(Map<String, Double> article, Map<String, Double> centroid, int size, boolean body) {
        if (article.isEmpty() || centroid.isEmpty()) {
            return null;
        }
        double cos = SparseVectors.cosine(article, centroid);
        double exp = body ? settings.bodyCohesion() : settings.cohesion();
        if (exp <= 0 || size <= 1) {
            return cos;
        }
        double cohesion = Math.min(1.0, SparseVectors.norm(centroid) / size);
        return cohesion <= 0 ? cos : cos / Math.pow(cohesion, exp);
    }

    /** A weighted mean of cosines over the views both sides have: a view one side lacks neither helps nor hurts. */
    private static final class Mean {
        private double sum;
        private double weights;

        void add(double weight, Map<String, Double> a, Map<String, Double> b) {
            add(weight, a.isEmpty() || b.isEmpty() ? null : SparseVectors.cosine(a, b));
        }

        void add(double weight, Double value) {
            if (weight > 0 && value != null) {
                sum += weight * value;
                weights += weight;
            }
        }

        double value() {
            return weights == 0 ? 0 : sum / weights;
        }
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
