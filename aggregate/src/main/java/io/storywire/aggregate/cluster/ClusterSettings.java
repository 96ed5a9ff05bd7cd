package io.storywire.aggregate.cluster;

import io.storywire.core.config.StorywireConfig;
import java.time.Duration;

/**
 * Weights, thresholds and caps of the online story clusterer. Every value is a config key under
 * {@code aggregate.cluster.} defined, with its default, in {@code StorywireConfigDef}; {@link #defaults()} holds
 * those values, chosen on the labelled story set (see aggregate/CLUSTERING.md).
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
    private static final ClusterSettings DEFAULTS = from(StorywireConfig.defaults());

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

    /** The values of {@code StorywireConfigDef}, chosen on the labelled story set. */
    public static ClusterSettings defaults() {
        return DEFAULTS;
    }

    /** Reads {@code aggregate.cluster.*} of a complete config (the defaults fill what is not set). */
    public static ClusterSettings from(StorywireConfig cfg) {
        return new ClusterSettings(
                cfg.getDouble(PREFIX + "threshold"),
                cfg.getDouble(PREFIX + "term.weight"),
                cfg.getDouble(PREFIX + "entity.weight"),
                cfg.getInt(PREFIX + "title.boost"),
                cfg.getDouble(PREFIX + "name.boost"),
                cfg.getDouble(PREFIX + "near.duplicate.min.similarity"),
                hours(cfg, "quiet.hours"),
                hours(cfg, "time.half.life.hours"),
                hours(cfg, "index.ttl.hours"),
                hours(cfg, "index.lateness.hours"),
                cfg.getInt(PREFIX + "article.terms"),
                cfg.getInt(PREFIX + "story.terms"),
                cfg.getInt(PREFIX + "query.terms"),
                cfg.getInt(PREFIX + "index.terms"),
                cfg.getInt(PREFIX + "max.candidates"),
                cfg.getInt(PREFIX + "max.postings"),
                cfg.getDouble(PREFIX + "title.weight"),
                cfg.getDouble(PREFIX + "word.weight"),
                cfg.getDouble(PREFIX + "headline.threshold"),
                cfg.getDouble(PREFIX + "idf.prior.docs"),
                cfg.getDouble(PREFIX + "merge.threshold"),
                cfg.getDouble(PREFIX + "merge.centroid"),
                cfg.getDouble(PREFIX + "headline.entity.weight"),
                cfg.getDouble(PREFIX + "cohesion"),
                cfg.getDouble(PREFIX + "body.cohesion"));
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
                DEFAULTS.titleWeight, DEFAULTS.wordWeight, DEFAULTS.headlineThreshold, DEFAULTS.idfPriorDocs,
                DEFAULTS.mergeThreshold, DEFAULTS.mergeCentroid, DEFAULTS.headlineEntityWeight, DEFAULTS.cohesion,
                DEFAULTS.bodyCohesion);
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

    private static Duration hours(StorywireConfig cfg, String key) {
        return Duration.ofMinutes(Math.round(cfg.getDouble(PREFIX + key) * 60));
    }
}
