package io.storywire.aggregate.query.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.storywire.aggregate.store.StoreNames;
import io.storywire.aggregate.store.TopicIdPartitioner;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.processor.internals.DefaultStreamPartitioner;
import org.apache.kafka.streams.state.HostInfo;
import org.junit.jupiter.api.Test;

class StoreLocatorTest {

    private static final HostInfo A = new HostInfo("a", 1);
    private static final HostInfo B = new HostInfo("b", 2);
    private static final HostInfo C = new HostInfo("c", 3);

    @Test
    void shouldPutAKeyInThePartitionStreamsOwnDefaultPartitionerPicks() {
        DefaultStreamPartitioner<String, Object> streams = new DefaultStreamPartitioner<>(Serdes.String().serializer());
        for (int partitions : new int[] {1, 2, 3, 6, 7, 12}) {
            for (String key : new String[] {"taiwan", "trade", "k-pop", "north-korea", "", "économie", "a|b",
                "article-000017", "https://example.org/news/2026/12/03/x"}) {
                assertThat(Optional.of(Set.of(StoreLocator.partitionOf(StoreNames.ARTICLES, key, partitions))))
                        .as("%s of %d", key, partitions)
                        .isEqualTo(streams.partitions("t", key, null, partitions));
            }
        }
    }

    @Test
    void shouldPutATopicOfTheStoryStateInThePartitionTheTopologysPartitionerPicks() {
        TopicIdPartitioner<Object> topology = new TopicIdPartitioner<>();
        int moved = 0;
        for (int partitions : new int[] {1, 2, 3, 6, 7, 12}) {
            for (String topic : new String[] {"taiwan", "trade", "k-pop", "north-korea", "économie", "elections"}) {
                int p = StoreLocator.partitionOf(StoreNames.STORY_STATE, topic, partitions);
                assertThat(Optional.of(Set.of(p))).as("%s of %d", topic, partitions)
                        .isEqualTo(topology.partitions("t", topic, null, partitions));
                if (p != StoreLocator.partitionOf(StoreNames.ARTICLES, topic, partitions)) {
                    moved++;
                }
            }
        }
        assertThat(moved).as("topics not where the default partitioner puts them").isPositive();
    }

    @Test
    void shouldPutTheActiveFirstThenStandbysWhenStaleReadsAreAllowed() {
        KeyQueryMetadata md = new KeyQueryMetadata(B, Set.of(C, A), 4);

        assertThat(StoreLocator.replicas(md, true))
                .containsExactly(Replica.active(B, 4), Replica.standby(A, 4), Replica.standby(C, 4));
        assertThat(StoreLocator.replicas(md, false)).containsExactly(Replica.active(B, 4));
    }

    @Test
    void shouldOfferOnlyStandbysWhenTheActiveIsUnknown() {
        KeyQueryMetadata md = new KeyQueryMetadata(HostInfo.unavailable(), Set.of(A), 0);

        assertThat(StoreLocator.replicas(md, true)).containsExactly(Replica.standby(A, 0));
        assertThat(StoreLocator.replicas(md, false)).isEmpty();
    }

    @Test
    void shouldOfferNothingWhileStreamsIsReinitialising() {
        assertThat(StoreLocator.replicas(KeyQueryMetadata.NOT_AVAILABLE, true)).isEmpty();
        assertThat(StoreLocator.replicas(null, true)).isEmpty();
    }
}
