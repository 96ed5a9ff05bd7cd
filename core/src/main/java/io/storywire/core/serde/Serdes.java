package io.storywire.core.serde;

import io.storywire.core.model.Article;
import io.storywire.core.model.DeadLetter;
import io.storywire.core.model.EnrichedArticle;
import io.storywire.core.model.Story;

/** Serdes of the event model, one instance each. */
public final class Serdes {

    public static final JsonSerde<Article> ARTICLE = JsonSerde.of(Article.class);
    public static final JsonSerde<EnrichedArticle> ENRICHED = JsonSerde.of(EnrichedArticle.class);
    public static final JsonSerde<Story> STORY = JsonSerde.of(Story.class);
    public static final JsonSerde<DeadLetter> DEAD_LETTER = JsonSerde.of(DeadLetter.class);

    private Serdes() {
    }
}
