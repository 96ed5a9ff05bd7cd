package io.storywire.eval.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import io.storywire.eval.devsets.DevSets;
import io.storywire.ingest.settings.IngestSettings;
import io.storywire.ingest.dedup.NearDuplicateDetector;
import io.storywire.ingest.id.ArticleIds;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs ingest's duplicate detection (content ids, then the near-duplicate detector the topology runs) over real
 * dev sets in file order and counts what it marks. There is no gold for duplicates: the marks are listed so that
 * a person can read the pairs and judge them; the mark rate bounds what a formulaic set may get.
 *
 * <p>Each set is run twice, once on its tuned part and once on its held-aside part ({@link DevSets#heldAside}),
 * as two separate streams.
 */
public final class DuplicateEval {

    /** The sets run by default: wire copy with many formulaic items, headlines, and newswire with entities. */
    public static final List<String> SETS = List.of("topics/reuters-train/articles.jsonl.gz",
            "stories/uci-dev/articles.jsonl", "ner/conll2003-dev/articles.jsonl");

    /** One mark: the article, what it was taken for a copy of, and how alike they are. */
    public record Mark(String id, String ofId, boolean exact, double similarity) {
    }

    /** The figures of one part of one set. */
    public record Part(String set, String name, int articles, int withText, List<Mark> marks) {

        public long exact() {
            return marks.stream().filter(Mark::exact).count();
        }

        public long near() {
            return marks.stream().filter(m -> !m.exact()).count();
        }

        /** Near-duplicate marks per article with text (headline-only items are never compared). */
        public double nearRate() {
            return withText == 0 ? 0 : (double) near() / withText;
        }
    }

    public record Report(List<Part> parts, Map<String, JsonNode> articles) {

        public Part part(String set, boolean heldAside) {
            String name = heldAside ? "held-aside" : "tuned";
            return parts.stream().filter(p -> p.set().equals(set) && p.name().equals(name)).findFirst().orElseThrow();
        }

        public void print(PrintStream out) {
            out.println("Duplicate marks (no gold: read the pairs to judge them)");
            out.printf("%-42s %-10s %8s %8s %6s %6s %9s%n", "set", "part", "articles", "w/ text", "exact", "near",
                    "near rate");
            for (Part p : parts) {
                out.printf("%-42s %-10s %8d %8d %6d %6d %9.4f%n", p.set(), p.name(), p.articles(), p.withText(),
                        p.exact(), p.near(), p.nearRate());
            }
        }

        /** Every mark with the two titles and the start of both texts: for reading, to /tmp, never committed. */
        public void printPairs(PrintStream out, int chars) {
            for (Part p : parts) {
                out.printf("%n##### %s %s%n", p.set(), p.name());
                for (Mark m : p.marks()) {
                    JsonNode a = articles.get(m.id());
                    JsonNode b = articles.get(m.ofId());
                    out.printf("%n=== %s %s of %s (%.3f, facts %.2f)%n", m.exact() ? "EXACT" : "NEAR", m.id(),
                            m.ofId(), m.similarity(), marks(a.path("body").asText(), b.path("body").asText()));
                    out.println("  A: " + a.path("title").asText() + " | " + cut(a.path("body").asText(), chars));
                    out.println("  B: " + b.path("title").asText() + " | " + cut(b.path("body").asText(), chars));
                }
            }
        }

        /** The share of the smaller text's numbers and names found in the other, whole texts. */
        private static double marks(String a, String b) {
            var fa = io.storywire.ingest.dedup.TextFingerprint.of(a, IngestSettings.DEFAULT_SHINGLE);
            var fb = io.storywire.ingest.dedup.TextFingerprint.of(b, IngestSettings.DEFAULT_SHINGLE);
            return io.storywire.ingest.dedup.Similarity.of(
                    io.storywire.ingest.dedup.Similarity.Sets.of(fa, java.util.Set.of()),
                    io.storywire.ingest.dedup.Similarity.Sets.of(fb, java.util.Set.of())).facts();
        }

        private static String cut(String s, int n) {
            String flat = s.replaceAll("\\s+", " ");
            return flat.length() <= n ? flat : flat.substring(0, n) + "...";
        }
    }

    private DuplicateEval() {
    }

    public static Report run() {
        return run(SETS, IngestSettings.defaults());
    }

    public static Report run(List<String> sets, IngestSettings settings) {
        List<Part> parts = new ArrayList<>();
        Map<String, JsonNode> byId = new HashMap<>();
        for (String set : sets) {
            List<JsonNode> items = DevSets.readJsonl(DevSets.resolve(set));
            items.forEach(n -> byId.put(n.path("id").asText(), n));
            for (boolean heldAside : new boolean[] {false, true}) {
                List<JsonNode> part = items.stream()
                        .filter(n -> DevSets.heldAside(n.path("id").asText()) == heldAside).toList();
                parts.add(run(set, heldAside ? "held-aside" : "tuned", part, settings));
            }
        }
        return new Report(parts, byId);
    }

    /** One stream of articles in the given order, as ingest would see them. */
    public static Part run(String set, String name, List<JsonNode> items, IngestSettings settings) {
        NearDuplicateDetector detector = new NearDuplicateDetector(settings.shingleSize(),
                settings.nearDuplicateThreshold());
        Map<String, String> firstByContentId = new HashMap<>();
        Map<String, String> devIdByContentId = new HashMap<>();
        List<Mark> marks = new ArrayList<>();
        int withText = 0;
        for (JsonNode n : items) {
            String devId = n.path("id").asText();
            String title = n.path("title").asText("");
            String body = n.path("body").asText("");
            String source = n.hasNonNull("source") ? n.get("source").asText() : null;
            String contentId = ArticleIds.of(n.path("url").asText(null), title, body);
            if (!body.isBlank()) {
                withText++;
            }
            String first = firstByContentId.putIfAbsent(contentId, devId);
            if (first != null) {
                marks.add(new Mark(devId, first, true, 1.0));
                continue;
            }
            devIdByContentId.put(contentId, devId);
            if (body.isBlank()) {
                continue;
            }
            var verdict = detector.admit(contentId, source, body, published(n), null);
            if (verdict.kind() == NearDuplicateDetector.Kind.NEAR_DUPLICATE) {
                marks.add(new Mark(devId, devIdByContentId.get(verdict.nearDuplicateOf().articleId()), false,
                        verdict.nearDuplicateOf().similarity()));
            }
        }
        return new Part(set, name, items.size(), withText, marks);
    }

    private static java.time.Instant published(JsonNode n) {
        try {
            return n.hasNonNull("published") ? java.time.OffsetDateTime.parse(n.get("published").asText()).toInstant()
                    : null;
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /** Prints the figures, and every pair to the file given as the first argument (under /tmp: it quotes text). */
    public static void main(String[] args) throws Exception {
        Report r = run();
        r.print(System.out);
        if (args.length > 0) {
            try (PrintStream out = new PrintStream(Path.of(args[0]).toFile(), "UTF-8")) {
                r.printPairs(out, 400);
            }
        }
    }
}
