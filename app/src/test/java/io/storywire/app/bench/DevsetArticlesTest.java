package io.storywire.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.storywire.core.config.StorywireConfig;
import io.storywire.ingest.parse.ArticleParser;
import io.storywire.ingest.parse.RawMeta;
import io.storywire.ingest.settings.IngestSettings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The benchmark's real-article input: read from the dev sets at run time, every article accepted by ingest. */
class DevsetArticlesTest {

    private static final Path DEVSETS = Path.of("..").toAbsolutePath().normalize().resolve("../shared/devsets");

    @Test
    void shouldReadRealArticlesThatIngestParses() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(DEVSETS), "no dev sets at " + DEVSETS);
        List<String> articles = DevsetArticles.read(DEVSETS, 200);
        assertThat(articles).hasSize(200);
        ArticleParser parser = new ArticleParser(IngestSettings.from(StorywireConfig.defaults()));
        RawMeta meta = RawMeta.of("application/json", "kafka", null, Instant.now());
        for (String json : articles) {
            assertThat(parser.parse(json.getBytes(StandardCharsets.UTF_8), meta).articles()).as(json).hasSize(1);
        }
    }
}
