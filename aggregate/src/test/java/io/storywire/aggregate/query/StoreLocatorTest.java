package io.storywire.aggregate.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.internals.DefaultStreamPartitioner;
import org.junit.jupiter.api.Test;

class StoreLocatorTest {

    @Test
    void shouldPutAKeyInThePartitionStreamsOwnDefaultPartitionerPicks() {
        DefaultStreamPartitioner<String, Object> streams = new DefaultStreamPartitioner<>(Serdes.String().serializer());
        for (int partitions : new int[] {1, 2, 3, 6, 7, 12}) {
            for (String key : new String[] {"taiwan", "trade", "k-pop", "north-korea", "", "économie", "a|b",
                "article-000017", "https://example.org/news/2026/12/03/x"}) {
                assertThat(Optional.of(Set.of(StoreLocator.partitionOf(key, partitions))))
                        .as("%s of %d", key, partitions)
                        .isEqualTo(streams.partitions("t", key, null, partitions));
            }
        }
    }
}
