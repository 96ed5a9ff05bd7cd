package io.storywire.aggregate.cluster;

import io.storywire.core.model.Article;
import io.storywire.core.model.EnrichedArticle;
import io.storywire.core.model.Entity;
import io.storywire.core.model.EntityType;
import io.storywire.core.model.NearDuplicate;
import io.storywire.core.model.TopicTag;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

/** Builds enriched articles for tests. */
public final class Articles {

    public static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

    private Articles() {
    }

    public static EnrichedArticle enriched(String id, String title, String body, Instant published,
                                           List<String> entityIds, String... topics) {
        Article a = new Article(id, title, "site-" + id, null, OffsetDateTime.ofInstant(published, ZoneOffset.UTC),
                "text", null, "en", body, "file", null, published.plusSeconds(60), null);
        List<Entity> entities = entityIds.stream()
                .map(e -> new Entity(e, e.substring(e.indexOf(':') + 1), EntityType.PERSON, true,
                        1.0 / entityIds.size(), List.of()))
                .toList();
        List<TopicTag> tags = Arrays.stream(topics).map(t -> new TopicTag(t, t, 1.0, List.of())).toList();
        return new EnrichedArticle(a, entities, tags);
    }

    public static EnrichedArticle nearDuplicate(EnrichedArticle of, String id, String title, String body,
                                                Instant published, String original) {
        EnrichedArticle e = enriched(id, title, body, published, of.entities().stream().map(Entity::id).toList(),
                of.topics().stream().map(TopicTag::id).toArray(String[]::new));
        return new EnrichedArticle(e.article().withNearDuplicateOf(new NearDuplicate(original, 0.9)),
                e.entities(), e.topics());
    }

    public static final String SUMMIT_BODY = "South Korean President Lee Jae-myung met Chinese President Xi Jinping "
            + "in Beijing for a summit on trade, supply chains and North Korea. The two leaders agreed to restore "
            + "tourism exchanges and expand cooperation on semiconductors and batteries.";
    public static final String SUMMIT_BODY_2 = "Lee Jae-myung and Xi Jinping held summit talks in Beijing, where "
            + "they pledged closer cooperation on trade and supply chains and discussed North Korea's nuclear "
            + "program and tourism between the two countries.";
    public static final String KPOP_BODY = "The K-pop group released its new album with a world tour starting in "
            + "Seoul, as fans queued for concert tickets and the label reported record streaming numbers.";
    public static final List<String> SUMMIT_ENTITIES = List.of("person:lee-jae-myung", "person:xi-jinping",
            "place:beijing");
}
