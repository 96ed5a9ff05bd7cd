package io.storywire.aggregate.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SimilarityTest {

    private static final Instant T = Instant.parse("2026-03-01T00:00:00Z");
    private final ClusterSettings settings = ClusterSettings.defaults().withWeights(0.6, 0.4)
            .withTime(Duration.ofDays(5), Duration.ofDays(2)).withCohesion(0, 0.03).withBodyCohesion(0);
    private final Similarity similarity = new Similarity(settings);

    private static StoryProfile story(Map<String, Double> terms, Map<String, Double> entities) {
        return new StoryProfile("t:s", 2, T, T.plus(Duration.ofDays(1)), terms, Map.of(), Map.of(), entities);
    }

    private static ArticleVector article(Map<String, Double> terms, Map<String, Double> entities) {
        return new ArticleVector(terms, Map.of(), entities, Map.of());
    }

    @Test
    void shouldBeTheTermCosineWhenNoSideHasEntities() {
        double s = similarity.score(article(Map.of("a", 1.0), Map.of()), story(Map.of("a", 1.0, "b", 1.0), Map.of()),
                T);

        assertThat(s).isCloseTo(1 / Math.sqrt(2), within(1e-9));
    }

    @Test
    void shouldWeighTermAndEntityCosines() {
        StoryProfile s = story(Map.of("a", 1.0), Map.of("person:x", 2.0));

        double same = similarity.score(article(Map.of("b", 1.0), Map.of("person:x", 1.0)), s, T);

        assertThat(same).isCloseTo(0.4, within(1e-9));
    }

    @Test
    void shouldHalveForEveryHalfLifeOutsideTheStorysSpanAndDropPastTheQuietTime() {
        StoryProfile s = story(Map.of("a", 1.0), Map.of());
        ArticleVector a = article(Map.of("a", 1.0), Map.of());

        assertThat(similarity.score(a, s, T.plus(Duration.ofHours(12)))).isEqualTo(1.0);
        assertThat(similarity.score(a, s, T.plus(Duration.ofDays(3)))).isCloseTo(0.5, within(1e-9));
        assertThat(similarity.score(a, s, T.minus(Duration.ofDays(2)))).isCloseTo(0.5, within(1e-9));
        assertThat(similarity.score(a, s, T.plus(Duration.ofDays(7)))).isZero();
    }

    @Test
    void shouldScoreAgainstTheStorysCohesionWhenAsked() {
        Similarity scaled = new Similarity(settings.withBodyCohesion(1));
        // two articles {a} and {b} summed: length sqrt(2) over 2 articles, each at cosine 0.707 to the centroid
        StoryProfile loose = story(Map.of("a", 1.0, "b", 1.0), Map.of());

        double s = scaled.score(article(Map.of("a", 1.0), Map.of()), loose, T);

        assertThat(s).isCloseTo(1.0, within(1e-9));
    }
}
