package io.storywire.enrich;

import io.storywire.core.config.StorywireConfig;
import io.storywire.core.model.Article;
import io.storywire.core.model.EnrichedArticle;
import io.storywire.enrich.entity.EntityAnalysis;
import io.storywire.enrich.entity.EntityTagger;
import io.storywire.enrich.topic.Taxonomy;
import io.storywire.enrich.topic.TopicMatcher;
import java.util.Map;

/**
 * Enriches articles with entities and topics. Build it once (the gazetteer and taxonomy automata are built here);
 * {@link #enrich} is then thread-safe and allocation-light.
 */
public final class Enricher {

    private final EntityTagger entities;
    private final TopicMatcher defaultTopics;
    private volatile TopicMatcher lastCompiled;

    public Enricher(EntityTagger entities, Taxonomy taxonomy) {
        this.entities = entities;
        this.defaultTopics = new TopicMatcher(taxonomy);
        this.lastCompiled = defaultTopics;
    }

    /** The built-in gazetteer and the taxonomy of {@code enrich.taxonomy.file}, or the built-in one. */
    public static Enricher fromConfig(StorywireConfig cfg) {
        return new Enricher(EntityTagger.withDefaults(), Taxonomy.load(cfg.taxonomyFile()));
    }

    public static Enricher withDefaults() {
        return new Enricher(EntityTagger.withDefaults(), Taxonomy.defaults());
    }

    /** The taxonomy this enricher was built with (the file's). */
    public Taxonomy taxonomy() {
        return defaultTopics.taxonomy();
    }

    public EnrichedArticle enrich(Article a) {
        return enrich(a, defaultTopics);
    }

    /** With another taxonomy, e.g. the live one from the taxonomy topic; compiled once per distinct taxonomy. */
    public EnrichedArticle enrich(Article a, Taxonomy taxonomy) {
        return enrich(a, compiled(taxonomy));
    }

    public EnrichedArticle enrich(Article a, TopicMatcher topics) {
        if (a == null) {
            throw new IllegalArgumentException("no article");
        }
        EntityAnalysis found = entities.tag(a);
        return new EnrichedArticle(a, found.entities(), topics.tag(a, found.mentions()));
    }

    /** The analysis behind {@link #enrich}: every mention, demonyms included; for tests and the evaluation. */
    public EntityAnalysis entities(Article a) {
        return entities.tag(a);
    }

    /** Every topic's score for the article, assigned or not; for the evaluation and whoever tunes thresholds. */
    public Map<String, Double> topicScores(Article a) {
        return defaultTopics.scores(a, entities.tag(a).mentions());
    }

    public TopicMatcher compiled(Taxonomy taxonomy) {
        TopicMatcher last = lastCompiled;
        if (last.taxonomy().equals(taxonomy)) {
            return last;
        }
        TopicMatcher fresh = new TopicMatcher(taxonomy);
        lastCompiled = fresh;
        return fresh;
    }
}
