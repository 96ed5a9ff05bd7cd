package io.storywire.aggregate;

import io.storywire.core.model.Article;
import io.storywire.core.model.EnrichedArticle;
import io.storywire.core.model.Entity;
import io.storywire.core.model.EntityType;
import io.storywire.core.model.Mention;
import io.storywire.core.model.TopicTag;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** Hand-made enriched articles: entities with real mention offsets, topics as enrich would tag them. */
public final class Fixtures {

    public record E(String id, String name, EntityType type) {
    }

    public static final E LEE = new E("person:lee-jae-myung", "Lee Jae-myung", EntityType.PERSON);
    public static final E XI = new E("person:xi-jinping", "Xi Jinping", EntityType.PERSON);
    public static final E TAIWAN = new E("place:taiwan", "Taiwan", EntityType.PLACE);
    public static final E BEIJING = new E("place:beijing", "Beijing", EntityType.PLACE);
    public static final E PLA = new E("org:pla", "People's Liberation Army", EntityType.ORGANIZATION);
    public static final E SAMSUNG = new E("org:samsung", "Samsung", EntityType.ORGANIZATION);
    public static final E SEOUL = new E("place:seoul", "Seoul", EntityType.PLACE);

    private Fixtures() {
    }

    public static EnrichedArticle article(String id, String title, String body, String source, String published,
                                          List<String> topics, E... entities) {
        OffsetDateTime at = OffsetDateTime.parse(published);
        Article a = new Article(id, title, source, null, at, "json", "https://example.org/" + id, "en", body,
                "kafka", id + ".json", Instant.parse("2026-01-08T00:00:00Z"), null);
        List<Entity> found = new ArrayList<>();
        for (E e : entities) {
            List<Mention> mentions = new ArrayList<>();
            addMentions(mentions, "title", title, e.name());
            addMentions(mentions, "body", body, e.name());
            found.add(new Entity(e.id(), e.name(), e.type(), true, 1.0 / entities.length, mentions));
        }
        List<TopicTag> tags = topics.stream().map(t -> new TopicTag(t, t, 1.0, List.of())).toList();
        return new EnrichedArticle(a, found, tags);
    }

    private static void addMentions(List<Mention> into, String field, String text, String name) {
        for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length())) {
            into.add(new Mention(field, i, i + name.length(), name));
        }
    }

    /** Two stories' worth of articles over three topics, one with markup in its title. */
    public static List<EnrichedArticle> corpus() {
        return List.of(
                article("a1", "Xi Jinping and Lee Jae-myung meet in Beijing over Taiwan and trade",
                        "Xi Jinping hosted Lee Jae-myung in Beijing. The talks touched on Taiwan, on export controls"
                                + " and on tariffs.\n\nLee Jae-myung said trade ties matter.",
                        "Wire", "2026-01-07T09:00:00Z", List.of("taiwan", "trade"), XI, LEE, BEIJING, TAIWAN),
                article("a2", "Lee Jae-myung and Xi Jinping hold summit in Beijing on Taiwan, trade",
                        "In Beijing, Xi Jinping and Lee Jae-myung met for a summit. Taiwan and tariffs on exports"
                                + " were discussed; both sides said trade ties matter.",
                        "Daily Herald", "2026-01-07T11:30:00Z", List.of("taiwan", "trade"), XI, LEE, BEIJING,
                        TAIWAN),
                article("a3", "People's Liberation Army drills near Taiwan draw protest",
                        "The People's Liberation Army held live-fire drills near Taiwan on Thursday. Taiwan"
                                + " protested the drills.",
                        "Strait Times", "2026-01-08T06:00:00Z", List.of("taiwan"), PLA, TAIWAN),
                article("a4", "<script>window.__pwned=1</script> K-pop <b>ban</b> in Seoul & Beijing",
                        "Samsung sponsors concerts in Seoul; the ban on K-pop in Beijing may ease. <img src=x"
                                + " onerror=\"window.__pwned=2\">",
                        "Seoul Pop", "2026-01-08T08:00:00Z", List.of("k-pop"), SEOUL, BEIJING, SAMSUNG));
    }
}
