package io.storywire.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.storywire.core.serde.Json;
import io.storywire.ingest.Fixtures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** article.schema.json and the JSON parser tell the same contract. */
class JsonContractTest {

    /** Rules of the contract that JSON Schema cannot state; the parser enforces them after the schema's. */
    private static final Set<String> BEYOND_SCHEMA = Set.of("paywall", "too-large");

    private static JsonNode schemaNode() throws IOException {
        try (InputStream in = JsonArticleParser.class.getResourceAsStream("/article.schema.json")) {
            return Json.MAPPER.readTree(in);
        }
    }

    private static JsonSchema schema() throws IOException {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaNode());
    }

    @Test
    void shouldAcceptTheGoodExamples() throws IOException {
        assertThat(schema().validate(Json.MAPPER.readTree(Fixtures.bytes("json/batch.json")))).isEmpty();
    }

    @Test
    void shouldRejectWhatTheParserRejectsForItsShape() throws IOException {
        JsonSchema schema = schema();
        List<Path> badJson;
        try (Stream<Path> files = Files.list(Fixtures.resource("bad"))) {
            badJson = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        int checked = 0;
        for (Path f : badJson) {
            String reason = f.getFileName().toString().split("--")[0];
            JsonNode node;
            try {
                node = Json.MAPPER.readTree(Files.readAllBytes(f));
            } catch (IOException notJson) {
                continue; // malformed JSON is below any schema
            }
            boolean schemaRejects = !schema.validate(node).isEmpty();
            assertThat(schemaRejects).as("schema on %s", f.getFileName()).isEqualTo(!BEYOND_SCHEMA.contains(reason));
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(10);
    }

    @Test
    void shouldAcceptEveryRealArticleStyleTheParserPublishes() throws IOException {
        JsonSchema schema = schema();
        List<Path> accepted;
        try (Stream<Path> files = Files.list(Fixtures.resource("accepted"))) {
            accepted = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(accepted).hasSizeGreaterThanOrEqualTo(5);
        for (Path f : accepted) {
            assertThat(schema.validate(Json.MAPPER.readTree(Files.readAllBytes(f)))).as("schema on %s", f).isEmpty();
        }
    }

    @Test
    void shouldListExactlyTheFieldsTheParserReads() throws IOException {
        JsonNode article = schemaNode().at("/$defs/article");
        Set<String> properties = new HashSet<>();
        article.get("properties").fieldNames().forEachRemaining(properties::add);
        Set<String> parsed = new HashSet<>(JsonArticleParser.STRING_FIELDS);
        parsed.add("schemaVersion");
        parsed.add("lang");
        assertThat(properties).isEqualTo(parsed);
        assertThat(article.get("anyOf")).extracting(n -> n.get("required").get(0).asText())
                .containsExactlyInAnyOrder("title", "body");
        assertThat(article.at("/properties/schemaVersion/const").asInt()).isEqualTo(JsonArticleParser.SCHEMA_VERSION);
    }
}
