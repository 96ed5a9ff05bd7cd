package io.storywire.ingest.parse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.storywire.core.serde.Json;
import io.storywire.ingest.id.ArticleIds;
import io.storywire.ingest.text.DateParser;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads JSON articles of the contract in {@code article.schema.json} (version 1): one object or an array of them.
 * A title or a body is required (a title alone is a headline-only item). Optional: url, source, author, published,
 * language, schemaVersion; other fields are ignored. Derived when missing: the title from the body's first sentence,
 * source from the URL's host, published from ingest time (flagged "ingest-time"), language by detection.
 */
final class JsonArticleParser {

    static final int SCHEMA_VERSION = 1;
    static final Set<String> STRING_FIELDS = Set.of("title", "body", "url", "source", "author", "published",
            "language");

    private JsonArticleParser() {
    }

    static List<FormatItem> parse(String text, Instant reference) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            // a read limit (nesting too deep, a number too long) has no location
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr();
            return List.of(FormatItem.of(Rejection.of(Reasons.MALFORMED_JSON, "not valid JSON" + where + ": "
                    + e.getOriginalMessage())));
        }
        if (root == null || root.isMissingNode()) {
            return List.of(FormatItem.of(Rejection.of(Reasons.EMPTY, "the JSON document is empty")));
        }
        if (root.isArray()) {
            if (root.isEmpty()) {
                return List.of(FormatItem.of(Rejection.of(Reasons.EMPTY, "the JSON array holds no articles")));
            }
            List<FormatItem> items = new ArrayList<>();
            root.forEach(node -> items.add(item(node, reference)));
            return items;
        }
        return List.of(item(root, reference));
    }

    private static FormatItem item(JsonNode node, Instant reference) {
        if (!node.isObject()) {
            return FormatItem.of(new Rejection(Reasons.INVALID_FIELD,
                    "an article must be a JSON object, not " + node.getNodeType().name().toLowerCase(), null));
        }
        JsonNode version = node.get("schemaVersion");
        if (version != null && !version.isNull() && (!version.canConvertToInt() || version.asInt() != SCHEMA_VERSION)) {
            return FormatItem.of(new Rejection(Reasons.INVALID_FIELD, "schemaVersion " + version
                    + " is not supported; this ingest reads version " + SCHEMA_VERSION, "schemaVersion"));
        }
        for (String field : STRING_FIELDS) {
            JsonNode v = node.get(field);
            if (v != null && !v.isNull() && !v.isTextual()) {
                return FormatItem.of(new Rejection(Reasons.INVALID_FIELD, "'" + field + "' must be a string, not "
                        + v.getNodeType().name().toLowerCase(), field));
            }
        }
        String title = text(node, "title");
        String body = text(node, "body");
        if (title == null && body == null) {
            return FormatItem.of(new Rejection(Reasons.NO_TEXT, "neither 'title' nor 'body' holds text: an article "
                    + "needs one of them (a headline alone is an article of kind headline)", "body"));
        }
        String language = text(node, "language");
        if (language == null && node.path("lang").isTextual() && node.get("lang").asText().matches("[a-z]{2}")) {
            language = node.get("lang").asText(); // a common name for it outside this contract; taken when valid
        }
        if (language != null && !language.matches("[a-z]{2}|und")) {
            return FormatItem.of(new Rejection(Reasons.INVALID_FIELD, "'language' must be an ISO 639-1 code like "
                    + "\"en\", not \"" + language + "\"", "language"));
        }
        String dateText = text(node, "published");
        OffsetDateTime published = null;
        String from = "json";
        if (dateText != null) {
            Optional<OffsetDateTime> strict = DateParser.strict(dateText);
            Optional<DateParser.Found> loose = strict.isPresent() ? Optional.empty()
                    : DateParser.find(dateText, reference);
            if (strict.isPresent() || loose.isPresent()) {
                published = strict.orElseGet(() -> loose.get().value());
                from = loose.isPresent() && loose.get().relative() ? "relative" : "json";
                dateText = null;
            }
            // else the date as written goes on: the article gets ingest time and an unreadable-date flag
        }
        String url = text(node, "url");
        if (url != null && !ArticleIds.isWebUrl(url)) {
            return FormatItem.of(new Rejection(Reasons.INVALID_FIELD, "'url' must be an absolute http(s) URL, not \""
                    + url + "\"", "url"));
        }
        return FormatItem.of(new ArticleDraft(title, text(node, "source"), text(node, "author"), dateText, published,
                from, url, body, "und".equals(language) ? null : language));
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText();
    }
}
