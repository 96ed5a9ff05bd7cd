package io.storywire.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storywire.core.model.Article;
import io.storywire.ingest.dedup.Answer;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** The gather keeps a waiting article encoded and reads only its answer count back without decoding it. */
class DedupMessageAwaitingTest {

    private static Article article() {
        return new Article("a1", "Ferry timetable adds evening crossings", "example.org", null,
                OffsetDateTime.parse("2026-01-08T10:00:00Z"), "json", "https://example.org/ferry", "en",
                "The harbour board added two evening crossings from May.", "file", "test",
                Instant.parse("2026-01-09T12:00:00Z"), null);
    }

    @Test
    void shouldReadTheCountThatDecodingTheMessageReads() {
        for (int awaiting : new int[] {0, 1, 4, 31, 70_000}) {
            byte[] bytes = DedupMessage.of(article(), awaiting).toBytes();
            assertThat(DedupMessage.awaiting(bytes)).isEqualTo(DedupMessage.fromBytes(bytes).awaiting())
                    .isEqualTo(awaiting);
        }
    }

    @Test
    void shouldRefuseBytesThatAreNoArticleMessage() {
        byte[] answer = DedupMessage.of(Answer.none("a1", 2)).toBytes();
        assertThatThrownBy(() -> DedupMessage.awaiting(answer)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DedupMessage.awaiting(new byte[0])).isInstanceOf(IllegalArgumentException.class);
    }
}
