package io.storywire.enrich;

import io.storywire.core.model.Article;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Test articles. */
public final class Articles {

    private Articles() {
    }

    public static Article of(String id, String title, String body) {
        return new Article(id, title, "Test Wire", null, OffsetDateTime.of(2026, 1, 7, 9, 0, 0, 0, ZoneOffset.UTC),
                "text", null, "en", body, "cli", null, Instant.parse("2026-01-07T09:01:00Z"), null);
    }
}
