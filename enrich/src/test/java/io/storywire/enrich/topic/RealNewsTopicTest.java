package io.storywire.enrich.topic;

import static org.assertj.core.api.Assertions.assertThat;

import io.storywire.core.model.Article;
import io.storywire.core.model.TopicTag;
import io.storywire.enrich.Articles;
import io.storywire.enrich.Enricher;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Topic decisions on the shapes real news comes in: headlines alone, teasers, wire datelines, all-caps headlines. */
class RealNewsTopicTest {

    private static Enricher enricher;

    @BeforeAll
    static void build() {
        enricher = Enricher.withDefaults();
    }

    private static Article headline(String id, String title) {
        return new Article(id, title, "Feed", null, null, "feed", null, "en", "", "feed", null, Instant.EPOCH, null,
                Article.KIND_HEADLINE, List.of());
    }

    private static List<String> topics(Article a) {
        return enricher.enrich(a).topics().stream().map(TopicTag::id).toList();
    }

    @Test
    void shouldTagAHeadlineOnlyItemOnWhatItSays() {
        assertThat(topics(headline("h1", "North Korea fires missile"))).contains("north-korea");
        assertThat(topics(headline("h2", "Beijing sends 30 warplanes toward Taiwan"))).contains("taiwan");
        assertThat(topics(headline("h3", "Canada answers steel tariffs with levies on US goods"))).contains("trade");
    }

    @Test
    void shouldNotTagTradeOnStockTradingUnionsOrASportsTrade() {
        assertThat(topics(headline("n1", "Senators push ban on stock trading by lawmakers"))).doesNotContain("trade");
        assertThat(topics(headline("n2", "Rovers trade star striker to City in record deal"))).doesNotContain("trade");
        assertThat(topics(Articles.of("n3", "Nurses vote to strike",
                "The trade union representing nurses said members voted to strike over pay. The trade union "
                        + "leader said talks with the hospital board had failed and the trade union would ballot "
                        + "again in the spring if no offer came."))).doesNotContain("trade");
    }

    @Test
    void shouldNotCountADatelineAsEvidenceOfWhatTheStoryIsAbout() {
        String body = "PYONGYANG, Dec 1 (KCNA) -- The premier of Laos received a delegation of farmers and praised "
                + "the rice harvest in the southern provinces, the agency said. The visit ended with a banquet.";
        Article a = new Article("d1", "Laos premier praises rice harvest", "KCNA", null, null, "json", null, "en", body,
                "file", null, Instant.EPOCH, null);
        assertThat(enricher.topicScores(a).get("north-korea")).isZero();
        assertThat(NotEvidence.datelineEnd("SEOUL (Reuters) - Prices rose.")).isEqualTo("SEOUL (Reuters) - ".length());
        assertThat(NotEvidence.datelineEnd("TAIPEI, March 3 - Lawmakers met.")).isEqualTo("TAIPEI, March 3 - ".length());
        assertThat(NotEvidence.datelineEnd("Taiwan said on Monday it would act.")).isZero();
    }

    @Test
    void shouldNotReadAWordInAnAllCapsHeadlineAsAnIdol() {
        Article a = Articles.of("c1", "FACTORY ORDERS ROSE IN MARCH",
                "Orders for manufactured goods rose 2 pct in March after falling in February, the department said.");
        assertThat(topics(a)).doesNotContain("k-pop");
    }

    @Test
    void shouldTagEveryArticleWithAMatchAllTopicAndKeepItsEvidence() {
        Taxonomy t = new Taxonomy(List.of(TopicDefinition.all("everything", "Everything"),
                new TopicDefinition("drills", "Drills", 1.0, Map.of("drills", 2.0), Map.of())));
        List<TopicTag> tags = enricher.enrich(Articles.of("x", "Bakery wins prize", "A bakery won a prize."), t).topics();
        assertThat(tags).extracting(TopicTag::id).containsExactly("everything");
        assertThat(tags.get(0).evidence()).extracting(e -> e.value()).containsExactly("match:all");
    }

    @Test
    void shouldParseMatchAllWithoutPhrasesAndRejectAnUnknownMatch() {
        Taxonomy t = Taxonomy.parse("{\"topics\": [{\"id\": \"all-news\", \"match\": \"all\"}]}".getBytes());
        assertThat(t.topics().get(0).matchesAll()).isTrue();
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> Taxonomy.parse(
                "{\"topics\": [{\"id\": \"x\", \"match\": \"some\"}]}".getBytes())))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldNotLetGenericCuesCarryATopicWithoutOneOfItsAnchors() {
        Article iran = Articles.of("ir", "Iran tests ballistic missile, ICBM fears grow",
                "Iran test-fired a ballistic missile on Sunday, its second missile launch this month. Analysts said "
                        + "the ballistic missile could be a step towards an ICBM, and warned that a nuclear test "
                        + "would follow if talks failed. The ballistic missile flew 900 km before landing in the sea.");
        assertThat(enricher.topicScores(iran).get("north-korea")).as("generic cues still score")
                .isGreaterThanOrEqualTo(4.0);
        assertThat(topics(iran)).doesNotContain("north-korea");
        Taxonomy anchored = Taxonomy.parse("""
                {"topics": [{"id": "drills", "threshold": 2, "requires": ["live-fire"],
                  "phrases": {"drills": 2, "live-fire": 1}}]}""".getBytes());
        assertThat(enricher.enrich(Articles.of("d", "Navy drills", "Navy drills off the coast."), anchored).topics())
                .isEmpty();
        assertThat(enricher.enrich(Articles.of("e", "Navy drills", "Live-fire drills off the coast."), anchored).topics())
                .extracting(TopicTag::id).containsExactly("drills");
    }

    @Test
    void shouldRejectAnAnchorThatIsNeitherAPhraseNorAnEntity() {
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> Taxonomy.parse("""
                {"topics": [{"id": "x", "threshold": 1, "requires": ["nope"], "phrases": {"yes": 1}}]}"""
                .getBytes()))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nope");
    }
}
