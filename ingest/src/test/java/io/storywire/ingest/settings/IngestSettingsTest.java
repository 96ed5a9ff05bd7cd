package io.storywire.ingest.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.storywire.core.config.StorywireConfig;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IngestSettingsTest {

    @Test
    void shouldReadItsKeysAndDefaultTheOnesTheConfigLacks() {
        StorywireConfig cfg = StorywireConfig.load(null, Map.of(
                "ingest.max.raw.bytes", "2048",
                "ingest.max.article.bytes", "1024",
                "ingest.near.duplicate.threshold", "0.3",
                "ingest.max.future.hours", "6"));
        IngestSettings s = IngestSettings.from(cfg);
        assertThat(s.maxRawBytes()).isEqualTo(2048);
        assertThat(s.maxArticleBytes()).isEqualTo(1024);
        assertThat(s.nearDuplicateThreshold()).isEqualTo(0.3);
        assertThat(s.maxFutureSkew()).isEqualTo(Duration.ofHours(6));
        assertThat(s.minBodyWords()).isEqualTo(IngestSettings.DEFAULT_MIN_BODY_WORDS);
        assertThat(s.shingleSize()).isEqualTo(IngestSettings.DEFAULT_SHINGLE);
    }

    @Test
    void shouldParseTenMegabytePagesByDefault() {
        IngestSettings s = IngestSettings.from(StorywireConfig.load(null, Map.of()));
        assertThat(s.maxRawBytes()).isEqualTo(10 * 1024 * 1024);
        assertThat(s.maxArticleBytes()).isEqualTo(256 * 1024);
        assertThat(s.maxKafkaMessageBytes()).isGreaterThan(s.maxRawBytes());
    }

    @Test
    void shouldStillReadTheOlderPayloadKey() {
        IngestSettings s = IngestSettings.from(StorywireConfig.load(null, Map.of("ingest.max.bytes", "4096")));
        assertThat(s.maxRawBytes()).isEqualTo(4096);
    }
}
