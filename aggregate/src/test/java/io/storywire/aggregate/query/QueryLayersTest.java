package io.storywire.aggregate.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The query code depends one way, as packages: query API -> routing -> store readers. Read off the main sources under
 * {@code io/storywire/aggregate/query} (imports, static and wildcard imports, and qualified names in code or
 * comments alike), so a reference from a lower package to a higher one fails here rather than growing into a cycle.
 */
class QueryLayersTest {

    private static final String API = "io.storywire.aggregate.query";
    private static final String ROUTING = API + ".routing";
    private static final String LOCAL = API + ".local";
    /** Lowest first: a package may use its own layer and those listed before it. */
    private static final List<String> LAYERS = List.of(LOCAL, ROUTING, API);

    private static final Path SOURCES = Path.of("src/main/java/io/storywire/aggregate/query");
    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
    /** A class (or a wildcard) of a query package, named with its package: group 1 is the package. */
    private static final Pattern REFERENCE = Pattern.compile(
            "\\b(io\\.storywire\\.aggregate\\.query(?:\\.[a-z]\\w*)*)\\.(?:[A-Z]\\w*|\\*)");

    /** One reference from a source file of {@code from} to a class of package {@code to}. */
    private record Edge(String file, String from, String to, String text) {

        @Override
        public String toString() {
            return file + " (" + from + ") -> " + text;
        }
    }

    @Test
    void shouldPutEveryQuerySourceInOneOfTheThreeLayers() {
        Set<String> packages = new TreeSet<>();
        sources().forEach(p -> packages.add(packageOf(p)));
        // a new package must be given its place in LAYERS, or nothing would check its direction
        assertThat(packages).containsExactlyInAnyOrderElementsOf(LAYERS);
    }

    @Test
    void shouldKeepStoreReadersFreeOfRoutingAndOfTheApi() {
        // the lowest layer: it names no class of another query package at all
        assertThat(edges()).filteredOn(e -> e.from().equals(LOCAL)).isEmpty();
    }

    @Test
    void shouldKeepRoutingFreeOfTheApi() {
        assertThat(edges()).filteredOn(e -> e.from().equals(ROUTING) && e.to().equals(API)).isEmpty();
    }

    @Test
    void shouldReferOnlyToItsOwnLayerOrLowerOnes() {
        List<Edge> edges = edges();
        // the scan sees the downward references the layers are built on, so an empty answer below is not vacuous
        assertThat(edges).anyMatch(e -> e.from().equals(ROUTING) && e.to().equals(LOCAL))
                .anyMatch(e -> e.from().equals(API) && e.to().equals(ROUTING))
                .anyMatch(e -> e.from().equals(API) && e.to().equals(LOCAL));
        assertThat(edges).filteredOn(e -> !LAYERS.contains(e.to()) || rank(e.to()) > rank(e.from())).isEmpty();
    }

    private static int rank(String pkg) {
        int r = LAYERS.indexOf(pkg);
        assertThat(r).as("layer of %s", pkg).isNotNegative();
        return r;
    }

    private static List<Edge> edges() {
        List<Edge> edges = new ArrayList<>();
        for (Path p : sources()) {
            String from = packageOf(p);
            Matcher m = REFERENCE.matcher(read(p));
            while (m.find()) {
                if (!m.group(1).equals(from)) {
                    edges.add(new Edge(SOURCES.relativize(p).toString(), from, m.group(1), m.group()));
                }
            }
        }
        return edges;
    }

    private static List<Path> sources() {
        assertThat(SOURCES).isDirectory();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            List<Path> found = files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
            assertThat(found).isNotEmpty();
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String packageOf(Path p) {
        Matcher m = PACKAGE.matcher(read(p));
        assertThat(m.find()).as("package line of %s", p).isTrue();
        return m.group(1);
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
