package io.storywire.enrich.topic;

import static org.assertj.core.api.Assertions.assertThat;

import io.storywire.core.model.Evidence;
import io.storywire.core.model.TopicTag;
import io.storywire.enrich.Articles;
import io.storywire.enrich.Enricher;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PhraseEvidenceTest {

    private static Enricher enricher;

    @BeforeAll
    static void build() {
        enricher = Enricher.withDefaults();
    }

    @Test
    void shouldCountTwoSpellingsOfOnePhraseOnceOnTheSameWords() {
        TopicTag trade = enricher.enrich(Articles.of("x", "New curbs on rare-earth exports",
                "The ministry said licences would be needed for rare-earth magnets and other exports.")).topics()
                .stream().filter(t -> t.id().equals("trade")).findFirst().orElseThrow();
        List<String> spans = trade.evidence().stream().filter(e -> e.kind().equals("phrase"))
                .map(e -> e.field() + ":" + e.start() + "-" + e.end()).toList();
        assertThat(spans).doesNotHaveDuplicates();
        assertThat(trade.evidence()).extracting(Evidence::value).containsAnyOf("rare earth", "rare-earth");
    }

    @Test
    void shouldNotTakeTaiwansYuanChambersForTheCurrency() {
        double economy = enricher.topicScores(Articles.of("x", "Legislative Yuan passes budget",
                "The Legislative Yuan passed the budget on Friday after the Executive Yuan revised it, and the "
                        + "Legislative Yuan will meet again next week.")).get("economy");
        assertThat(economy).isLessThan(1.0);
    }
}
