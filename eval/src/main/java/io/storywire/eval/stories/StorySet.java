package io.storywire.eval.stories;

import com.fasterxml.jackson.databind.JsonNode;
import io.storywire.eval.devsets.DevSets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a labelled story file in either form: articles that carry their own {@code "story"} (the team's
 * {@code eval-data/stories.jsonl}), or a dev set's {@code articles.jsonl} with its gold {@code {"id","story"}} in
 * {@code gold.jsonl} beside it. Articles keep the file's order; {@code published} and {@code topics} are optional.
 */
public final class StorySet {

    private StorySet() {
    }

    public static List<GoldArticle> read(Path file) {
        List<JsonNode> lines = DevSets.readJsonl(file);
        boolean inline = !lines.isEmpty() && lines.get(0).hasNonNull("story");
        Map<String, String> gold = inline ? Map.of() : goldBeside(file);
        List<GoldArticle> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            JsonNode n = lines.get(i);
            try {
                if (inline) {
                    out.add(GoldArticle.parse(n));
                } else {
                    String story = gold.get(n.path("id").asText());
                    if (story == null) {
                        throw new IllegalArgumentException("no gold story for id " + n.path("id").asText());
                    }
                    out.add(GoldArticle.parse(n, story));
                }
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(file + " line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    private static Map<String, String> goldBeside(Path file) {
        Path gold = file.toAbsolutePath().resolveSibling("gold.jsonl");
        if (!Files.exists(gold)) {
            throw new IllegalArgumentException(file + " has no \"story\" per article and no gold.jsonl beside it");
        }
        Map<String, String> out = new HashMap<>();
        for (JsonNode n : DevSets.readJsonl(gold)) {
            out.put(n.path("id").asText(), n.path("story").asText());
        }
        return out;
    }
}
