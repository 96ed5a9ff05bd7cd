package io.storywire.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.storywire.aggregate.store.StoreNames;
import io.storywire.core.config.StorywireConfig;
import io.storywire.core.model.EnrichedArticle;
import io.storywire.core.streams.StreamsSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Under exactly_once_v2 the story-state store has Streams' record cache in front of it
 * ({@code aggregate.state.cache.mb}): the articles of one commit that change the same term counters and index keys
 * write each of them once, and the state committed is the state the store written through commits.
 */
class StateCacheTest {

    @TempDir
    Path tmp;

    @Test
    void shouldCommitTheSameStateInFewerChangelogRecordsWithTheCacheUnderExactlyOnce() {
        List<EnrichedArticle> corpus = Fixtures.corpus();
        Map<String, byte[]> through = new HashMap<>();
        Map<String, byte[]> cached = new HashMap<>();
        int throughRecords = run(corpus, 0, tmp.resolve("through"), through);
        int cachedRecords = run(corpus, 16, tmp.resolve("cached"), cached);
        System.out.printf("StateCacheTest: story-state changelog records for %d articles between two commits: %d written "
                + "through, %d with the cache, %d keys%n", corpus.size(), throughRecords, cachedRecords, cached.size());

        assertThat(cachedRecords).as("story-state changelog records with the cache (without: %d)", throughRecords)
                .isLessThan(throughRecords);
        assertThat(cached.keySet()).isEqualTo(through.keySet());
        cached.forEach((key, value) -> assertThat(value).as("committed value of %s", key).isEqualTo(through.get(key)));
    }

    /**
     * Clusters the corpus between two commits (the by-topic repartition hop hands it over in one transaction, which a
     * commit interval of a second leaves whole in practice; the stage commits again when it closes) and reads the
     * story-state changelog as committed: the latest value of each key into {@code state}.
     *
     * @return the records committed to the changelog
     */
    private static int run(List<EnrichedArticle> corpus, int cacheMb, Path dir, Map<String, byte[]> state) {
        try (AggregateTestKit kit = new AggregateTestKit(1)) {
            StorywireConfig cfg = kit.config(dir, 0).with(Map.of("processing.guarantee", "exactly_once_v2",
                    "commit.interval.ms", "1000", "aggregate.state.cache.mb", String.valueOf(cacheMb)));
            assertThat(AggregateTopology.stateCached(cfg)).isEqualTo(cacheMb > 0);
            try (AggregateStage stage = new AggregateStage(cfg)) {
                stage.startWithHttpServer();
                await().atMost(Duration.ofSeconds(60)).until(stage::ready);
                kit.produce(corpus);
                await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                        .until(() -> AggregateTestKit.clustered(stage, corpus));
            }
            String changelog = StreamsSettings.applicationId(cfg, AggregateTopology.STAGE) + "-"
                    + StoreNames.STORY_STATE + "-changelog";
            return readCommitted(cfg, changelog, state);
        }
    }

    private static int readCommitted(StorywireConfig cfg, String topic, Map<String, byte[]> state) {
        Properties p = new Properties();
        p.putAll(cfg.kafkaClientProperties());
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        int records = 0;
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(p, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            consumer.partitionsFor(topic).forEach(i -> partitions.add(new TopicPartition(topic, i.partition())));
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < ends.get(tp))) {
                assertThat(System.nanoTime()).as("reading %s to its end", topic).isLessThan(deadline);
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    records++;
                    if (r.value() == null) {
                        state.remove(r.key());
                    } else {
                        state.put(r.key(), Arrays.copyOf(r.value(), r.value().length));
                    }
                }
            }
        }
        return records;
    }
}
