package io.storywire.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.storywire.core.model.Article;
import io.storywire.core.model.ArticleFlag;
import io.storywire.ingest.file.FileTypes;
import io.storywire.ingest.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file under resources/accepted/ is a real article in a style that looks like a fault to a naive rule (a
 * headline alone, a teaser behind a paywall, a text cut by an API, a wire ending). Each is published, of the kind
 * and with the flag its name gives: {@code <kind>--<flag or none>--<what>.<ext>}.
 */
class AcceptedStylesCorpusTest {

    private final ArticleParser parser = new ArticleParser(Fixtures.SETTINGS);

    static List<Path> corpus() throws IOException {
        try (Stream<Path> files = Files.list(Fixtures.resource("accepted"))) {
            return files.sorted().toList();
        }
    }

    @Test
    void shouldHoldTheStylesOnceRejected() throws IOException {
        assertThat(corpus()).hasSizeGreaterThanOrEqualTo(20);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void shouldPublishEachAsItsKindWithItsFlag(Path file) throws IOException {
        String[] name = file.getFileName().toString().split("--");
        String kind = name[0];
        String flag = name[1];
        ParseOutcome out = parser.parse(Files.readAllBytes(file),
                Fixtures.meta(FileTypes.contentType(file), file.getFileName().toString()));
        assertThat(out.rejections()).as("rejections of %s", file).isEmpty();
        assertThat(out.articles()).hasSize(1);
        Article a = out.articles().get(0);
        assertThat(a.kind()).isEqualTo(kind);
        assertThat(a.title()).isNotBlank();
        if (flag.equals("none")) {
            assertThat(a.flags()).as("flags of %s", file).isEmpty();
        } else {
            assertThat(a.flags()).as("flags of %s", file).extracting(ArticleFlag::code).contains(flag);
            assertThat(a.flags()).allSatisfy(f -> assertThat(f.evidence()).isNotBlank());
        }
        if (kind.equals(Article.KIND_HEADLINE)) {
            assertThat(a.body()).isEmpty();
        } else {
            assertThat(a.body()).isNotBlank();
        }
    }
}
