package io.storywire.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.storywire.core.model.Article;
import io.storywire.core.model.EnrichedArticle;
import io.storywire.core.model.Entity;
import io.storywire.core.model.Evidence;
import io.storywire.core.model.Mention;
import io.storywire.core.model.TopicTag;
import io.storywire.enrich.text.TextFolder;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvidenceOffsetsTest {

    private static String field(Article a, String field) {
        return field.equals("title") ? a.title() : a.body();
    }

    @Test
    void shouldPointEveryMentionAndEveryPieceOfEvidenceAtItsText() {
        Enricher enricher = Enricher.withDefaults();
        List<Article> articles = List.of(EnrichTopologyTest.taiwanArticle(),
                Articles.of("t2", "Xi invites South Korea’s Lee to Beijing — K‑pop ban on the agenda",
                        "BEIJING, Jan. 7 — Chinese President Xi Jinping has invited South Korean President Lee Jae‑myung "
                                + "to a state visit, Yonhap News Agency said. Lee will raise China’s ban on K-pop and "
                                + "Korean content; the U.S. and Japan’s Sanae Takaichi watch closely. 🇰🇷 Kim Jong Un’s "
                                + "missile tests and North Korea’s nuclear programme are also on the agenda, as is "
                                + "trade: tariffs, exports and supply chains."));
        int checked = 0;
        for (Article a : articles) {
            EnrichedArticle e = enricher.enrich(a);
            for (Entity entity : e.entities()) {
                for (Mention m : entity.mentions()) {
                    assertThat(field(a, m.field()).substring(m.start(), m.end())).isEqualTo(m.text());
                    checked++;
                }
            }
            for (TopicTag t : e.topics()) {
                for (Evidence ev : t.evidence()) {
                    String text = field(a, ev.field()).substring(ev.start(), ev.end());
                    if (ev.kind().equals("phrase")) {
                        assertThat(TextFolder.fold(text)).startsWith(TextFolder.fold(ev.value().replace("*", "")));
                    } else {
                        assertThat(text).isNotBlank();
                        assertThat(e.entities().stream().flatMap(en -> en.mentions().stream())
                                .anyMatch(m -> m.field().equals(ev.field()) && m.start() == ev.start())
                                || !ev.value().isEmpty()).isTrue();
                    }
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(40);
    }
}
