package io.storywire.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.storywire.core.model.Article;
import io.storywire.core.serde.Json;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * An article's enrichment depends on the article and the taxonomy only: not on the articles enriched before it, nor
 * on the stream thread, nor on how records of several partitions interleave (which varies with load). The enricher
 * and the recogniser behind it are shared by every stream thread of the stage, so any memory they kept between
 * articles (a learnt word, an alias met earlier) would show here.
 */
class EnrichOrderTest {

    private static List<Article> articles() {
        List<Article> out = new ArrayList<>(io.storywire.enrich.topic.TaggedInAFreshJvm.articles());
        out.add(EnrichTopologyTest.taiwanArticle());
        out.add(Articles.of("o1", "Lee meets Takaichi in Tokyo",
                "President Lee Jae-myung met Prime Minister Sanae Takaichi in Tokyo on Friday. Lee said the two "
                        + "countries would keep talking about trade, and Takaichi called the meeting useful."));
        out.add(Articles.of("o2", "Harbour board delays crane order",
                "Mayor Ilse Varga of Marrowby said the harbour board would delay its crane order by a year. Varga "
                        + "told reporters that Marrowby Port Authority (MPA) had asked for more time, and the MPA agreed."));
        out.add(Articles.of("o3", "Jason Lee opens a bakery in Busan",
                "Jason Lee, a baker from Busan, opened his second shop on Saturday. Lee said rents had doubled."));
        return out;
    }

    private static Map<String, String> enrich(Enricher enricher, List<Article> articles) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Article a : articles) {
            out.put(a.id(), Json.write(enricher.enrich(a)));
        }
        return out;
    }

    @Test
    void shouldEnrichAnArticleTheSameWhateverCameBefore() throws Exception {
        List<Article> articles = articles();
        Enricher shared = Enricher.withDefaults();
        Map<String, String> inOrder = enrich(shared, articles);

        List<Article> reversed = new ArrayList<>(articles);
        Collections.reverse(reversed);
        assertThat(enrich(shared, reversed)).isEqualTo(inOrder);

        // each alone, in an enricher that has seen nothing else
        for (Article a : articles) {
            assertThat(Json.write(Enricher.withDefaults().enrich(a))).as(a.id()).isEqualTo(inOrder.get(a.id()));
        }

        // two threads at once, as two stream threads share one enricher
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (Article a : round % 2 == 0 ? articles : reversed) {
                    futures.add(pool.submit(() -> Json.write(shared.enrich(a))));
                }
            }
            int i = 0;
            for (int round = 0; round < 3; round++) {
                for (Article a : round % 2 == 0 ? articles : reversed) {
                    assertThat(futures.get(i++).get()).as(a.id()).isEqualTo(inOrder.get(a.id()));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
