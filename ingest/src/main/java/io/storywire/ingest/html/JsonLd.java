package io.storywire.ingest.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The schema.org objects of a page's JSON-LD blocks, parsed as JSON: arrays and {@code @graph} flattened, nested
 * objects included, scripts that say "ld+json" in any spelling of their type. A block that is not JSON is skipped.
 */
public final class JsonLd {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .build();

    private JsonLd() {
    }

    /** Every object of every JSON-LD block, outer ones first. */
    public static List<JsonNode> objects(Document doc) {
        List<JsonNode> out = new ArrayList<>();
        for (Element script : doc.select("script")) {
            String type = script.attr("type").toLowerCase(java.util.Locale.ROOT);
            if (!type.contains("ld+json") && !type.contains("ld json")) {
                continue;
            }
            String data = script.data().strip();
            if (data.startsWith("<!--")) {
                data = data.substring(4).replaceFirst("-->\\s*$", "");
            }
            try {
                collect(JSON.readTree(data), out, 0);
            } catch (JsonProcessingException e) {
                // not JSON: the next block may be
            }
        }
        return out;
    }

    private static void collect(JsonNode node, List<JsonNode> out, int depth) {
        if (node == null || depth > 6) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collect(n, out, depth + 1));
        } else if (node.isObject()) {
            if (node.has("@type") || node.has("datePublished") || node.has("articleBody")) {
                out.add(node);
            }
            JsonNode graph = node.get("@graph");
            if (graph != null) {
                collect(graph, out, depth + 1);
            }
            JsonNode main = node.get("mainEntity");
            if (main != null) {
                collect(main, out, depth + 1);
            }
        }
    }
}
