package io.storywire.ingest;

import io.storywire.ingest.settings.IngestSettings;
import io.storywire.ingest.parse.RawMeta;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Test inputs: the repository's seed articles and the files under src/test/resources. */
public final class Fixtures {

    /** Ingest time of the tests: a few days after the seeds were published. */
    public static final Instant NOW = Instant.parse("2026-01-09T12:00:00Z");
    public static final IngestSettings SETTINGS = IngestSettings.defaults()
            .withClock(Clock.fixed(NOW, ZoneOffset.UTC));

    private Fixtures() {
    }

    public static Path seedsDir() {
        Path p = Path.of("../seeds");
        return Files.isDirectory(p) ? p : Path.of("seeds");
    }

    public static byte[] seed(String prefix) {
        try (var files = Files.list(seedsDir())) {
            Path file = files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path resource(String path) {
        return Path.of("src/test/resources").resolve(path);
    }

    public static byte[] bytes(String path) {
        try {
            return Files.readAllBytes(resource(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static RawMeta meta(String contentType, String name) {
        return new RawMeta(contentType, "test", name, null, NOW, null);
    }
}
