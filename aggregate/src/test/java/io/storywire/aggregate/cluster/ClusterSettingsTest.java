package io.storywire.aggregate.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storywire.core.config.StorywireConfig;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusterSettingsTest {

    @Test
    void shouldKeepTheDefaultsForKeysTheConfigDoesNotHold() {
        assertThat(ClusterSettings.from(StorywireConfig.load(null, Map.of()))).isEqualTo(ClusterSettings.defaults());
    }

    @Test
    void shouldReadTheAggregateClusterKeys() {
        StorywireConfig cfg = StorywireConfig.load(null, Map.of(
                "aggregate.cluster.threshold", "0.4",
                "aggregate.cluster.entity.weight", "0.5",
                "aggregate.cluster.quiet.hours", "36",
                "aggregate.cluster.max.candidates", "9",
                "aggregate.cluster.index.lateness.hours", "720",
                "aggregate.cluster.headline.threshold", "0.3",
                "aggregate.cluster.merge.centroid", "1.5",
                "aggregate.cluster.body.cohesion", "0"));

        ClusterSettings s = ClusterSettings.from(cfg);

        assertThat(s.threshold()).isEqualTo(0.4);
        assertThat(s.entityWeight()).isEqualTo(0.5);
        assertThat(s.quiet()).isEqualTo(Duration.ofHours(36));
        assertThat(s.maxCandidates()).isEqualTo(9);
        assertThat(s.indexLateness()).isEqualTo(Duration.ofDays(30));
        assertThat(s.headlineThreshold()).isEqualTo(0.3);
        assertThat(s.mergeCentroid()).isEqualTo(1.5);
        assertThat(s.bodyCohesion()).isZero();
        assertThat(s.storyTerms()).isEqualTo(ClusterSettings.defaults().storyTerms());
    }

    @Test
    void shouldRefuseAThresholdOutsideZeroToOne() {
        assertThatThrownBy(() -> ClusterSettings.defaults().withThreshold(1.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("aggregate.cluster.threshold");
    }

    @Test
    void shouldRefuseANegativeLatenessAllowance() {
        assertThatThrownBy(() -> ClusterSettings.defaults().withLateness(Duration.ofHours(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("aggregate.cluster.index.lateness.hours");
    }
}
