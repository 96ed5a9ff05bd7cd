package io.storywire.ingest.drop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.storywire.core.Topics;
import io.storywire.core.model.DeadLetter;
import io.storywire.core.serde.EventSerdes;
import io.storywire.ingest.file.FileIngest;
import io.storywire.ingest.Fixtures;
import io.storywire.ingest.publish.RawPublisher;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DropFolderWatcherTest {

    private final Topics topics = new Topics("t");
    private final MockProducer<byte[], byte[]> producer =
            new MockProducer<>(true, null, new ByteArraySerializer(), new ByteArraySerializer());
    private static final Duration SETTLE = Duration.ofSeconds(2);
    private final MutableClock clock = new MutableClock(Instant.now());

    /** A clock the test moves: the settle period passes without waiting. */
    private static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    private DropFolderWatcher watcher(Path root) {
        return new DropFolderWatcher(root, new FileIngest(Fixtures.SETTINGS, new RawPublisher(producer, topics)),
                clock, SETTLE);
    }

    /** A scan that notes the files, the settle period, and the scan that takes them. */
    private int settledScan(DropFolderWatcher w) {
        int first = w.scanOnce();
        clock.advance(SETTLE);
        return first + w.scanOnce();
    }

    private List<byte[]> rawPayloads() {
        return producer.history().stream().filter(r -> r.topic().equals(topics.ingest()))
                .map(ProducerRecord::value).toList();
    }

    private List<DeadLetter> deadLetters() {
        return producer.history().stream().filter(r -> r.topic().equals(topics.deadLetters()))
                .map(r -> EventSerdes.DEAD_LETTER.deserializer().deserialize(r.topic(), r.value())).toList();
    }

    @Test
    void shouldNotFollowASymbolicLinkOutOfTheFolder(@TempDir Path tmp) throws Exception {
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "outside the drop folder");
        Path root = Files.createDirectories(tmp.resolve("drop"));
        Files.createSymbolicLink(root.resolve("link.txt"), secret);
        Files.createSymbolicLink(root.resolve("up.txt"), Path.of("../secret.txt"));
        DropFolderWatcher w = watcher(root);
        assertThat(w.scanOnce()).isEqualTo(2);
        assertThat(root.resolve("failed/link.txt.error")).content().contains("symbolic links are not followed");
        assertThat(Files.isSymbolicLink(root.resolve("failed/up.txt"))).isTrue();
        assertThat(secret).content().isEqualTo("outside the drop folder");
        assertThat(producer.history()).allSatisfy(r -> {
            assertThat(r.topic()).isEqualTo(topics.deadLetters());
            DeadLetter d = EventSerdes.DEAD_LETTER.deserializer().deserialize(r.topic(), r.value());
            assertThat(d.payload()).isNull(); // nothing of the target was read
        });
    }

    @Test
    void shouldIgnoreSubfoldersAndPartialFilesAndNotOverwriteDoneFiles(@TempDir Path tmp) throws Exception {
        Path root = Files.createDirectories(tmp.resolve("drop"));
        Files.createDirectories(root.resolve("nested"));
        Files.write(root.resolve("nested/inner.txt"), Fixtures.seed("001"));
        Files.write(root.resolve("upload.txt.part"), Fixtures.seed("001"));
        Files.write(root.resolve("a.txt"), Fixtures.seed("001"));
        DropFolderWatcher w = watcher(root);
        assertThat(settledScan(w)).isEqualTo(1);
        Files.write(root.resolve("a.txt"), Fixtures.seed("002"));
        assertThat(settledScan(w)).isEqualTo(1);
        try (var done = Files.list(root.resolve("done"))) {
            assertThat(done.count()).isEqualTo(2);
        }
        assertThat(root.resolve("nested/inner.txt")).exists();
        assertThat(root.resolve("upload.txt.part")).exists();
        assertThat(producer.history()).hasSize(2);
    }

    @Test
    void shouldLeaveAFileStillBeingWritten(@TempDir Path tmp) throws Exception {
        Path root = Files.createDirectories(tmp.resolve("drop"));
        Files.write(root.resolve("fresh.txt"), Fixtures.seed("001"));
        DropFolderWatcher w = new DropFolderWatcher(root,
                new FileIngest(Fixtures.SETTINGS, new RawPublisher(producer, topics)), Clock.systemUTC());
        assertThat(w.scanOnce()).isZero();
        assertThat(root.resolve("fresh.txt")).exists();
    }

    @Test
    void shouldTakeAFileOnlyOnceItStayedTheSameForTheSettlePeriod(@TempDir Path tmp) throws Exception {
        Path root = Files.createDirectories(tmp.resolve("drop"));
        byte[] whole = Fixtures.seed("001");
        Path file = root.resolve("slow.txt");
        Files.write(file, java.util.Arrays.copyOf(whole, whole.length / 2));
        DropFolderWatcher w = watcher(root);
        assertThat(w.scanOnce()).isZero();
        clock.advance(SETTLE.minusMillis(1));
        assertThat(w.scanOnce()).isZero(); // unchanged, but not yet for the settle period
        Files.write(file, java.util.Arrays.copyOfRange(whole, whole.length / 2, whole.length),
                java.nio.file.StandardOpenOption.APPEND);
        clock.advance(Duration.ofMillis(1));
        assertThat(w.scanOnce()).isZero(); // changed: the settle period starts again
        clock.advance(SETTLE.minusMillis(1));
        assertThat(w.scanOnce()).isZero();
        clock.advance(Duration.ofMillis(1));
        assertThat(w.scanOnce()).isEqualTo(1);
        assertThat(rawPayloads()).singleElement().isEqualTo(whole);
        assertThat(root.resolve("done/slow.txt")).exists();
    }

    @Test
    void shouldReadAFileWrittenSlowlyWholeWhileTheWatcherRuns(@TempDir Path tmp) throws Exception {
        Path root = Files.createDirectories(tmp.resolve("drop"));
        Path outside = Files.writeString(tmp.resolve("outside.txt"), "not in the drop folder");
        byte[] whole = Fixtures.seed("001");
        DropFolderWatcher w = new DropFolderWatcher(root,
                new FileIngest(Fixtures.SETTINGS, new RawPublisher(producer, topics)), Clock.systemUTC(),
                Duration.ofSeconds(3));
        w.start();
        try (OutputStream out = Files.newOutputStream(root.resolve("slow.txt"))) {
            out.write(whole, 0, whole.length / 2);
            out.flush();
            Thread.sleep(600); // a pause in the copy, past the old 300 ms settle time
            // a sentinel created after the pause and refused by the watcher proves it scanned the folder then
            Files.createSymbolicLink(root.resolve("sentinel.txt"), outside);
            await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(root.resolve("failed/sentinel.txt.error")));
            assertThat(root.resolve("slow.txt")).exists();
            assertThat(rawPayloads()).isEmpty();
            out.write(whole, whole.length / 2, whole.length - whole.length / 2);
        } finally {
            await().atMost(Duration.ofSeconds(20)).until(() -> Files.exists(root.resolve("done/slow.txt")));
            w.close();
        }
        assertThat(rawPayloads()).singleElement().isEqualTo(whole);
    }

    @Test
    void shouldRefuseAHardLinkToAFileOutsideTheFolder(@TempDir Path tmp) throws Exception {
        Path secret = Files.write(tmp.resolve("secret.txt"), Fixtures.seed("002"));
        Path root = Files.createDirectories(tmp.resolve("drop"));
        Files.createLink(root.resolve("hard.txt"), secret);
        assertThat(FileIngest.linkCount(secret)).as("this file system counts links").isEqualTo(2);
        DropFolderWatcher w = watcher(root);
        assertThat(settledScan(w)).isEqualTo(1);
        assertThat(root.resolve("failed/hard.txt.error")).content().contains("not-a-regular-file")
                .contains("hard link");
        assertThat(rawPayloads()).isEmpty();
        assertThat(deadLetters()).singleElement().satisfies(d -> {
            assertThat(d.reason()).isEqualTo("not-a-regular-file");
            assertThat(d.payload()).isNull(); // nothing of the target was read
            assertThat(d.payloadBase64()).isNull();
        });
        assertThat(secret).hasBinaryContent(Fixtures.seed("002"));
    }

    @Test
    void shouldTakeASingleNamedFileThatWasHardLinkedOnlyWhileBeingMovedIn(@TempDir Path tmp) throws Exception {
        Path root = Files.createDirectories(tmp.resolve("drop"));
        Path staging = Files.write(tmp.resolve("staging.txt"), Fixtures.seed("002"));
        Files.createLink(root.resolve("moved.txt"), staging); // link-then-unlink, as mail delivery moves files
        DropFolderWatcher w = watcher(root);
        assertThat(w.scanOnce()).isZero();
        Files.delete(staging);
        assertThat(settledScan(w)).isEqualTo(1);
        assertThat(root.resolve("done/moved.txt")).exists();
        assertThat(rawPayloads()).singleElement().isEqualTo(Fixtures.seed("002"));
    }
}
