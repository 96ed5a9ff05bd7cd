package io.storywire.ingest.drop;

import static org.assertj.core.api.Assertions.assertThat;

import io.storywire.core.Topics;
import io.storywire.core.model.DeadLetter;
import io.storywire.core.serde.Serdes;
import io.storywire.ingest.FileIngest;
import io.storywire.ingest.Fixtures;
import io.storywire.ingest.RawPublisher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DropFolderWatcherTest {

    private final Topics topics = new Topics("t");
    private final MockProducer<byte[], byte[]> producer =
            new MockProducer<>(true, null, new ByteArraySerializer(), new ByteArraySerializer());
    /** Far enough after every file's modification time that all count as settled. */
    private final Clock later = Clock.fixed(Instant.now().plus(Duration.ofMinutes(5)), ZoneOffset.UTC);

    private DropFolderWatcher watcher(Path root) {
        return new DropFolderWatcher(root, new FileIngest(Fixtures.SETTINGS, new RawPublisher(producer, topics)),
                later);
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
            DeadLetter d = Serdes.DEAD_LETTER.deserializer().deserialize(r.topic(), r.value());
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
        assertThat(w.scanOnce()).isEqualTo(1);
        Files.write(root.resolve("a.txt"), Fixtures.seed("002"));
        assertThat(w.scanOnce()).isEqualTo(1);
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
}
