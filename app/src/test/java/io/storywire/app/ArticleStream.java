package io.storywire.app;

import io.storywire.core.config.StorywireConfig;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Streams {@link NewsGenerator} articles into the raw topic as a kcat user would: JSON with a content-type header,
 * through an idempotent producer (retries across a broker restart add no copies).
 */
final class ArticleStream implements AutoCloseable {

    private final StorywireConfig cfg;
    private final long seed;
    private final KafkaProducer<String, byte[]> producer;
    private final List<Future<RecordMetadata>> acks = new ArrayList<>();

    ArticleStream(StorywireConfig cfg, long seed) {
        this.cfg = cfg;
        this.seed = seed;
        Properties p = new Properties();
        p.putAll(cfg.kafkaClientProperties());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        p.put(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "500");
        producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
    }

    /** Sends articles 0 .. count-1 at about {@code perSecond} and waits until the broker acknowledged them all. */
    static void send(StorywireConfig cfg, long seed, int count, int perSecond) {
        try (ArticleStream stream = new ArticleStream(cfg, seed)) {
            stream.send(0, count, perSecond);
            stream.awaitAcknowledged();
        }
    }

    /** Hands articles from .. to-1 to the producer at about {@code perSecond}; returns without waiting for acks. */
    void send(int from, int to, int perSecond) {
        long start = System.nanoTime();
        for (int n = from; n < to; n++) {
            ProducerRecord<String, byte[]> r = new ProducerRecord<>(cfg.topics().ingest(), null,
                    NewsGenerator.article(seed, n).getBytes(StandardCharsets.UTF_8));
            r.headers().add("content-type", "application/json".getBytes(StandardCharsets.UTF_8));
            acks.add(producer.send(r));
            // pace the stream, so that faults strike while articles keep coming
            long wait = start + (n - from + 1) * 1_000_000_000L / perSecond - System.nanoTime();
            if (wait > 0) {
                StageCrashTest.sleep(TimeUnit.NANOSECONDS.toMillis(wait));
            }
        }
    }

    void awaitAcknowledged() {
        try {
            for (Future<RecordMetadata> ack : acks) {
                ack.get(3, TimeUnit.MINUTES);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (Exception e) {
            throw new IllegalStateException("sending articles failed", e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
