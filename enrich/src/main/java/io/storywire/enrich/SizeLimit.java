package io.storywire.enrich;

import io.storywire.core.model.Article;
import io.storywire.core.model.ArticleFlag;
import io.storywire.core.model.EnrichedArticle;
import io.storywire.core.model.Entity;
import io.storywire.core.model.TopicTag;
import io.storywire.core.serde.EventSerdes;
import io.storywire.core.streams.OutputTooLargeException;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps an enriched record within what Kafka takes. A long article naming the same people hundreds of times carries
 * hundreds of mentions and evidence entries, which can make the record many times the article's size and larger
 * than the broker's limit; such a record is trimmed (mentions and evidence capped per entity and topic, the entities,
 * saliences, topics and scores kept) and flagged {@code trimmed-for-size} rather than lost. Only a record too large
 * with every mention dropped, which the article text alone makes so, is refused, once, before any output is sent.
 */
final class SizeLimit {

    static final String FLAG = "trimmed-for-size";
    /** Caps tried in turn: mentions per entity and evidence per topic. */
    private static final int[] CAPS = {20, 5, 1, 0};

    private final int maxBytes;

    SizeLimit(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The record as it is when small enough, else trimmed and flagged; throws when no trim makes it fit. */
    EnrichedArticle fit(EnrichedArticle e, List<String> outputs) {
        int size = size(e);
        if (size <= maxBytes) {
            return e;
        }
        int trimmedSize = size;
        for (int cap : CAPS) {
            EnrichedArticle t = trim(e, cap);
            trimmedSize = size(t);
            if (trimmedSize <= maxBytes) {
                return flagged(t, cap, size, mentions(e), mentions(t));
            }
        }
        throw new OutputTooLargeException(trimmedSize, maxBytes, outputs);
    }

    private static EnrichedArticle trim(EnrichedArticle e, int cap) {
        List<Entity> entities = new ArrayList<>();
        for (Entity en : e.entities()) {
            entities.add(new Entity(en.id(), en.name(), en.type(), en.linked(), en.salience(),
                    en.mentions() == null ? List.of() : en.mentions().subList(0, Math.min(cap, en.mentions().size()))));
        }
        List<TopicTag> topics = new ArrayList<>();
        for (TopicTag t : e.topics()) {
            topics.add(new TopicTag(t.id(), t.label(), t.score(),
                    t.evidence() == null ? List.of() : t.evidence().subList(0, Math.min(cap, t.evidence().size()))));
        }
        return new EnrichedArticle(e.article(), entities, topics);
    }

    private EnrichedArticle flagged(EnrichedArticle t, int cap, int before, int mentionsBefore, int mentionsAfter) {
        Article a = t.article();
        List<ArticleFlag> flags = new ArrayList<>(a.flags());
        flags.add(new ArticleFlag(FLAG, "enriched record of " + before + " bytes over " + maxBytes
                + " (enrich.max.record.bytes): mentions and evidence capped at " + cap + " per entity and topic, "
                + mentionsAfter + " of " + mentionsBefore + " mentions kept"));
        Article withFlag = new Article(a.id(), a.title(), a.source(), a.author(), a.published(), a.publishedFrom(),
                a.url(), a.language(), a.body(), a.origin(), a.originName(), a.ingestedAt(), a.nearDuplicateOf(),
                a.kind(), flags);
        return new EnrichedArticle(withFlag, t.entities(), t.topics());
    }

    private static int mentions(EnrichedArticle e) {
        return e.entities().stream().mapToInt(en -> en.mentions() == null ? 0 : en.mentions().size()).sum();
    }

    static int size(EnrichedArticle e) {
        return EventSerdes.ENRICHED.serializer().serialize("size", e).length;
    }
}
