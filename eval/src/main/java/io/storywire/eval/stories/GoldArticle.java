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

/** One line of the labelled story set: an article and the story it belongs to. */
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
        List<String> topics = new ArrayList<>();
        n.path("topics").forEach(t -> topics.add(t.asText()));
        return new GoldArticle(required(n, "id"), required(n, "story"), n.path("source").asText(null),
                n.path("title").asText(""), time(n.path("published").asText(null)), n.path("body").asText(""),
                List.copyOf(topics));
    }

    /** The article ingest would have made of it; ingest time is the published time, so nothing looks late. */
    public Article article() {
        return new Article(id, title, source, null, published, "json", null, "en", body, "file", null,
                published.toInstant(), null);
    }

    private static String required(JsonNode n, String field) {
        String v = n.path(field).asText(null);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("missing '" + field + "'");
        }
        return v;
    }

    private static OffsetDateTime time(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("missing 'published'");
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
