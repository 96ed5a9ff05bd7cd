package io.storywire.eval.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import io.storywire.eval.devsets.DevSets;
import io.storywire.ingest.settings.IngestSettings;
import io.storywire.ingest.parse.ArticleParser;
import io.storywire.ingest.parse.ParseOutcome;
import io.storywire.ingest.parse.RawMeta;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Feeds every article of the real dev sets through ingest's real parser, in two forms: the JSON record exactly as
 * the set gives it (application/json), and as scraped text, headline, blank line, body (text/plain), the way users
 * send wire copy. A real article must never be rejected: the figure to hold is 100 % per set and form.
 */
public final class IngestAcceptance {

    /** The sets of real articles and headlines, relative to the dev-set folder. */
    public static final List<String> SETS = List.of("ner/conll2003-dev/articles.jsonl",
            "topics/reuters-train/articles.jsonl.gz", "topics/handlabelled/articles.jsonl",
            "stories/uci-dev/articles.jsonl");
    /** Ingest time of the replay: after every date in the sets, so none is "in the future". */
    static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");

    private IngestAcceptance() {
    }

    public static IngestReport run() {
        ArticleParser parser = new ArticleParser(IngestSettings.defaults().withClock(Clock.fixed(NOW, ZoneOffset.UTC)));
        List<IngestReport.Acceptance> out = new ArrayList<>();
        for (String set : SETS) {
            List<JsonNode> items = DevSets.readJsonl(DevSets.resolve(set));
            String name = set.substring(0, set.indexOf("/articles"));
            AcceptanceTally jsonTuned = new AcceptanceTally();
            AcceptanceTally jsonHeld = new AcceptanceTally();
            AcceptanceTally textTuned = new AcceptanceTally();
            AcceptanceTally textHeld = new AcceptanceTally();
            // parsed in parallel (the parser is stateless), tallied in file order
            List<ParseOutcome[]> outcomes = items.parallelStream().map(item -> {
                String id = item.path("id").asText();
                byte[] json = item.toString().getBytes(StandardCharsets.UTF_8);
                String text = item.path("title").asText("") + "\n\n" + item.path("body").asText("");
                return new ParseOutcome[] {parser.parse(json, meta("application/json", id)),
                        parser.parse(text.getBytes(StandardCharsets.UTF_8), meta("text/plain", id))};
            }).toList();
            for (int i = 0; i < items.size(); i++) {
                String id = items.get(i).path("id").asText();
                boolean held = DevSets.heldAside(id);
                (held ? jsonHeld : jsonTuned).add(id, outcomes.get(i)[0]);
                (held ? textHeld : textTuned).add(id, outcomes.get(i)[1]);
            }
            out.add(new IngestReport.Acceptance(name, "json", jsonTuned, jsonHeld));
            out.add(new IngestReport.Acceptance(name, "text", textTuned, textHeld));
        }
        return new IngestReport(out);
    }

    /** Every flag and rejection with its id and evidence, for a developer to look at (write it under /tmp). */
    public static void writeDetails(IngestReport report, Path file) {
        List<String> lines = new ArrayList<>();
        for (IngestReport.Acceptance a : report.acceptance()) {
            a.tuned().details().forEach(d -> lines.add(a.set() + "/" + a.form() + "\ttuned\t" + d));
            a.heldAside().details().forEach(d -> lines.add(a.set() + "/" + a.form() + "\theld\t" + d));
        }
        try {
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RawMeta meta(String contentType, String id) {
        return new RawMeta(contentType, "eval", id, null, NOW, null);
    }
}
