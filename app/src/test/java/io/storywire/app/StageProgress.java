package io.storywire.app;

import io.storywire.core.config.StorywireConfig;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;

/** How many records each stage has written to its output topic so far (end offsets), to time kills by progress. */
final class StageProgress implements AutoCloseable {

    private final Admin admin;
    private final Map<String, String> outputOf;

    StageProgress(StorywireConfig cfg) {
        admin = Admin.create(cfg.kafkaClientProperties());
        outputOf = Map.of("ingest", cfg.topics().articles(), "enrich", cfg.topics().enriched(),
                "aggregate", cfg.topics().stories());
    }

    long written(String stage) {
        String topic = outputOf.get(stage);
        try {
            var description = admin.describeTopics(java.util.List.of(topic)).allTopicNames().get().get(topic);
            Map<TopicPartition, OffsetSpec> specs = new HashMap<>();
            description.partitions().forEach(p -> specs.put(new TopicPartition(topic, p.partition()),
                    OffsetSpec.latest()));
            return admin.listOffsets(specs).all().get().values().stream().mapToLong(o -> o.offset()).sum();
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot read the end offsets of " + topic, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits until the stage has written at least {@code records} records in all. */
    void awaitWritten(String stage, long records, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (written(stage) < records) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(stage + " wrote " + written(stage) + " records, not " + records
                        + ", within " + timeout);
            }
            StageCrashTest.sleep(50);
        }
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
