package io.storywire.eval.stories;

import com.fasterxml.jackson.databind.JsonNode;
import io.storywire.core.model.Article;
import io.storywire.core.serde.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * One labelled article: the article and the story it belongs to. {@code published} may be null (an article without
 * a date); {@code topics} is empty when the file assigns none.
 */
public record GoldArticle(String id, String story, String source, String title, OffsetDateTime published,
                          String body, List<String> topics) {

    /** Reads {"id","story","source","title","published","body","topics"} per line; blank lines are skipped. */
    public static List<GoldArticle> read(Path jsonl) {
        List<String> lines;
        try {
            lines = Files.readAllLines(jsonl);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + jsonl, e);
        }
        List<GoldArticle> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            try {
                out.add(parse(Json.MAPPER.readTree(line)));
            } catch (IOException | RuntimeException e) {
                throw new IllegalArgumentException(jsonl + " line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    static GoldArticle parse(JsonNode n) {
        return parse(n, required(n, "story"));
    }

    /** An article line with its story given apart (a dev set keeps gold in its own file). */
    static GoldArticle parse(JsonNode n, String story) {
        List<String> topics = new ArrayList<>();
        n.path("topics").forEach(t -> topics.add(t.asText()));
        return new GoldArticle(required(n, "id"), story, n.path("source").asText(null),
                n.path("title").asText(""), time(n.path("published").asText(null)), n.path("body").asText(""),
                List.copyOf(topics));
    }

    /**
     * The article ingest would have made of it; ingest time is the published time, so nothing looks late. An
     * undated article is marked as ingest would mark it (date from ingest time), so time plays no part for it.
     */
    public Article article() {
        if (published == null) {
            return new Article(id, title, source, null, UNDATED.atOffset(ZoneOffset.UTC), "ingest-time", null, "en",
                    body, "file", null, UNDATED, null);
        }
        return new Article(id, title, source, null, published, "json", null, "en", body, "file", null,
                published.toInstant(), null);
    }

    /** The time an undated article is "ingested" at in a replay: any fixed instant does, it never counts. */
    static final Instant UNDATED = Instant.parse("2026-01-01T00:00:00Z");

    public GoldArticle withTopics(List<String> newTopics) {
        return new GoldArticle(id, story, source, title, published, body, List.copyOf(newTopics));
    }

    private static String required(JsonNode n, String field) {
        String v = n.path(field).asText(null);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("missing '" + field + "'");
        }
        return v;
    }

    private static OffsetDateTime time(String text) {
        if (text == null || text.isBlank() || "null".equals(text)) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException notOffset) {
            try {
                return Instant.parse(text).atOffset(ZoneOffset.UTC);
            } catch (DateTimeParseException notInstant) {
                return LocalDate.parse(text.substring(0, Math.min(10, text.length())))
                        .atStartOfDay().atOffset(ZoneOffset.UTC);
            }
        }
    }
}
