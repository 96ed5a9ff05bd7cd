package io.storywire.core.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storywire.core.model.Article;
import io.storywire.core.model.DeadLetter;
import io.storywire.core.model.DeadLetters;
import io.storywire.core.model.NearDuplicate;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class JsonSerdeTest {

    @Test
    void shouldRoundTripAnArticleKeepingThePublishedZone() {
        Article a = new Article("id1", "T", "AFP", null, OffsetDateTime.parse("2026-01-07T10:00:00+09:00"), "text",
                null, "en", "Body", "file", "000.txt", Instant.parse("2026-01-08T00:00:00Z"),
                new NearDuplicate("id0", 0.8));
        byte[] bytes = EventSerdes.ARTICLE.serializer().serialize("t", a);
        String json = new String(bytes, StandardCharsets.UTF_8);
        assertThat(json).contains("\"published\":\"2026-01-07T10:00:00+09:00\"").doesNotContain("author");
        assertThat(EventSerdes.ARTICLE.deserializer().deserialize("t", bytes)).isEqualTo(a);
    }

    @Test
    void shouldThrowSerializationExceptionOnMalformedJson() {
        assertThatThrownBy(() -> EventSerdes.ARTICLE.deserializer().deserialize("t", "{nope".getBytes()))
                .isInstanceOf(SerializationException.class).hasMessageContaining("Article");
    }

    @Test
    void shouldKeepATextPayloadAsTextAndABinaryOneInBase64() {
        DeadLetter text = DeadLetters.of("ingest", "empty", "d", "kafka", null, null, "héllo".getBytes(
                StandardCharsets.UTF_8), Instant.EPOCH);
        assertThat(text.payload()).isEqualTo("héllo");
        assertThat(text.payloadBase64()).isNull();
        DeadLetter binary = DeadLetters.of("ingest", "binary", "d", "kafka", null, null, new byte[] {(byte) 0xff, 0},
                Instant.EPOCH);
        assertThat(binary.payload()).isNull();
        assertThat(binary.payloadBase64()).isEqualTo("/wA=");
        assertThat(binary.payloadBytes()).isEqualTo(2);
    }
}
