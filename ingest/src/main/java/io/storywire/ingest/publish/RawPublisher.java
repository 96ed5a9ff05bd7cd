package io.storywire.ingest.publish;

import io.storywire.ingest.settings.IngestSettings;
import io.storywire.core.Topics;
import io.storywire.core.config.StorywireConfig;
import io.storywire.core.model.DeadLetter;
import io.storywire.core.serde.EventSerdes;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Produces raw payloads to the raw topic with the ingest headers: the one producer of the HTTP, drop-folder and
 * bulk-load ways in. Inputs those ways in reject before Kafka (a 400 batch, an unreadable file) go straight to the
 * dead-letter topic, so they are kept too.
 */
public final class RawPublisher implements AutoCloseable {

    private final Producer<byte[], byte[]> producer;
    private final Topics topics;

    /** The setting that bounds how long a publish may wait for the broker ({@code ingest.publish.timeout.ms}). */
    public static final String TIMEOUT_KEY = "ingest.publish.timeout.ms";
    public static final Duration DEFAULT_TIMEOUT = timeout(StorywireConfig.defaults());

    /**
     * The publisher of the interactive ways in (HTTP, drop folder): a publish fails within
     * {@code ingest.publish.timeout.ms} when the broker is down, so HTTP answers 503 in seconds, not after the
     * producer's default 60 s of blocking and 120 s of delivery.
     */
    public RawPublisher(StorywireConfig cfg) {
        this(new KafkaProducer<>(failFast(producerProperties(cfg), timeout(cfg)), new ByteArraySerializer(),
                new ByteArraySerializer()), cfg.topics());
    }

    /**
     * The publisher of a bulk load: Kafka's default timeouts, since a load queues thousands of records at once and
     * they may wait in the producer's buffer longer than an interactive caller would; the load's summary reports
     * whatever was not acknowledged.
     */
    public static RawPublisher forBulk(StorywireConfig cfg) {
        return new RawPublisher(new KafkaProducer<>(producerProperties(cfg), new ByteArraySerializer(),
                new ByteArraySerializer()), cfg.topics());
    }

    public RawPublisher(Producer<byte[], byte[]> producer, Topics topics) {
        this.producer = producer;
        this.topics = topics;
    }

    static Properties producerProperties(StorywireConfig cfg) {
        Properties p = cfg.kafkaClientProperties();
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        // a payload at ingest.max.raw.bytes plus headers must fit in one request (the raw topic takes as much)
        p.putIfAbsent(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, IngestSettings.from(cfg).maxKafkaMessageBytes());
        return p;
    }

    /** {@code ingest.publish.timeout.ms}. */
    public static Duration timeout(StorywireConfig cfg) {
        return Duration.ofMillis(cfg.getLong(TIMEOUT_KEY));
    }

    /**
     * Bounds every wait of the producer by {@code timeout}: {@code max.block.ms} (send() waiting for metadata or
     * buffer space, which is where a producer that never reached the broker stops) and {@code delivery.timeout.ms}
     * (a record sent but not acknowledged, where one that lost the broker stops). Kafka requires the delivery
     * timeout to cover linger plus one request, so the request timeout is what remains of it.
     */
    static Properties failFast(Properties p, Duration timeout) {
        long total = Math.max(1000, timeout.toMillis());
        long linger = Long.parseLong(String.valueOf(p.getOrDefault(ProducerConfig.LINGER_MS_CONFIG, 0)));
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, total);
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) Math.min(Integer.MAX_VALUE, total));
        p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.min(Integer.MAX_VALUE, total - linger));
        return p;
    }

    public CompletableFuture<RecordMetadata> publish(byte[] payload, String contentType, String origin, String name) {
        return publish(payload, contentType, origin, name, null, null);
    }

    /**
     * @param url        the page's URL when known (it decides the article id); may be null
     * @param receivedAt record timestamp, the article's ingest time; null means now
     */
    public CompletableFuture<RecordMetadata> publish(byte[] payload, String contentType, String origin, String name,
                                                     String url, Instant receivedAt) {
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(topics.ingest(), null,
                receivedAt == null ? null : receivedAt.toEpochMilli(), null, payload);
        RawHeaders.write(record.headers(), contentType, origin, name, url);
        return send(record);
    }

    public CompletableFuture<RecordMetadata> deadLetter(DeadLetter letter) {
        byte[] key = letter.originName() == null ? null
                : letter.originName().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return send(new ProducerRecord<>(topics.deadLetters(), key,
                EventSerdes.DEAD_LETTER.serializer().serialize(topics.deadLetters(), letter)));
    }

    private CompletableFuture<RecordMetadata> send(ProducerRecord<byte[], byte[]> record) {
        CompletableFuture<RecordMetadata> done = new CompletableFuture<>();
        try {
            producer.send(record, (meta, e) -> {
                if (e != null) {
                    done.completeExceptionally(e);
                } else {
                    done.complete(meta);
                }
            });
        } catch (RuntimeException e) {
            done.completeExceptionally(e);
        }
        return done;
    }

    public void flush() {
        producer.flush();
    }

    @Override
    public void close() {
        producer.close();
    }
}
