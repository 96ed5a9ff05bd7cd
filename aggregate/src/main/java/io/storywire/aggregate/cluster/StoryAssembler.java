package io.storywire.aggregate.cluster;

import io.storywire.core.model.Article;
import io.storywire.core.model.Entity;
import io.storywire.core.model.EntityCount;
import io.storywire.core.model.Story;
import io.storywire.core.model.StoryArticle;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Opens a story with an article or adds one to it: the profile the clusterer compares with and the Story record. */
final class StoryAssembler {

    static final int SHOWN_ENTITIES = 10;
    static final int SHOWN_TERMS = 10;
    static final int LABELLED_TERMS = 3 * SHOWN_TERMS;
    /** Centroid weights are stored to this many decimals: far below any threshold's resolution, and short JSON. */
    private static final double WEIGHT_SCALE = 1e5;

    private final ClusterSettings settings;
    private final TermVectorizer vectorizer;
    /** articles a story record lists, the newest; all of them are in the membership slice */
    private final int maxArticles;

    StoryAssembler(ClusterSettings settings, TermVectorizer vectorizer, int maxArticles) {
        if (maxArticles < 1) {
            throw new IllegalArgumentException("a story lists at least one article: " + maxArticles);
        }
        this.settings = settings;
        this.vectorizer = vectorizer;
        this.maxArticles = maxArticles;
    }

    /** @param at the article's time, or null when it has none: the story's span stays unknown until one has */
    StoryProfile openProfile(String storyId, ArticleVector vector, Instant at, long opened) {
        return grow(new StoryProfile(storyId, 0, at, at, Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(),
                opened), vector, at);
    }

    /** @param at the article's time, or null when it has none: the story's span then stays as it is */
    StoryProfile grow(StoryProfile p, ArticleVector vector, Instant at) {
        Map<String, Double> terms = centroid(p.terms(), vector.terms());
        Map<String, String> labels = new TreeMap<>();
        // only the terms a story could show need their word; the rest fall back to the stem if they ever rise
        SparseVectors.topKeys(terms, LABELLED_TERMS).forEach(stem -> {
            String label = p.labels().get(stem);
            labels.put(stem, label != null ? label : vector.labels().getOrDefault(stem, stem));
        });
        Map<String, EntityTally> entities = new TreeMap<>(p.entities());
        vector.named().forEach((id, e) -> entities.merge(id, new EntityTally(e.name(), e.type(), 1),
                (old, one) -> old.plusOne()));
        Instant first = at == null ? p.firstSeen() : p.firstSeen() == null ? at : min(p.firstSeen(), at);
        Instant last = at == null ? p.lastSeen() : p.lastSeen() == null ? at : max(p.lastSeen(), at);
        return new StoryProfile(p.storyId(), p.size() + 1, first, last, terms, labels, capEntities(entities),
                centroid(p.entityWeights(), vector.entities()), centroid(p.titleTerms(), vector.titleTerms()),
                centroid(p.words(), vector.words()), p.opened());
    }

    /**
     * Two stories as one: {@code keep}'s id and opening, both stories' centroids summed (each the sum of its
     * articles' unit vectors, so the sum is what one story of all their articles would hold, up to the caps),
     * tallies added, spans joined.
     */
    StoryProfile merge(StoryProfile keep, StoryProfile gone) {
        Map<String, Double> terms = centroid(keep.terms(), gone.terms());
        Map<String, String> labels = new TreeMap<>();
        SparseVectors.topKeys(terms, LABELLED_TERMS).forEach(stem -> {
            String label = keep.labels().get(stem);
            labels.put(stem, label != null ? label : gone.labels().getOrDefault(stem, stem));
        });
        Map<String, EntityTally> entities = new TreeMap<>(keep.entities());
        gone.entities().forEach((id, t) -> entities.merge(id, t,
                (a, b) -> new EntityTally(a.name(), a.type(), a.articles() + b.articles())));
        Instant first = keep.firstSeen() == null ? gone.firstSeen()
                : gone.firstSeen() == null ? keep.firstSeen() : min(keep.firstSeen(), gone.firstSeen());
        Instant last = keep.lastSeen() == null ? gone.lastSeen()
                : gone.lastSeen() == null ? keep.lastSeen() : max(keep.lastSeen(), gone.lastSeen());
        return new StoryProfile(keep.storyId(), keep.size() + gone.size(), first, last, terms, labels,
                capEntities(entities), centroid(keep.entityWeights(), gone.entityWeights()),
                centroid(keep.titleTerms(), gone.titleTerms()), centroid(keep.words(), gone.words()),
                Math.min(keep.opened(), gone.opened()));
    }

    /**
     * The story that holds both stories' articles ({@code keep}'s first, as the membership slice orders them), its
     * headline the more central one. Each record lists its newest articles, so the newest of both are {@code gone}'s
     * then {@code keep}'s last ones.
     */
    Story merge(Story keep, Story gone, StoryProfile merged) {
        List<StoryArticle> articles = new ArrayList<>(keep.articles());
        articles.addAll(gone.articles());
        String headline = headlineScore(gone.headline(), merged) > headlineScore(keep.headline(), merged)
                ? gone.headline() : keep.headline();
        return story(keep.id(), keep.topic(), headline, keep.size() + gone.size(), articles, merged);
    }

    private Map<String, Double> centroid(Map<String, Double> a, Map<String, Double> b) {
        return rounded(SparseVectors.top(SparseVectors.sum(a, b), settings.storyTerms()));
    }

    Story openStory(String storyId, String topic, Article article, StoryProfile profile) {
        return story(storyId, topic, article.title(), 1, List.of(StoryArticle.of(article)), profile);
    }

    Story grow(Story story, Article article, StoryProfile profile) {
        List<StoryArticle> articles = new ArrayList<>(story.articles());
        articles.add(StoryArticle.of(article));
        String headline = story.headline();
        if (headlineScore(article.title(), profile) > headlineScore(headline, profile)) {
            headline = article.title();
        }
        return story(story.id(), story.topic(), headline, story.size() + 1, articles, profile);
    }

    /** Index keys of a story: its top terms and its most named entities. */
    List<String> indexKeys(String topic, StoryProfile profile) {
        List<String> keys = new ArrayList<>();
        SparseVectors.topKeys(profile.terms(), settings.indexTerms())
                .forEach(stem -> keys.add(CandidateIndex.termKey(topic, stem)));
        topEntities(profile, settings.indexTerms()).forEach(id -> keys.add(CandidateIndex.entityKey(topic, id)));
        return keys;
    }

    /** @param articles the newest articles, oldest first; the record keeps the last {@code maxArticles} of them */
    private Story story(String id, String topic, String headline, int size, List<StoryArticle> articles,
            StoryProfile p) {
        if (articles.size() > maxArticles) {
            articles = articles.subList(articles.size() - maxArticles, articles.size());
        }
        List<EntityCount> entities = topEntities(p, SHOWN_ENTITIES).stream()
                .map(eid -> {
                    EntityTally t = p.entities().get(eid);
                    return new EntityCount(eid, t.name(), t.type(), t.articles());
                }).toList();
        List<String> terms = SparseVectors.topKeys(p.terms(), SHOWN_TERMS).stream()
                .map(stem -> p.labels().getOrDefault(stem, stem)).toList();
        // the profile's span counts dated articles only: an undated one carries its ingest time as "published",
        // which would stretch a January story to the day it was loaded
        Instant first = p.firstSeen();
        Instant last = p.lastSeen();
        if (first == null) {
            for (StoryArticle a : articles) {
                if (a.published() != null) {
                    Instant t = a.published().toInstant();
                    first = first == null ? t : min(first, t);
                    last = last == null ? t : max(last, t);
                }
            }
        }
        return new Story(id, topic, headline, size, first, last, entities, terms, List.copyOf(articles));
    }

    /** How central a title is to the story: its stems' centroid weight, normalised by the number of stems. */
    private double headlineScore(String title, StoryProfile profile) {
        if (title == null || title.isBlank()) {
            return -1;
        }
        List<String> stems = vectorizer.stems(title);
        if (stems.isEmpty()) {
            return -1;
        }
        double sum = 0;
        for (String stem : stems) {
            sum += profile.terms().getOrDefault(stem, 0.0);
        }
        return sum / Math.sqrt(stems.size());
    }

    private static List<String> topEntities(StoryProfile p, int k) {
        return p.entities().entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, EntityTally>>comparingInt(e -> e.getValue().articles())
                        .reversed().thenComparing(Map.Entry::getKey))
                .limit(k).map(Map.Entry::getKey).toList();
    }

    private Map<String, EntityTally> capEntities(Map<String, EntityTally> entities) {
        int cap = settings.storyTerms();
        if (entities.size() <= cap) {
            return entities;
        }
        Set<String> keep = Set.copyOf(topEntities(new StoryProfile(null, 0, null, null, Map.of(), Map.of(),
                entities, Map.of()), cap));
        Map<String, EntityTally> out = new LinkedHashMap<>();
        entities.forEach((id, t) -> {
            if (keep.contains(id)) {
                out.put(id, t);
            }
        });
        return out;
    }

    private static Map<String, Double> rounded(Map<String, Double> v) {
        Map<String, Double> out = new LinkedHashMap<>();
        v.forEach((k, w) -> out.put(k, Math.round(w * WEIGHT_SCALE) / WEIGHT_SCALE));
        return out;
    }

    static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    static boolean hasEntity(Entity e) {
        return e != null && e.id() != null && !e.id().isBlank();
    }
}
