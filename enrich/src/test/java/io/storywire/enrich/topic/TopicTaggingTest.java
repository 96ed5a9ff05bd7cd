package io.storywire.enrich.topic;

import static org.assertj.core.api.Assertions.assertThat;

import io.storywire.core.model.Article;
import io.storywire.core.model.EnrichedArticle;
import io.storywire.core.model.TopicTag;
import io.storywire.enrich.Articles;
import io.storywire.enrich.Enricher;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TopicTaggingTest {

    private static Enricher enricher;

    @BeforeAll
    static void build() {
        enricher = Enricher.withDefaults();
    }

    /** About 760 words on glaciers and climate, with Taiwan once, in passing. */
    static Article longPieceMentioningTaiwanOnce() {
        String paragraph = "Scientists measuring the glacier found that the ice sheet lost more mass this summer than "
                + "in any year on record, as warming air and meltwater sped the retreat of its front. The team drilled "
                + "cores, mapped crevasses and flew radar over the basin for six weeks, and the results point to a "
                + "faster rise in sea level than the models had assumed. ";
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            body.append(paragraph).append("\n\n");
        }
        body.append("One of the sensors came from a supplier in Taiwan, the lead author said.");
        return Articles.of("long", "Glacier loses record ice as melt season lengthens", body.toString());
    }

    @Test
    void shouldKeepAPassingMentionUnderTheThreshold() {
        Article article = longPieceMentioningTaiwanOnce();
        Map<String, Double> scores = enricher.topicScores(article);
        double threshold = enricher.taxonomy().topics().stream().filter(t -> t.id().equals("taiwan")).findFirst()
                .orElseThrow().threshold();
        assertThat(scores.get("taiwan")).isPositive().isLessThan(threshold / 4);
        EnrichedArticle e = enricher.enrich(article);
        assertThat(e.topics()).extracting(TopicTag::id).contains("climate").doesNotContain("taiwan");
    }

    @Test
    void shouldTagAnArticleThatIsAboutTaiwan() {
        Article article = Articles.of("tw", "Taiwan holds drills as Lai warns of pressure",
                "Taiwan staged its largest annual drills on Monday, and President Lai Ching-te said the self-governing "
                        + "island would defend itself. Beijing claims Taiwan and sent ships into the Taiwan Strait.");
        TopicTag taiwan = enricher.enrich(article).topics().stream().filter(t -> t.id().equals("taiwan")).findFirst()
                .orElseThrow();
        assertThat(taiwan.score()).isGreaterThanOrEqualTo(4.0);
        assertThat(taiwan.evidence()).extracting(ev -> ev.value())
                .contains("place:taiwan", "person:lai-ching-te", "self-governing island", "place:taiwan-strait");
    }

    @Test
    void shouldTagAnIdolGroupStoryAsKpopWithoutTheWord() {
        Article article = Articles.of("bts", "BTS announce world tour dates after military service",
                "BTS will play 34 stadium concerts next year, their agency HYBE said on Tuesday. The group's new album "
                        + "arrives in March, and fans queued overnight for tickets in Seoul.");
        assertThat(article.title() + article.body()).doesNotContainIgnoringCase("k-pop");
        assertThat(enricher.enrich(article).topics()).extracting(TopicTag::id).contains("k-pop");
    }

    @Test
    void shouldCountACapitalOrALeaderForTheCountryItImplies() {
        Article article = Articles.of("nk", "Pyongyang fires missile", "Pyongyang fired a missile on Monday.");
        TopicTag nk = enricher.enrich(article).topics().stream().filter(t -> t.id().equals("north-korea")).findFirst()
                .orElseThrow();
        assertThat(nk.evidence()).anySatisfy(ev -> {
            assertThat(ev.value()).isEqualTo("place:pyongyang");
            assertThat(ev.kind()).isEqualTo("entity");
        });
    }

    @Test
    void shouldReadATaxonomyAndRejectABadOne() {
        Taxonomy t = Taxonomy.parse("""
                {"topics": [{"id": "chips", "label": "Chips", "threshold": 2,
                  "phrases": {"semiconductor*": 1.5, "military service": -1}, "entities": {"org:tsmc": 2}}]}
                """.getBytes());
        assertThat(t.ids()).containsExactly("chips");
        Article a = Articles.of("c", "TSMC semiconductors", "TSMC makes semiconductors.");
        assertThat(enricher.enrich(a, t).topics()).extracting(TopicTag::id).containsExactly("chips");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> Taxonomy.parse(
                "{\"topics\": [{\"id\": \"Bad Id\", \"threshold\": 1, \"phrases\": {\"x\": 1}}]}".getBytes())))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
