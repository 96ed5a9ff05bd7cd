package io.storywire.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.storywire.ingest.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Whatever bytes arrive, the parser answers with articles or reasons; it never throws. */
class ParserRobustnessTest {

    private final ArticleParser parser = new ArticleParser(Fixtures.SETTINGS);

    @Test
    void shouldNeverThrowOnCutOrCorruptedInputs() throws IOException {
        List<byte[]> originals = new ArrayList<>();
        try (Stream<Path> files = Stream.of("html", "feed", "json", "scrape").flatMap(d -> {
            try {
                return Files.list(Fixtures.resource(d));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        })) {
            for (Path f : files.toList()) {
                originals.add(Files.readAllBytes(f));
            }
        }
        originals.add(Fixtures.seed("000"));
        String[] types = {null, "text/plain", "application/json", "text/html", "application/rss+xml"};
        Random random = new Random(42);
        for (int i = 0; i < 600; i++) {
            byte[] base = originals.get(random.nextInt(originals.size()));
            byte[] mutated = switch (i % 3) {
                case 0 -> Arrays.copyOf(base, random.nextInt(base.length + 1));
                case 1 -> flip(base, random);
                default -> Arrays.copyOfRange(base, random.nextInt(base.length), base.length);
            };
            String type = types[random.nextInt(types.length)];
            ParseOutcome out = parser.parse(mutated, Fixtures.meta(type, "fuzz-" + i));
            assertThat(out.articles().size() + out.rejections().size()).as("input %d", i).isPositive();
            out.rejections().forEach(r -> assertThat(r.detail()).isNotBlank());
        }
    }

    private static byte[] flip(byte[] base, Random random) {
        byte[] copy = base.clone();
        for (int j = 0; j < 1 + copy.length / 200; j++) {
            if (copy.length > 0) {
                copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
            }
        }
        return copy;
    }
}
