package io.storywire.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.storywire.ingest.file.FileTypes;
import io.storywire.ingest.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file under resources/bad/ is not an article and is rejected for the reason its name starts with
 * ("paywall--..."). Real articles in odd styles (headlines alone, teasers, cut-off texts) live under
 * resources/accepted/ instead: see {@link AcceptedStylesCorpusTest}.
 */
class BadInputCorpusTest {

    private final ArticleParser parser = new ArticleParser(Fixtures.SETTINGS);

    static List<Path> corpus() throws IOException {
        try (Stream<Path> files = Files.list(Fixtures.resource("bad"))) {
            return files.sorted().toList();
        }
    }

    @Test
    void shouldHoldAtLeastTwentyFiveBadInputs() throws IOException {
        assertThat(corpus()).hasSizeGreaterThanOrEqualTo(25);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void shouldRejectEachBadInputForItsReason(Path file) throws IOException {
        String expected = file.getFileName().toString().split("--")[0];
        ParseOutcome out = parser.parse(Files.readAllBytes(file),
                Fixtures.meta(FileTypes.contentType(file), file.getFileName().toString()));
        assertThat(out.articles()).as("articles of %s", file).isEmpty();
        assertThat(out.rejections()).isNotEmpty();
        assertThat(out.rejections().get(0).reason()).as("reason of %s: %s", file, out.rejections())
                .isEqualTo(expected);
        assertThat(out.rejections().get(0).detail()).isNotBlank();
    }

    @Test
    void shouldRejectAPayloadAboveTheRawLimitBeforeReadingIt() {
        byte[] big = "word ".repeat(2_200_000).getBytes(StandardCharsets.UTF_8);
        ParseOutcome out = parser.parse(big, Fixtures.meta("text/plain", "big.txt"));
        assertThat(out.rejections()).extracting(Rejection::reason).containsExactly("too-large");
        assertThat(out.rejections().get(0).detail()).contains("10485760").contains("ingest.max.raw.bytes");
    }

    @Test
    void shouldRejectAnExtractedArticleAboveTheArticleLimit() {
        String sentence = "The council met again on Tuesday and talked about the harbour for a long time. ";
        byte[] json = ("{\"title\": \"A very long report\", \"body\": \"" + sentence.repeat(4_000) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        ParseOutcome out = parser.parse(json, Fixtures.meta("application/json", "long.json"));
        assertThat(out.articles()).isEmpty();
        assertThat(out.rejections()).extracting(Rejection::reason).containsExactly("too-large");
        assertThat(out.rejections().get(0).detail()).contains("ingest.max.article.bytes");
    }

    @Test
    void shouldRejectAContentTypeItDoesNotRead() {
        ParseOutcome out = parser.parse("hello".getBytes(StandardCharsets.UTF_8),
                Fixtures.meta("image/png", "x.png"));
        assertThat(out.rejections()).extracting(Rejection::reason).containsExactly("unsupported-content-type");
    }

    @Test
    void shouldNameTheFieldAtFault() {
        ParseOutcome out = parser.parse("{\"title\": 42, \"body\": \"x\"}".getBytes(StandardCharsets.UTF_8),
                Fixtures.meta("application/json", null));
        assertThat(out.rejections().get(0).field()).isEqualTo("title");
        assertThat(out.rejections().get(0).detail()).contains("'title' must be a string");
    }
}
