package io.storywire.app.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import java.util.function.BiConsumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads output topics as a downstream client would (committed records only) and notes when records arrive: when
 * the first and the last came, how many. An optional callback sees every record with its arrival time.
 */
final class OutputWatch implements AutoCloseable {

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Thread thread;
    private final BiConsumer<ConsumerRecord<byte[], byte[]>, Long> onRecord;
    private volatile boolean running = true;
    private volatile long count;
    private volatile long firstNanos;
    private volatile long lastNanos;

    OutputWatch(Properties clientProperties, Collection<TopicPartition> partitions,
                BiConsumer<ConsumerRecord<byte[], byte[]>, Long> onRecord) {
        Properties p = new Properties();
        p.putAll(clientProperties);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 8 * 1024 * 1024);
        this.consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        this.onRecord = onRecord;
        List<TopicPartition> tps = new ArrayList<>(partitions);
        consumer.assign(tps);
        consumer.seekToBeginning(tps);
        thread = new Thread(this::loop, "bench-output-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        try {
            while (running) {
                var records = consumer.poll(Duration.ofMillis(100));
                if (records.isEmpty()) {
                    continue;
                }
                long now = System.nanoTime();
                if (count == 0) {
                    firstNanos = now;
                }
                for (ConsumerRecord<byte[], byte[]> r : records) {
                    if (onRecord != null) {
                        onRecord.accept(r, now);
                    }
                }
                lastNanos = now;
                count += records.count();
            }
        } catch (WakeupException e) {
            // closing
        } finally {
            consumer.close();
        }
    }

    long count() {
        return count;
    }

    long firstNanos() {
        return firstNanos;
    }

    long lastNanos() {
        return lastNanos;
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
