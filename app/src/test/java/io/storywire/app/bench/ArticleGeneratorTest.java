package io.storywire.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.storywire.core.serde.Json;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArticleGeneratorTest {

    private static List<ArticleGenerator.Generated> generate(long seed, int count) {
        ArticleGenerator g = new ArticleGenerator(seed);
        List<ArticleGenerator.Generated> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(g.next());
        }
        return out;
    }

    @Test
    void shouldGenerateTheSameArticlesForTheSameSeed() {
        List<String> a = generate(7, 300).stream().map(ArticleGenerator.Generated::json).toList();
        List<String> b = generate(7, 300).stream().map(ArticleGenerator.Generated::json).toList();
        List<String> c = generate(8, 300).stream().map(ArticleGenerator.Generated::json).toList();
        assertThat(a).isEqualTo(b);
        assertThat(a).isNotEqualTo(c);
    }

    @Test
    void shouldKeepEveryBodyBetweenOneAndAHalfAndEightKilobytes() {
        List<ArticleGenerator.Generated> all = generate(19, 3000);
        assertThat(all).allSatisfy(g -> assertThat(g.body().getBytes(StandardCharsets.UTF_8).length)
                .isBetween(ArticleGenerator.MIN_BODY_BYTES, ArticleGenerator.MAX_BODY_BYTES));
        // spread over the range, not piled at one end
        assertThat(all).anyMatch(g -> g.body().length() < 2500);
        assertThat(all).anyMatch(g -> g.body().length() > 6000);
    }

    @Test
    void shouldWriteIngestJsonWithDistinctBodiesAndTimes() throws Exception {
        List<ArticleGenerator.Generated> all = generate(19, 2000);
        Set<String> bodies = new HashSet<>();
        Set<String> times = new HashSet<>();
        for (ArticleGenerator.Generated g : all) {
            JsonNode json = Json.MAPPER.readTree(g.json());
            assertThat(json.path("title").asText()).isEqualTo(g.title()).isNotBlank();
            assertThat(json.path("body").asText()).isEqualTo(g.body());
            assertThat(json.path("url").asText()).isEqualTo(g.url());
            bodies.add(g.body());
            times.add(json.path("published").asText());
        }
        assertThat(bodies).hasSize(all.size());
        assertThat(times).hasSize(all.size());
    }

    @Test
    void shouldMixTheDefaultTopicsUntaggedSubjectsAndStoriesOfVariedSize() {
        List<ArticleGenerator.Generated> all = generate(19, 5000);
        Map<String, Integer> byTopic = new HashMap<>();
        Map<Integer, Integer> storySizes = new HashMap<>();
        all.forEach(g -> {
            byTopic.merge(g.topic(), 1, Integer::sum);
            storySizes.merge(g.story(), 1, Integer::sum);
        });
        assertThat(byTopic.keySet()).contains("trade", "taiwan", "north-korea", "k-pop", ArticleGenerator.UNTAGGED);
        assertThat(storySizes.values()).contains(1);
        assertThat(storySizes.values().stream().mapToInt(Integer::intValue).max().orElse(0)).isGreaterThan(20);
        assertThat(storySizes.size()).isBetween(500, 2500);
    }

    @Test
    void shouldNumberTitlesWhenAsked() {
        ArticleGenerator g = new ArticleGenerator(3).numberTitles();
        g.next();
        ArticleGenerator.Generated second = g.next();
        assertThat(ArticleGenerator.titleNumber(second.title())).isEqualTo(1);
        assertThat(ArticleGenerator.titleNumber("Seoul weighs response (draft)")).isEqualTo(-1);
    }
}
