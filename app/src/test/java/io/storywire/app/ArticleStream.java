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

/** Streams {@link NewsGenerator} articles into the raw topic as a kcat user would: JSON with a content-type header. */
final class ArticleStream {

    private ArticleStream() {
    }

    /**
     * Sends articles 0 .. count-1 at about {@code perSecond}, and returns once the broker acknowledged every one
     * (an idempotent producer: retries across a broker restart add no copies).
     */
    static void send(StorywireConfig cfg, long seed, int count, int perSecond) {
        Properties p = new Properties();
        p.putAll(cfg.kafkaClientProperties());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        p.put(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "500");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p, new StringSerializer(),
                new ByteArraySerializer())) {
            List<Future<RecordMetadata>> acks = new ArrayList<>();
            long start = System.nanoTime();
            for (int n = 0; n < count; n++) {
                ProducerRecord<String, byte[]> r = new ProducerRecord<>(cfg.topics().ingest(), null,
                        NewsGenerator.article(seed, n).getBytes(StandardCharsets.UTF_8));
                r.headers().add("content-type", "application/json".getBytes(StandardCharsets.UTF_8));
                acks.add(producer.send(r));
                // pace the stream, so that the stages are killed while articles keep coming
                long due = start + (n + 1) * 1_000_000_000L / perSecond;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
            }
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
}
