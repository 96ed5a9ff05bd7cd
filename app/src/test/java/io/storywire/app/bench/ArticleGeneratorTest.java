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

    @Test
    void shouldGiveEveryStoryPeopleAndAnOrganisationNoOtherStoryHasWhenAsked() {
        ArticleGenerator g = new ArticleGenerator(19).distinctStories(0);
        Map<String, Integer> storyOfName = new HashMap<>();
        Set<Integer> stories = new HashSet<>();
        for (int i = 0; i < 4000; i++) {
            ArticleGenerator.Generated a = g.next();
            stories.add(a.story());
            for (String name : List.of(a.person(), a.person2(), a.org())) {
                Integer before = storyOfName.putIfAbsent(name, a.story());
                assertThat(before == null ? a.story() : before).as(name).isEqualTo(a.story());
            }
        }
        assertThat(storyOfName).hasSize(3 * stories.size());
    }

    @Test
    void shouldMakeWordsThatStayDistinctStemsAcrossStoriesSlotsAndNamespaces() {
        io.storywire.aggregate.cluster.TermVectorizer stemmer = new io.storywire.aggregate.cluster.TermVectorizer();
        Set<String> words = new HashSet<>();
        int made = 0;
        for (int namespace : new int[] {0, 1, ArticleGenerator.MAX_NAMESPACE}) {
            for (int story : new int[] {0, 1, 2, 74, 75, 999, 100_000, ArticleGenerator.MAX_DISTINCT_STORIES - 1}) {
                for (int slot = 0; slot < 16; slot++) {
                    String w = ArticleGenerator.madeUpWord(namespace, story, slot);
                    made++;
                    words.add(w);
                    assertThat(stemmer.stems(w)).as(w).containsExactly(w);
                }
            }
        }
        assertThat(words).hasSize(made);
    }

    @Test
    void shouldWriteTheSameTextsInEveryNamespaceSaveTheMadeUpWords() {
        ArticleGenerator one = new ArticleGenerator(5, 0.25, java.time.OffsetDateTime.parse("2025-06-02T00:00:00Z"),
                600).distinctStories(1);
        ArticleGenerator two = new ArticleGenerator(5, 0.25, java.time.OffsetDateTime.parse("2025-06-02T00:00:00Z"),
                600).distinctStories(2);
        for (int i = 0; i < 300; i++) {
            ArticleGenerator.Generated a = one.next();
            ArticleGenerator.Generated b = two.next();
            assertThat(a.body()).isNotEqualTo(b.body());
            assertThat(a.body().length()).isEqualTo(b.body().length());
            assertThat(a.story()).isEqualTo(b.story());
            assertThat(a.place()).isEqualTo(b.place());
        }
    }
}
