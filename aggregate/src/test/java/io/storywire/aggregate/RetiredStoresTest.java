package io.storywire.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import io.storywire.aggregate.cluster.ClusterSettings;
import io.storywire.core.Topics;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.streams.TopologyDescription;
import org.junit.jupiter.api.Test;

class RetiredStoresTest {

    @Test
    void shouldFindTheByTopicRepartitionTopicOfABuildBeforeTheTopicSpread() {
        assertThat(RetiredStores.topicOfAnEarlierBuild(Set.of("app-story-state-changelog", "app-by-topic-repartition",
                "app-by-topic-spread-repartition"), "app")).contains("app-by-topic-repartition");
        assertThat(RetiredStores.topicOfAnEarlierBuild(Set.of("app-story-seen-changelog"), "app"))
                .contains("app-story-seen-changelog");
        assertThat(RetiredStores.topicOfAnEarlierBuild(Set.of("other-by-topic-repartition"), "app")).isEmpty();
    }

    @Test
    void shouldStartBesideTheEntityIndexChangelogOfAnEarlierBuild() {
        // nothing is lost without it: the index is rebuilt from the articles store; the start only warns
        assertThat(RetiredStores.UNUSED).containsExactly("entity-index-changelog");
        assertThat(RetiredStores.topicOfAnEarlierBuild(Set.of("app-entity-index-changelog"), "app")).isEmpty();
    }

    @Test
    void shouldNotTakeAnyInternalTopicOfThisBuildForOneOfAnEarlierBuild() {
        Set<String> internal = new HashSet<>();
        for (TopologyDescription.Subtopology sub : AggregateTopology.build(new Topics("t"), ClusterSettings.defaults())
                .describe().subtopologies()) {
            for (TopologyDescription.Node node : sub.nodes()) {
                if (node instanceof TopologyDescription.Sink sink && sink.topic().endsWith("-repartition")) {
                    internal.add("app-" + sink.topic());
                }
                if (node instanceof TopologyDescription.Processor p) {
                    p.stores().forEach(store -> internal.add("app-" + store + "-changelog"));
                }
            }
        }
        assertThat(internal).contains("app-by-topic-spread-repartition", "app-story-state-changelog");
        assertThat(RetiredStores.topicOfAnEarlierBuild(internal, "app")).isEqualTo(Optional.empty());
    }
}
