package io.storywire.aggregate.cluster;

import io.storywire.core.model.Article;
import io.storywire.core.model.EnrichedArticle;
import io.storywire.core.model.Entity;
import io.storywire.core.model.NearDuplicate;
import io.storywire.core.model.Story;
import io.storywire.core.model.StoryArticle;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
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
    /** stories idle longer than this by the topic's clock are gone, removed or not yet; zero: none expires */
    private final Duration expiry;

    public Clusterer(ClusterState state, ClusterSettings settings) {
        this(state, settings, Duration.ZERO);
    }

    /**
     * @param expiry a story whose latest article is older than this by the topic's clock is never joined, whether
     *               or not the stage has removed it yet (see "Expiry" in aggregate/CLUSTERING.md): so what an article
     *               joins depends on the articles before it, not on when the removal ran; zero turns it off
     */
    public Clusterer(ClusterState state, ClusterSettings settings, Duration expiry) {
        this(state, settings, expiry, StoryMembers.DEFAULT_MAX_ARTICLES);
    }

    /** @param maxArticles how many of its newest articles a story record lists; all are in the members table */
    public Clusterer(ClusterState state, ClusterSettings settings, int maxArticles) {
        this(state, settings, Duration.ZERO, maxArticles);
    }

    public Clusterer(ClusterState state, ClusterSettings settings, Duration expiry, int maxArticles) {
        this.expiry = expiry;
        this.state = state;
        this.settings = settings;
        this.similarity = new Similarity(settings);
        this.index = new CandidateIndex(state.index(), settings);
        this.assembler = new StoryAssembler(settings, vectorizer, maxArticles);
    }

    /**
     * What adding an article did: the story it joined or opened, as it is now, and the stories that story absorbed
     * on the way (each as its last record, {@code mergedInto} set) with the ids of the articles each held when it
     * was absorbed ({@code moved}, by absorbed story id: every member, not only those its record lists).
     */
    public record Assignment(String articleId, Story story, boolean opened, List<Story> absorbed,
                             Map<String, List<String>> moved) {

        public Assignment(String articleId, Story story, boolean opened) {
            this(articleId, story, opened, List.of(), Map.of());
        }

        public Assignment(String articleId, Story story, boolean opened, List<Story> absorbed) {
            this(articleId, story, opened, absorbed, Map.of());
        }
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
        long docs = increment(topic + "|#docs");
        ArticleVector vector = vectorize(topic, enriched, docs);

        Match match = null;
        String target = nearDuplicateStory(topic, article);
        if (target == null) {
            match = mostSimilar(topic, vector, evidence, clock, article.headlineOnly());
            target = match.best();
        }
        Story story;
        StoryProfile profile;
        boolean opened = target == null;
        if (opened) {
            String storyId = topic + ":" + article.id();
            profile = assembler.openProfile(storyId, vector, evidence, docs);
            story = assembler.openStory(storyId, topic, article, profile);
        } else {
            profile = assembler.grow(state.profiles().get(target), vector, evidence);
            Story before = state.stories().get(target);
            listMembers(before);
            story = assembler.grow(before, article, profile);
        }
        // the article's place in its story: after the story's articles so far
        state.members().put(StoryMembers.key(story.id(), story.size() - 1, article.id()), StoryArticle.of(article));
        List<Story> gones = new ArrayList<>();
        Map<String, List<String>> moved = new LinkedHashMap<>();
        if (match != null && !opened) {
            for (String other : match.alsoNear()) {
                StoryProfile otherProfile = state.profiles().get(other);
                Story otherStory = state.stories().get(other);
                if (otherProfile == null || otherStory == null || other.equals(story.id())
                        || similarity.between(profile, otherProfile) < settings.mergeCentroid()) {
                    continue;
                }
                // the older story stays: its id is the one readers and subscribers have known longest
                boolean otherIsOlder = otherProfile.opened() < profile.opened()
                        || otherProfile.opened() == profile.opened() && other.compareTo(story.id()) < 0;
                StoryProfile keepProfile = otherIsOlder ? otherProfile : profile;
                StoryProfile goneProfile = otherIsOlder ? profile : otherProfile;
                Story keep = otherIsOlder ? otherStory : story;
                Story gone = otherIsOlder ? story : otherStory;
                listMembers(otherStory);
                profile = assembler.merge(keepProfile, goneProfile);
                story = assembler.merge(keep, gone, profile);
                moved.put(gone.id(), moveMembers(gone, keep));
                gones.add(gone);
            }
        }
        state.profiles().put(story.id(), profile);
        state.stories().put(story.id(), story);
        state.seen().put(seenKey, story.id());
        // absorbed stories point at the story that survives all of this article's merges (one merge may absorb the
        // story an earlier one kept), and go only once the survivor is written
        List<Story> absorbed = new ArrayList<>(gones.size());
        for (Story gone : gones) {
            absorb(topic, gone, moved.get(gone.id()), story.id());
            absorbed.add(gone.mergedInto(story.id()));
        }
        // a story of undated articles only ages with the topic's clock
        Instant active = profile.lastSeen() != null ? profile.lastSeen() : clock;
        index.index(story.id(), profile.firstSeen(), active, assembler.indexKeys(topic, profile), clock);
        return Optional.of(new Assignment(article.id(), story, opened, List.copyOf(absorbed), moved));
    }

    /**
     * Moves every member of {@code gone} to {@code keep}, after keep's own (the membership order is keep's articles,
     * then gone's, as the merged record lists them).
     *
     * @return the ids of the articles moved, in gone's order
     */
    private List<String> moveMembers(Story gone, Story keep) {
        List<String> ids = new ArrayList<>();
        int position = keep.size();
        for (Map.Entry<String, StoryArticle> m : state.members().scan(StoryMembers.prefix(gone.id())).entrySet()) {
            if (!StoryMembers.isOf(gone.id(), m.getKey())) {
                continue;
            }
            state.members().delete(m.getKey());
            state.members().put(StoryMembers.key(keep.id(), position++, m.getValue().id()), m.getValue());
            ids.add(m.getValue().id());
        }
        return ids;
    }

    /**
     * Writes the members of a story stored before the membership slice existed, once: such a record lists all its
     * articles in the order they joined (there was no cap), and none is in the slice. A story of this build that
     * lists all its articles has its first one at position 0, so it costs one lookup.
     */
    private void listMembers(Story story) {
        List<StoryArticle> listed = story.articles();
        if (listed.isEmpty() || listed.size() != story.size()
                || state.members().get(StoryMembers.key(story.id(), 0, listed.get(0).id())) != null) {
            return;
        }
        for (int i = 0; i < listed.size(); i++) {
            state.members().put(StoryMembers.key(story.id(), i, listed.get(i).id()), listed.get(i));
        }
    }

    /**
     * Removes an absorbed story from the stores and points its articles at the story that took them. Its postings
     * stay in the index until they age out or their key is rewritten; a candidate without a profile is skipped.
     */
    private void absorb(String topic, Story gone, List<String> members, String into) {
        for (String articleId : members) {
            String key = ClusterState.seenKey(topic, articleId);
            if (state.seen().get(key) != null) {
                state.seen().put(key, into);
            }
        }
        state.profiles().delete(gone.id());
        state.stories().delete(gone.id());
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
        if (storyId == null) {
            return null;
        }
        StoryProfile profile = state.profiles().get(storyId);
        return profile != null && !expired(profile, clockOf(topic)) ? storyId : null;
    }

    /** Whether the story has expired by the topic's clock {@code clock} (never when expiry is off or it is undated). */
    private boolean expired(StoryProfile profile, Instant clock) {
        return !expiry.isZero() && profile.lastSeen() != null && clock != null
                && profile.lastSeen().isBefore(clock.minus(expiry));
    }

    private Instant clockOf(String topic) {
        Long clock = state.counters().get(topic + "|#clock");
        return clock == null ? null : Instant.ofEpochMilli(clock);
    }

    /**
     * The best story for an article, when it reaches the threshold, and the other candidates that score at least
     * the merge threshold: the article links them, and they may be one story told twice.
     */
    private record Match(String best, List<String> alsoNear) {
    }

    /** @param at the article's time, or null when it has none that counts */
    private Match mostSimilar(String topic, ArticleVector vector, Instant at, Instant clock, boolean headline) {
        Map<String, Double> keys = new LinkedHashMap<>();
        SparseVectors.top(vector.terms(), settings.queryTerms())
                .forEach((stem, w) -> keys.put(CandidateIndex.termKey(topic, stem), w));
        vector.entities().forEach((id, w) -> keys.put(CandidateIndex.entityKey(topic, id), w));
        String best = null;
        double bestScore = -1;
        Map<String, Double> scores = new LinkedHashMap<>();
        for (String storyId : index.candidates(keys, at, clock)) {
            StoryProfile profile = state.profiles().get(storyId);
            if (profile == null || expired(profile, clock)) {
                continue;
            }
            double score = similarity.score(vector, profile, at);
            scores.put(storyId, score);
            // candidates arrive in a deterministic order; strict > keeps the first of equal scores
            if (score > bestScore) {
                bestScore = score;
                best = storyId;
            }
        }
        double threshold = headline ? settings.headlineThreshold() : settings.threshold();
        if (bestScore < threshold) {
            return new Match(null, List.of());
        }
        String chosen = best;
        List<String> near = scores.entrySet().stream()
                .filter(e -> !e.getKey().equals(chosen) && e.getValue() >= settings.mergeThreshold())
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
        return new Match(best, near);
    }

    /**
     * Counts the article into the topic's document frequencies, then weighs each view: title and body stems by
     * TF-IDF, title stems and title words by IDF (a headline says each word once), entities by salience times IDF.
     */
    private ArticleVector vectorize(String topic, EnrichedArticle enriched, long docs) {
        Article article = enriched.article();
        TermVectorizer.TermCounts counts = vectorizer.count(article.title(), article.body(), settings.titleBoost());
        Map<String, Double> weights = new LinkedHashMap<>();
        Map<String, Double> stemIdf = new HashMap<>();
        Set<String> names = counts.names();
        counts.counts().forEach((stem, tf) -> {
            double idf = idf(docs, increment(topic + "|d|" + stem));
            stemIdf.put(stem, idf);
            double name = names.contains(stem) ? settings.nameBoost() : 1.0;
            weights.put(stem, (1.0 + Math.log(tf)) * idf * name);
        });
        Map<String, Double> terms = SparseVectors.unit(SparseVectors.top(weights, settings.articleTerms()));
        Map<String, String> labels = new LinkedHashMap<>();
        terms.keySet().forEach(stem -> labels.put(stem, counts.labels().get(stem)));

        Map<String, Double> titleTerms = new LinkedHashMap<>();
        for (String stem : vectorizer.stems(article.title())) {
            Double idf = stemIdf.get(stem);
            if (idf != null) {
                titleTerms.put(stem, idf);
            }
        }
        Map<String, Double> words = new LinkedHashMap<>();
        for (String word : vectorizer.words(article.title())) {
            words.put(word, idf(docs, increment(topic + "|w|" + word)));
        }


        Map<String, Entity> named = new LinkedHashMap<>();
        Map<String, Double> salience = new LinkedHashMap<>();
        List<Entity> entities = enriched.entities() == null ? List.of() : enriched.entities();
        for (Entity e : entities) {
            if (StoryAssembler.hasEntity(e) && !named.containsKey(e.id())) {
                named.put(e.id(), e);
                // the topic's own usual names (its country, its capital) say little about which story this is
                double idf = idf(docs, increment(topic + "|e|" + e.id()));
                salience.put(e.id(), (e.salience() > 0 ? e.salience() : 1.0 / entities.size()) * idf);
            }
        }
        return new ArticleVector(terms, labels, SparseVectors.unit(salience), named, SparseVectors.unit(titleTerms),
                SparseVectors.unit(words), !article.headlineOnly());
    }

    /**
     * Inverse document frequency with a prior: {@code idfPriorDocs} pseudo-documents that hold no term are added to
     * the topic's count. A term in nearly every article weighs about nothing, so common words cannot carry a match;
     * while a topic is young its terms weigh nearly alike rather than by a few articles' chance frequencies.
     */
    private double idf(long docs, long df) {
        return Math.log((docs + 1.0 + settings.idfPriorDocs()) / (df + 1.0));
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
    public static boolean isDated(Article article) {
        return article.published() != null && !"ingest-time".equals(article.publishedFrom());
    }

    /** The article's time for clustering: published, unless it claims to be from the future. */
    public static Instant timeOf(Article article) {
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
