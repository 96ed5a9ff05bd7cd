package io.storywire.app.bench;

import io.storywire.app.BenchStages;
import io.storywire.core.config.StorywireConfig;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * One embedded broker shared by every phase of a benchmark run; each phase gets a topic prefix of its own (so its
 * own topics, consumer groups and state), and a data directory under the run's temporary folder.
 */
final class BenchEnv implements AutoCloseable {

    final String bootstrapServers;
    final Path dir;
    final int partitions;
    final KafkaProbe probe;
    final PrintStream log;
    private final Map<String, String> extra;

    BenchEnv(String bootstrapServers, Path dir, int partitions, Map<String, String> extra, PrintStream log) {
        this.bootstrapServers = bootstrapServers;
        this.dir = dir;
        this.partitions = partitions;
        this.extra = extra;
        this.log = log;
        this.probe = new KafkaProbe(config("bench-probe", "at_least_once").kafkaClientProperties());
    }

    /** The config of one phase: its own prefix, guarantee and data directory, every HTTP port chosen freely. */
    StorywireConfig config(String prefix, String guarantee) {
        return StorywireConfig.load(null, settings(prefix, guarantee));
    }

    /** The settings {@link #config} is made of, for a stage started as a process of its own ({@code -s k=v}). */
    Map<String, String> settings(String prefix, String guarantee) {
        Map<String, String> o = new HashMap<>(Map.of(
                "bootstrap.servers", bootstrapServers,
                "topic.prefix", prefix,
                "topic.partitions", String.valueOf(partitions),
                "processing.guarantee", guarantee,
                "data.dir", dir.resolve(prefix).toString(),
                "http.port", "0",
                "enrich.ops.port", "0",
                "ingest.ops.port", "0"));
        o.putAll(extra);
        return o;
    }

    /** Creates the phase's topics, as a stage does. */
    void ensureTopics(StorywireConfig cfg) {
        BenchStages.ensureTopics(cfg);
    }

    List<TopicPartition> partitions(Collection<String> topics) {
        List<TopicPartition> tps = new ArrayList<>();
        topics.forEach(t -> tps.addAll(probe.partitions(t)));
        return tps;
    }

    KafkaProducer<byte[], byte[]> producer(StorywireConfig cfg, int lingerMs) {
        Properties p = new Properties();
        p.putAll(cfg.kafkaClientProperties());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.LINGER_MS_CONFIG, lingerMs);
        p.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 10 * 1024 * 1024);
        return new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());
    }

    /** A raw-topic record as a kcat user would send it: the JSON article with its content type. */
    static ProducerRecord<byte[], byte[]> raw(StorywireConfig cfg, String json) {
        ProducerRecord<byte[], byte[]> r = new ProducerRecord<>(cfg.topics().ingest(), null,
                json.getBytes(StandardCharsets.UTF_8));
        r.headers().add("content-type", "application/json".getBytes(StandardCharsets.UTF_8));
        return r;
    }

    /** Produces the articles to the raw topic and waits for every acknowledgement; returns the bytes sent. */
    long fill(StorywireConfig cfg, List<String> articles) {
        long bytes = 0;
        try (KafkaProducer<byte[], byte[]> producer = producer(cfg, 20)) {
            for (String a : articles) {
                ProducerRecord<byte[], byte[]> r = raw(cfg, a);
                bytes += r.value().length;
                producer.send(r);
            }
            producer.flush();
        }
        return bytes;
    }

    void log(String format, Object... args) {
        log.printf(Locale.ROOT, "[bench] " + format + "%n", args);
        log.flush();
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        probe.close();
    }
}
