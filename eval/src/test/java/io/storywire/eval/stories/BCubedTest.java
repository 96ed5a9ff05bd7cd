package io.storywire.eval.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class BCubedTest {

    @Test
    void shouldScoreAHandWorkedExample() {
        // gold: {a,b,c} story X, {d,e} story Y; predicted: {a,b} {c,d,e}
        Map<String, String> gold = Map.of("a", "X", "b", "X", "c", "X", "d", "Y", "e", "Y");
        Map<String, String> predicted = Map.of("a", "1", "b", "1", "c", "2", "d", "2", "e", "2");

        BCubed score = BCubed.of(gold, predicted);

        // precision per item: a 2/2, b 2/2, c 1/3, d 2/3, e 2/3 -> (11/3) / 5
        assertThat(score.precision()).isCloseTo(11.0 / 15, within(1e-9));
        // recall per item: a 2/3, b 2/3, c 1/3, d 2/2, e 2/2 -> (11/3) / 5
        assertThat(score.recall()).isCloseTo(11.0 / 15, within(1e-9));
        assertThat(score.f1()).isCloseTo(11.0 / 15, within(1e-9));
        assertThat(score.items()).isEqualTo(5);
    }

    @Test
    void shouldBePerfectWhenTheClustersMatchWhateverTheirNames() {
        BCubed score = BCubed.of(Map.of("a", "X", "b", "X", "c", "Y"), Map.of("a", "7", "b", "7", "c", "8"));

        assertThat(score.precision()).isEqualTo(1.0);
        assertThat(score.recall()).isEqualTo(1.0);
    }

    @Test
    void shouldPunishOneBigClusterWithPrecisionAndSingletonsWithRecall() {
        Map<String, String> gold = Map.of("a", "X", "b", "X", "c", "Y", "d", "Y");

        BCubed lumped = BCubed.of(gold, Map.of("a", "1", "b", "1", "c", "1", "d", "1"));
        BCubed singletons = BCubed.of(gold, Map.of("a", "1", "b", "2", "c", "3", "d", "4"));

        assertThat(lumped.precision()).isEqualTo(0.5);
        assertThat(lumped.recall()).isEqualTo(1.0);
        assertThat(singletons.precision()).isEqualTo(1.0);
        assertThat(singletons.recall()).isEqualTo(0.5);
    }

    @Test
    void shouldRefuseLabelsOfDifferentItems() {
        assertThatThrownBy(() -> BCubed.of(Map.of("a", "X"), Map.of("b", "1")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
