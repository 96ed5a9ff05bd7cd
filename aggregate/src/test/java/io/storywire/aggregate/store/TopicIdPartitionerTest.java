package io.storywire.aggregate.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopicIdPartitionerTest {

    /** The topics the project ships, read from the default taxonomy itself. */
    private static List<String> defaultTopics() throws Exception {
        JsonNode taxonomy = new ObjectMapper().readTree(Path.of("../enrich/src/main/resources/taxonomy.json").toFile());
        List<String> ids = new ArrayList<>();
        taxonomy.path("topics").forEach(t -> ids.add(t.path("id").asText()));
        return ids;
    }

    @Test
    void shouldSpreadTheDefaultTopicsAsEvenlyAsTheyCanBeOverTwoToSevenPartitions() throws Exception {
        List<String> topics = defaultTopics();
        assertThat(topics).hasSize(10);
        for (int partitions = 2; partitions <= 7; partitions++) {
            int[] count = new int[partitions];
            for (String id : topics) {
                count[TopicIdPartitioner.partition(id, partitions)]++;
            }
            int most = java.util.Arrays.stream(count).max().orElseThrow();
            int fewest = java.util.Arrays.stream(count).min().orElseThrow();
            assertThat(most - fewest).as("topics per partition of %d: %s", partitions,
                    java.util.Arrays.toString(count)).isLessThanOrEqualTo(1);
        }
    }

    @Test
    void shouldKeepATopicOnOnePartitionAndAnswerAsAStreamPartitioner() {
        TopicIdPartitioner<Object> partitioner = new TopicIdPartitioner<>();
        for (String id : new String[] {"trade", "économie", "", "a-topic-added-later"}) {
            int p = TopicIdPartitioner.partition(id, 6);
            assertThat(p).isBetween(0, 5).isEqualTo(TopicIdPartitioner.partition(id, 6));
            assertThat(partitioner.partitions("any", id, null, 6)).contains(java.util.Set.of(p));
        }
    }
}
