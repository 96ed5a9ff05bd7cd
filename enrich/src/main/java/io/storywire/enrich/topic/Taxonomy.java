package io.storywire.enrich.topic;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.storywire.core.serde.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The topics an article can be about. A file holds {@code {"topics": [...]}}; the Kafka topic one per record. */
public record Taxonomy(List<TopicDefinition> topics) {

    public static final String DEFAULT_RESOURCE = "/taxonomy.json";

    public Taxonomy {
        topics = List.copyOf(topics);
        Set<String> ids = new LinkedHashSet<>();
        for (TopicDefinition t : topics) {
            if (!ids.add(t.id())) {
                throw new IllegalArgumentException("topic " + t.id() + " defined twice");
            }
        }
    }

    public static Taxonomy defaults() {
        try (InputStream in = Taxonomy.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            return parse(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file when given, else the built-in default. */
    public static Taxonomy load(Path file) {
        if (file == null) {
            return defaults();
        }
        try {
            return parse(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read taxonomy file " + file, e);
        }
    }

    public static Taxonomy parse(byte[] json) {
        try {
            JsonNode root = Json.MAPPER.readTree(json);
            JsonNode list = root.isArray() ? root : root.path("topics");
            if (!list.isArray()) {
                throw new IllegalArgumentException("a taxonomy is {\"topics\": [...]} or an array of topics");
            }
            List<TopicDefinition> topics = Json.MAPPER.convertValue(list, new TypeReference<List<TopicDefinition>>() { });
            return new Taxonomy(topics);
        } catch (IOException e) {
            throw new IllegalArgumentException("taxonomy is not valid JSON: " + e.getMessage(), e);
        }
    }

    /** One topic definition as it travels on the taxonomy topic. */
    public static TopicDefinition parseTopic(String json) {
        try {
            return Json.MAPPER.readValue(json, TopicDefinition.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("topic definition is not valid JSON: " + e.getMessage(), e);
        }
    }

    public List<String> ids() {
        List<String> ids = new ArrayList<>();
        topics.forEach(t -> ids.add(t.id()));
        return ids;
    }
}
