package io.storywire.aggregate.cluster;

import io.storywire.core.config.StorywireConfig;
import java.time.Duration;
import java.util.Map;

/**
 * Weights, thresholds and caps of the online story clusterer. Every value is a config key under
 * {@code aggregate.cluster.}; {@link #defaults()} holds the values chosen on the labelled story set
 * (see aggregate/CLUSTERING.md).
 *
 * @param threshold        an article joins the most similar candidate story when the combined similarity reaches this
 * @param termWeight       weight of the TF-IDF cosine between the article and the story's term centroid
 * @param entityWeight     weight of the cosine between the article's entities and the story's entity counts; when
 *                         either side has no entities the term cosine stands alone
 * @param titleBoost       how many times a title term counts against a body term
 * @param nameBoost        factor on the TF-IDF weight of a term the body writes capitalised mid-sentence (a name)
 * @param nearDuplicateMin a near-duplicate mark from ingest at or above this similarity joins the original's story
 *                         whatever the clusterer's own similarity; a weaker mark is clustered like any article
 * @param quiet            a story whose articles are all further than this from an article's time is not a candidate
 * @param timeHalfLife     the combined similarity halves for every this much time between article and story
 * @param indexTtl         a story idle (by the topic's clock) longer than this plus {@code indexLateness} leaves the
 *                         candidate index; it stays queryable in the stories store
 * @param indexLateness    how much older than the topic's newest article an article may be and still find the stories
 *                         of its own days (a backfill, an archive loaded late): kept on top of {@code indexTtl}
 * @param articleTerms     terms kept per article vector, highest TF-IDF first
 * @param storyTerms       terms kept per story centroid (top-k): what bounds a story's memory
 * @param queryTerms       an article's top terms looked up in the candidate index
 * @param indexTerms       a story's top terms (and as many top entities) written to the candidate index
 * @param maxCandidates    stories scored exactly per article, best index hits first
 * @param maxPostings      stories kept per index key, most recent first: bounds a hot term's posting list
 * @param titleWeight      weight of the cosine between the title's stems and the story's title-stem centroid
 * @param wordWeight       weight of the cosine between the title's words and the story's title-word centroid
 * @param headlineThreshold the join threshold for a headline-only article: a few words against a centroid give
 *                         lower cosines than a full text for the same story
 * @param idfPriorDocs     pseudo-documents in which no term occurs, added to the topic's document count: a young
 *                         topic weighs its terms nearly alike instead of trusting frequencies from a handful of
 *                         articles, and a term found in most articles weighs about nothing
 * @param mergeThreshold   an article that joins one story and scores at least this with another proposes to merge
 *                         them
 * @param mergeCentroid    ... and they merge when their centroids are at least this similar (same views, same
 *                         weights); above 1 turns merging off
 * @param headlineEntityWeight the entity view's weight for a headline-only article: a headline capitalises every
 *                         word, so the names found in it are less sure than in a body
 * @param cohesion         exponent on a story's cohesion (the mean cosine of its articles to its centroid, which the
 *                         centroid's length over the story's size gives) that divides an article's cosine with the
 *                         story: a loose story of many short headlines is matched by what its articles typically
 *                         score with it, not by what one tight pair would; 0 turns it off. For headline-only
 *                         articles.
 * @param bodyCohesion     the same exponent for articles with a body, whose long vectors make tighter centroids
 */
public record ClusterSettings(
        double threshold,
        double termWeight,
        double entityWeight,
        int titleBoost,
        double nameBoost,
        double nearDuplicateMin,
        Duration quiet,
        Duration timeHalfLife,
        Duration indexTtl,
        Duration indexLateness,
        int articleTerms,
        int storyTerms,
        int queryTerms,
        int indexTerms,
        int maxCandidates,
        int maxPostings,
        double titleWeight,
        double wordWeight,
        double headlineThreshold,
        double idfPriorDocs,
        double mergeThreshold,
        double mergeCentroid,
        double headlineEntityWeight,
        double cohesion,
        double bodyCohesion) {

    public static final String PREFIX = "aggregate.cluster.";

    public ClusterSettings {
        if (threshold < 0 || threshold > 1) {
            throw new IllegalArgumentException(PREFIX + "threshold must be within 0..1: " + threshold);
        }
        if (headlineThreshold < 0 || headlineThreshold > 1) {
            throw new IllegalArgumentException(PREFIX + "headline.threshold must be within 0..1: " + headlineThreshold);
        }
        if (termWeight < 0 || entityWeight < 0 || titleWeight < 0 || wordWeight < 0
                || termWeight + entityWeight + titleWeight + wordWeight <= 0) {
            throw new IllegalArgumentException(PREFIX + "view weights must be >= 0, not all 0");
        }
        if (idfPriorDocs < 0) {
            throw new IllegalArgumentException(PREFIX + "idf.prior.docs must be >= 0");
        }
        if (indexTtl.compareTo(quiet) < 0) {
            throw new IllegalArgumentException(PREFIX + "index.ttl.hours must be at least quiet.hours");
        }
        if (indexLateness.isNegative()) {
            throw new IllegalArgumentException(PREFIX + "index.lateness.hours must be >= 0");
        }
        if (nameBoost < 1) {
            throw new IllegalArgumentException(PREFIX + "name.boost must be >= 1: " + nameBoost);
        }
        if (titleBoost < 1 || articleTerms < 1 || storyTerms < 1 || queryTerms < 1 || indexTerms < 1
                || maxCandidates < 1 || maxPostings < 1) {
            throw new IllegalArgumentException(PREFIX + "counts must be >= 1");
        }
    }

    public static ClusterSettings defaults() {
        return new ClusterSettings(0.25, 0.7, 0.3, 2, 2.0, 0.5, Duration.ofDays(7), Duration.ofDays(7), Duration.ofDays(14),
                Duration.ofDays(365), 120, 150, 12, 24, 20, 100, 0.15, 0.15, 0.22, 50, 0.5, 0.25, 0.03, 1, 0.5);
    }

    /** Reads {@code aggregate.cluster.*}; a key the config does not hold keeps its default. */
    public static ClusterSettings from(StorywireConfig cfg) {
        Map<String, String> values = cfg.asMap();
        ClusterSettings d = defaults();
        return new ClusterSettings(
                dbl(values, "threshold", d.threshold),
                dbl(values, "term.weight", d.termWeight),
                dbl(values, "entity.weight", d.entityWeight),
                integer(values, "title.boost", d.titleBoost),
                dbl(values, "name.boost", d.nameBoost),
                dbl(values, "near.duplicate.min.similarity", d.nearDuplicateMin),
                hours(values, "quiet.hours", d.quiet),
                hours(values, "time.half.life.hours", d.timeHalfLife),
                hours(values, "index.ttl.hours", d.indexTtl),
                hours(values, "index.lateness.hours", d.indexLateness),
                integer(values, "article.terms", d.articleTerms),
                integer(values, "story.terms", d.storyTerms),
                integer(values, "query.terms", d.queryTerms),
                integer(values, "index.terms", d.indexTerms),
                integer(values, "max.candidates", d.maxCandidates),
                integer(values, "max.postings", d.maxPostings),
                dbl(values, "title.weight", d.titleWeight),
                dbl(values, "word.weight", d.wordWeight),
                dbl(values, "headline.threshold", d.headlineThreshold),
                dbl(values, "idf.prior.docs", d.idfPriorDocs),
                dbl(values, "merge.threshold", d.mergeThreshold),
                dbl(values, "merge.centroid", d.mergeCentroid),
                dbl(values, "headline.entity.weight", d.headlineEntityWeight),
                dbl(values, "cohesion", d.cohesion),
                dbl(values, "body.cohesion", d.bodyCohesion));
    }

    public ClusterSettings withThreshold(double value) {
        return new ClusterSettings(value, termWeight, entityWeight, titleBoost, nameBoost, nearDuplicateMin, quiet, timeHalfLife, indexTtl,
                indexLateness, articleTerms, storyTerms, queryTerms, indexTerms, maxCandidates, maxPostings,
                titleWeight, wordWeight, headlineThreshold, idfPriorDocs, mergeThreshold, mergeCentroid,
                headlineEntityWeight, cohesion, bodyCohesion);
    }

    public ClusterSettings withWeights(double terms, double entities) {
        return new ClusterSettings(threshold, terms, entities, titleBoost, nameBoost, nearDuplicateMin, quiet, timeHalfLife, indexTtl,
                indexLateness, articleTerms, storyTerms, queryTerms, indexTerms, maxCandidates, maxPostings,
                titleWeight, wordWeight, headlineThreshold, idfPriorDocs, mergeThreshold, mergeCentroid,
                headlineEntityWeight, cohesion, bodyCohesion);
    }

    public ClusterSettings withTime(Duration quietAfter, Duration halfLife) {
        return new ClusterSettings(threshold, termWeight, entityWeight, titleBoost, nameBoost, nearDuplicateMin, quietAfter, halfLife, indexTtl,
                indexLateness, articleTerms, storyTerms, queryTerms, indexTerms, maxCandidates, maxPostings,
                titleWeight, wordWeight, headlineThreshold, idfPriorDocs, mergeThreshold, mergeCentroid,
                headlineEntityWeight, cohesion, bodyCohesion);
    }

    public ClusterSettings withLateness(Duration lateness) {
        return new ClusterSettings(threshold, termWeight, entityWeight, titleBoost, nameBoost, nearDuplicateMin, quiet, timeHalfLife, indexTtl,
                lateness, articleTerms, storyTerms, queryTerms, indexTerms, maxCandidates, maxPostings,
                titleWeight, wordWeight, headlineThreshold, idfPriorDocs, mergeThreshold, mergeCentroid,
                headlineEntityWeight, cohesion, bodyCohesion);
    }

    public ClusterSettings withIndex(Duration ttl, int postings, int candidates) {
        return new ClusterSettings(threshold, termWeight, entityWeight, titleBoost, nameBoost, nearDuplicateMin, quiet, timeHalfLife, ttl,
                indexLateness, articleTerms, storyTerms, queryTerms, indexTerms, candidates, postings,
                titleWeight, wordWeight, headlineThreshold, idfPriorDocs, mergeThreshold, mergeCentroid,
                headlineEntityWeight, cohesion, bodyCohesion);
    }

    /** The old twelve-field form: the title views, headline threshold, IDF prior and merging at their defaults. */
    public ClusterSettings(double threshold, double termWeight, double entityWeight, int titleBoost, double nameBoost,
            double nearDuplicateMin, Duration quiet, Duration timeHalfLife, Duration indexTtl, Duration indexLateness,
            int articleTerms, int storyTerms, int queryTerms, int indexTerms, int maxCandidates, int maxPostings) {
        this(threshold, termWeight, entityWeight, titleBoost, nameBoost, nearDuplicateMin, quiet, timeHalfLife,
                indexTtl, indexLateness, articleTerms, storyTerms, queryTerms, indexTerms, maxCandidates, maxPostings,
                0.15, 0.15, 0.22, 50, 0.5, 0.25, 0.03, 1, 0.5);
    }

    public ClusterSettings withBodyCohesion(double exponent) {
        return new ClusterSettings(threshold, termWeight, entityWeight, titleBoost, nameBoost, nearDuplicateMin, quiet,
                timeHalfLife, indexTtl, indexLateness, articleTerms, storyTerms, queryTerms, indexTerms, maxCandidates,
                maxPostings, titleWeight, wordWeight, headlineThreshold, idfPriorDocs, mergeThreshold, mergeCentroid,
                headlineEntityWeight, cohesion, exponent);
    }

    public ClusterSettings withCohesion(double exponent, double headlineEntities) {
        return new ClusterSettings(threshold, termWeight, entityWeight, titleBoost, nameBoost, nearDuplicateMin, quiet,
                timeHalfLife, indexTtl, indexLateness, articleTerms, storyTerms, queryTerms, indexTerms, maxCandidates,
                maxPostings, titleWeight, wordWeight, headlineThreshold, idfPriorDocs, mergeThreshold, mergeCentroid,
                headlineEntities, exponent, bodyCohesion);
    }

    public ClusterSettings withViews(double title, double word, double headline) {
        return new ClusterSettings(threshold, termWeight, entityWeight, titleBoost, nameBoost, nearDuplicateMin, quiet,
                timeHalfLife, indexTtl, indexLateness, articleTerms, storyTerms, queryTerms, indexTerms, maxCandidates,
                maxPostings, title, word, headline, idfPriorDocs, mergeThreshold, mergeCentroid,
                headlineEntityWeight, cohesion, bodyCohesion);
    }

    public ClusterSettings withMerge(double articleScore, double centroid) {
        return new ClusterSettings(threshold, termWeight, entityWeight, titleBoost, nameBoost, nearDuplicateMin, quiet,
                timeHalfLife, indexTtl, indexLateness, articleTerms, storyTerms, queryTerms, indexTerms, maxCandidates,
                maxPostings, titleWeight, wordWeight, headlineThreshold, idfPriorDocs, articleScore, centroid,
                headlineEntityWeight, cohesion, bodyCohesion);
    }

    public ClusterSettings withIdfPrior(double docs) {
        return new ClusterSettings(threshold, termWeight, entityWeight, titleBoost, nameBoost, nearDuplicateMin, quiet,
                timeHalfLife, indexTtl, indexLateness, articleTerms, storyTerms, queryTerms, indexTerms, maxCandidates,
                maxPostings, titleWeight, wordWeight, headlineThreshold, docs, mergeThreshold, mergeCentroid,
                headlineEntityWeight, cohesion, bodyCohesion);
    }

    private static double dbl(Map<String, String> values, String key, double fallback) {
        String v = values.get(PREFIX + key);
        return v == null || v.isBlank() ? fallback : Double.parseDouble(v.trim());
    }

    private static int integer(Map<String, String> values, String key, int fallback) {
        String v = values.get(PREFIX + key);
        return v == null || v.isBlank() ? fallback : Integer.parseInt(v.trim());
    }

    private static Duration hours(Map<String, String> values, String key, Duration fallback) {
        String v = values.get(PREFIX + key);
        return v == null || v.isBlank() ? fallback : Duration.ofMinutes(Math.round(Double.parseDouble(v.trim()) * 60));
    }
}
