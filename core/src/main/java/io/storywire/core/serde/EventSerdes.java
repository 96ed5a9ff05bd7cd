package io.storywire.core.serde;

import io.storywire.core.model.Article;
import io.storywire.core.model.DeadLetter;
import io.storywire.core.model.EnrichedArticle;
import io.storywire.core.model.Story;

/** Serdes of the event model, one instance each (named apart from Kafka's own {@code Serdes}). */
public final class EventSerdes {

    public static final JsonSerde<Article> ARTICLE = JsonSerde.of(Article.class);
    public static final JsonSerde<EnrichedArticle> ENRICHED = JsonSerde.of(EnrichedArticle.class);
    public static final JsonSerde<Story> STORY = JsonSerde.of(Story.class);
    public static final JsonSerde<DeadLetter> DEAD_LETTER = JsonSerde.of(DeadLetter.class);

    private EventSerdes() {
    }
}
