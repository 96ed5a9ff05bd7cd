package io.storywire.ingest.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.storywire.core.Topics;
import io.storywire.ingest.Fixtures;
import io.storywire.ingest.publish.RawHeaders;
import io.storywire.ingest.publish.RawPublisher;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BulkLoaderTest {

    private final Topics topics = new Topics("t");
    private final MockProducer<byte[], byte[]> producer =
            new MockProducer<>(true, null, new ByteArraySerializer(), new ByteArraySerializer());
    private final BulkLoader loader = new BulkLoader(Fixtures.SETTINGS, new RawPublisher(producer, topics));

    @Test
    void shouldLoadTheSeedsWithHeadersProgressAndSummary() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LoadSummary s = loader.load(Fixtures.seedsDir(), new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(s.read()).isEqualTo(5);
        assertThat(s.published()).isEqualTo(5);
        assertThat(s.duplicates()).isZero();
        assertThat(s.failed()).isZero();
        assertThat(producer.history()).hasSize(5).allSatisfy(r -> {
            assertThat(r.topic()).isEqualTo(topics.ingest());
            assertThat(new String(r.headers().lastHeader(RawHeaders.ORIGIN).value(), StandardCharsets.UTF_8))
                    .isEqualTo("cli");
            assertThat(new String(r.headers().lastHeader(RawHeaders.CONTENT_TYPE).value(), StandardCharsets.UTF_8))
                    .isEqualTo("text/plain");
            assertThat(r.headers().lastHeader(RawHeaders.FILE_NAME)).isNotNull();
        });
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("Loading").contains("read 5 file(s): 5 article(s) published, 0 duplicate(s), 0 failed");
    }

    @Test
    void shouldNotCountAnArticleAsPublishedUntilKafkaAcknowledgesIt() {
        // nothing listens on port 1: every send fails once the producer gives up waiting for metadata
        io.storywire.core.config.StorywireConfig cfg = io.storywire.core.config.StorywireConfig.load(null,
                java.util.Map.of("bootstrap.servers", "127.0.0.1:1", "kafka.max.block.ms", "300"));
        try (BulkLoader unreachable = new BulkLoader(cfg)) {
            LoadSummary s = unreachable.load(Fixtures.seedsDir(),
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            assertThat(s.published()).isZero();
            assertThat(s.failed()).isEqualTo(5);
            assertThat(s.failures()).hasSize(5).allSatisfy(f -> assertThat(f).contains("not acknowledged by Kafka"));
        }
    }

    @Test
    void shouldCountDuplicatesAndExplainFailures(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("a.txt"), Fixtures.seed("000"));
        Files.write(dir.resolve("b.txt"), Fixtures.seed("000"));
        Files.writeString(dir.resolve("c.json"), "{\"source\": \"x\"}");
        Files.write(dir.resolve("feed.rss"), Fixtures.bytes("feed/rss2.xml"));
        LoadSummary s = loader.load(dir, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertThat(s.read()).isEqualTo(4);
        assertThat(s.published()).isEqualTo(3); // one seed and two feed items
        assertThat(s.duplicates()).isEqualTo(1);
        assertThat(s.failed()).isEqualTo(1);
        assertThat(s.failures()).singleElement().asString().startsWith("c.json: no-text");
        // the duplicate is still produced (ingest drops it); the failed file goes to the dead-letter topic
        assertThat(producer.history()).filteredOn(r -> r.topic().equals(topics.ingest())).hasSize(3);
        assertThat(producer.history()).filteredOn(r -> r.topic().equals(topics.deadLetters())).hasSize(1);
    }

    @Test
    void shouldRefuseAPathThatDoesNotExist(@TempDir Path dir) {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> loader.load(dir.resolve("missing"),
                        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)))
                .isInstanceOf(java.io.UncheckedIOException.class).hasMessageContaining("missing");
        assertThat(producer.history()).isEmpty();
    }
}
