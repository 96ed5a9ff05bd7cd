package io.storywire.aggregate.cluster;

import io.storywire.core.model.Article;
import io.storywire.core.model.EnrichedArticle;
import io.storywire.core.model.Entity;
import io.storywire.core.model.NearDuplicate;
import io.storywire.core.model.Story;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Online, incremental story clustering of one topic's article stream. Each article joins the most similar
 * candidate story of the topic (see {@link Similarity}) when that similarity reaches the threshold, or opens a new
 * story with id {@code topic + ":" + articleId}. A near-duplicate joins its original's story. All state is in
 * {@link ClusterState}, so the same articles in the same order always give the same stories, and an article already
 * seen in a topic changes nothing.
 */
public final class Clusterer {

    /** Published dates further ahead of ingest than this are taken as wrong; ingest time stands in. */
    private static final Duration MAX_FUTURE = Duration.ofDays(1);

    private final ClusterState state;
    private final ClusterSettings settings;
    private final TermVectorizer vectorizer = new TermVectorizer();
    private final Similarity similarity;
    private final CandidateIndex index;
    private final StoryAssembler assembler;

    public Clusterer(ClusterState state, ClusterSettings settings) {
        this.state = state;
        this.settings = settings;
        this.similarity = new Similarity(settings);
        this.index = new CandidateIndex(state.index(), settings);
        this.assembler = new StoryAssembler(settings, vectorizer);
    }

    /** What adding an article did: the story it joined or opened, as it is now. */
    public record Assignment(String articleId, Story story, boolean opened) {
    }

    /**
     * Adds an article to a topic's stories.
     *
     * @return the story the article is now in; empty when the article was already in this topic
     */
    public Optional<Assignment> add(String topic, EnrichedArticle enriched) {
        Article article = enriched.article();
        String seenKey = ClusterState.seenKey(topic, article.id());
        if (state.seen().get(seenKey) != null) {
            return Optional.empty();
        }
        Instant at = timeOf(article);
        // an article without a date of its own carries ingest time, which says nothing about when its news happened
        // (a bulk load of last month's articles): time neither gates nor weighs its similarity, nor moves the clock
        Instant evidence = isDated(article) ? at : null;
        Instant clock = advanceClock(topic, evidence, at);
        ArticleVector vector = vectorize(topic, enriched);

        String target = nearDuplicateStory(topic, article);
        if (target == null) {
            target = mostSimilar(topic, vector, evidence, clock);
        }
        Story story;
        StoryProfile profile;
        boolean opened = target == null;
        if (opened) {
            String storyId = topic + ":" + article.id();
            profile = assembler.openProfile(storyId, vector, evidence);
            story = assembler.openStory(storyId, topic, article, profile);
        } else {
            profile = assembler.grow(state.profiles().get(target), vector, evidence);
            story = assembler.grow(state.stories().get(target), article, profile);
        }
        state.profiles().put(story.id(), profile);
        state.stories().put(story.id(), story);
        state.seen().put(seenKey, story.id());
        // a story of undated articles only ages with the topic's clock
        Instant active = profile.lastSeen() != null ? profile.lastSeen() : clock;
        index.index(story.id(), profile.firstSeen(), active, assembler.indexKeys(topic, profile), clock);
        return Optional.of(new Assignment(article.id(), story, opened));
    }

    /**
     * The story the article's original joined in this topic, when ingest marked it a near-duplicate with at least
     * {@code nearDuplicateMin} similarity: a weak mark (a shared paragraph of background) is no reason to skip the
     * clusterer's own judgement.
     */
    private String nearDuplicateStory(String topic, Article article) {
        NearDuplicate mark = article.nearDuplicateOf();
        if (mark == null || mark.articleId() == null || mark.similarity() < settings.nearDuplicateMin()) {
            return null;
        }
        String storyId = state.seen().get(ClusterState.seenKey(topic, mark.articleId()));
        return storyId != null && state.profiles().get(storyId) != null ? storyId : null;
    }

    /** @param at the article's time, or null when it has none that counts */
    private String mostSimilar(String topic, ArticleVector vector, Instant at, Instant clock) {
        Map<String, Double> keys = new LinkedHashMap<>();
        SparseVectors.top(vector.terms(), settings.queryTerms())
                .forEach((stem, w) -> keys.put(CandidateIndex.termKey(topic, stem), w));
        vector.entities().forEach((id, w) -> keys.put(CandidateIndex.entityKey(topic, id), w));
        String best = null;
        double bestScore = -1;
        for (String storyId : index.candidates(keys, at, clock)) {
            StoryProfile profile = state.profiles().get(storyId);
            if (profile == null) {
                continue;
            }
            double score = similarity.score(vector, profile, at);
            // candidates arrive in a deterministic order; strict > keeps the first of equal scores
            if (score > bestScore) {
                bestScore = score;
                best = storyId;
            }
        }
        return bestScore >= settings.threshold() ? best : null;
    }

    /** Counts the article into the topic's document frequencies, then weighs its terms by TF-IDF. */
    private ArticleVector vectorize(String topic, EnrichedArticle enriched) {
        Article article = enriched.article();
        TermVectorizer.TermCounts counts = vectorizer.count(article.title(), article.body(), settings.titleBoost());
        long docs = increment(topic + "|#docs");
        Map<String, Double> weights = new LinkedHashMap<>();
        Set<String> names = counts.names();
        counts.counts().forEach((stem, tf) -> {
            long df = increment(topic + "|d|" + stem);
            double idf = Math.log((1.0 + docs) / (1.0 + df)) + 1.0;
            double name = names.contains(stem) ? settings.nameBoost() : 1.0;
            weights.put(stem, (1.0 + Math.log(tf)) * idf * name);
        });
        Map<String, Double> terms = SparseVectors.unit(SparseVectors.top(weights, settings.articleTerms()));
        Map<String, String> labels = new LinkedHashMap<>();
        terms.keySet().forEach(stem -> labels.put(stem, counts.labels().get(stem)));

        Map<String, Entity> named = new LinkedHashMap<>();
        Map<String, Double> salience = new LinkedHashMap<>();
        List<Entity> entities = enriched.entities() == null ? List.of() : enriched.entities();
        for (Entity e : entities) {
            if (StoryAssembler.hasEntity(e) && !named.containsKey(e.id())) {
                named.put(e.id(), e);
                // the topic's own usual names (its country, its capital) say little about which story this is
                long df = increment(topic + "|e|" + e.id());
                double idf = Math.log((1.0 + docs) / (1.0 + df)) + 1.0;
                salience.put(e.id(), (e.salience() > 0 ? e.salience() : 1.0 / entities.size()) * idf);
            }
        }
        return new ArticleVector(terms, labels, SparseVectors.unit(salience), named);
    }

    private long increment(String key) {
        Long current = state.counters().get(key);
        long next = current == null ? 1 : current + 1;
        state.counters().put(key, next);
        return next;
    }

    /**
     * The topic's clock: the latest dated article time. It only moves forward, so index expiry never runs backwards
     * on a late article, and an undated article does not move it. It ages stories out of the index and nothing
     * else: which stories are candidates depends on the article's own time.
     */
    private Instant advanceClock(String topic, Instant evidence, Instant at) {
        String key = topic + "|#clock";
        Long current = state.counters().get(key);
        if (evidence == null) {
            return current != null ? Instant.ofEpochMilli(current) : at;
        }
        if (current != null && current >= evidence.toEpochMilli()) {
            return Instant.ofEpochMilli(current);
        }
        state.counters().put(key, evidence.toEpochMilli());
        return evidence;
    }

    /** False when ingest found no date and stood in ingest time for it. */
    static boolean isDated(Article article) {
        return article.published() != null && !"ingest-time".equals(article.publishedFrom());
    }

    /** The article's time for clustering: published, unless it claims to be from the future. */
    static Instant timeOf(Article article) {
        Instant published = article.publishedInstant();
        Instant ingested = article.ingestedAt();
        if (published == null) {
            return ingested != null ? ingested : Instant.EPOCH;
        }
        if (ingested != null && published.isAfter(ingested.plus(MAX_FUTURE))) {
            return ingested;
        }
        return published;
    }
}
