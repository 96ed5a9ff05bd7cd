package io.storywire.app.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.storywire.core.serde.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Real articles as benchmark input, read at run time from the dev sets when they are present (never shipped): the
 * Reuters-21578 training split of {@code topics/reuters-train}, in file order, as ingest's JSON input.
 */
final class DevsetArticles {

    static final Path REUTERS = Path.of("topics", "reuters-train", "articles.jsonl.gz");

    private DevsetArticles() {
    }

    /** Up to {@code max} articles (fewer when the set has fewer); title, body, published, source and url kept. */
    static List<String> read(Path devsets, int max) throws IOException {
        Path file = devsets.resolve(REUTERS);
        if (!Files.isRegularFile(file)) {
            throw new IOException("no dev set at " + file.toAbsolutePath());
        }
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            String line;
            while (out.size() < max && (line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                ObjectNode in = (ObjectNode) Json.MAPPER.readTree(line);
                ObjectNode json = Json.MAPPER.createObjectNode();
                for (String field : List.of("title", "body", "published", "source", "url")) {
                    if (in.hasNonNull(field) && !in.get(field).asText().isBlank()) {
                        json.put(field, in.get(field).asText());
                    }
                }
                out.add(json.toString());
            }
        }
        return out;
    }
}
