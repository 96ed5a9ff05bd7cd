package io.storywire.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Dependencies run one way: a stage's root package (its stage and topology) uses its feature packages (parsers,
 * processors, stores, query layers), never the other way round. Read off the sources, so a new back-edge fails here.
 */
class PackageDependenciesTest {

    private static final Path REPO = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?(io\\.storywire(?:\\.[a-z]\\w*)*)\\.[A-Z]\\w*(?:\\.\\w+)*;",
            Pattern.MULTILINE);

    @Test
    void shouldKeepIngestFeaturePackagesFreeOfTheIngestRootPackage() {
        assertThat(backEdges("ingest", "io.storywire.ingest")).isEmpty();
    }

    @Test
    void shouldKeepAggregateFeaturePackagesFreeOfTheAggregateRootPackage() {
        assertThat(backEdges("aggregate", "io.storywire.aggregate")).isEmpty();
    }

    @Test
    void shouldKeepTheQueryLayerFreeOfTheWebLayer() {
        assertThat(imports("aggregate", "io.storywire.aggregate.query"))
                .noneMatch(i -> i.startsWith("io.storywire.aggregate.web"));
    }

    /** "file: import" for every main source in a sub-package of {@code root} that imports a class of {@code root}. */
    private static List<String> backEdges(String module, String root) {
        List<String> found = new ArrayList<>();
        Path dir = REPO.resolve(module).resolve("src/main/java").resolve(root.replace('.', '/'));
        assertThat(dir).isDirectory();
        try (Stream<Path> files = Files.walk(dir)) {
            files.filter(p -> p.toString().endsWith(".java") && !p.getParent().equals(dir)).forEach(p -> {
                Matcher m = IMPORT.matcher(read(p));
                while (m.find()) {
                    if (m.group(1).equals(root)) {
                        found.add(dir.relativize(p) + ": " + m.group());
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    private static List<String> imports(String module, String pkg) {
        List<String> found = new ArrayList<>();
        Path dir = REPO.resolve(module).resolve("src/main/java").resolve(pkg.replace('.', '/'));
        assertThat(dir).isDirectory();
        try (Stream<Path> files = Files.walk(dir)) {
            files.filter(p -> p.toString().endsWith(".java")).forEach(p -> {
                Matcher m = IMPORT.matcher(read(p));
                while (m.find()) {
                    found.add(m.group(1));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(found).isNotEmpty();
        return found;
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
