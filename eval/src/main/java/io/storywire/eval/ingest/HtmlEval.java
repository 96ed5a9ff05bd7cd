package io.storywire.eval.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import io.storywire.eval.devsets.DevSets;
import io.storywire.ingest.html.HtmlPage;
import io.storywire.ingest.html.PublishDateFinder;
import java.time.Instant;
import java.util.Optional;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Runs every page of {@code ingest/html-dev} and {@code ingest/dates-dev} through the HTML reader ingest uses
 * ({@link HtmlPage}: the main-text extractor and the publish-date finder) and scores it exactly as
 * {@code score_html.py} does: snippets by whitespace-normalised, case-sensitive substring tests summed over pages;
 * dates by the day. Each figure is given for the tuned part, the held-aside fifth and all pages.
 */
public final class HtmlEval {

    private static final Pattern SPACES = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    private HtmlEval() {
    }

    /** Snippet counts of one part (trafilatura's metric). */
    public record Snippets(int pages, int tp, int fp, int fn, int tn) {
        static final Snippets ZERO = new Snippets(0, 0, 0, 0, 0);

        Snippets plus(Snippets o) {
            return new Snippets(pages + o.pages, tp + o.tp, fp + o.fp, fn + o.fn, tn + o.tn);
        }

        public double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        public double accuracy() {
            int all = tp + fp + fn + tn;
            return all == 0 ? 0 : (double) (tp + tn) / all;
        }

        public double f1() {
            return tp + fp + fn == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
        }
    }

    /** Date counts of one part. */
    public record Dates(int pages, int right, int returned) {
        static final Dates ZERO = new Dates(0, 0, 0);

        Dates plus(Dates o) {
            return new Dates(pages + o.pages, right + o.right, returned + o.returned);
        }

        public double accuracy() {
            return pages == 0 ? 0 : (double) right / pages;
        }

        public double coverage() {
            return pages == 0 ? 0 : (double) returned / pages;
        }

        public double precision() {
            return returned == 0 ? 0 : (double) right / returned;
        }
    }

    /** The figures, tuned part / held aside / all, and the time spent per page. */
    public record Report(Snippets snippetsTuned, Snippets snippetsHeld, Dates datesTuned, Dates datesHeld,
                         double msPerPage, List<String> misses) {

        public Snippets snippets() {
            return snippetsTuned.plus(snippetsHeld);
        }

        public Dates dates() {
            return datesTuned.plus(datesHeld);
        }

        public void print(PrintStream out) {
            out.println("HTML main text, ingest/html-dev (trafilatura's snippet metric):");
            snippetLine(out, "tuned", snippetsTuned);
            snippetLine(out, "held aside", snippetsHeld);
            snippetLine(out, "all", snippets());
            new DateParts(datesTuned, datesHeld).print(out);
            out.printf("  %.1f ms per page (html-dev: main text; dates-dev: date)%n", msPerPage);
        }

        private static void snippetLine(PrintStream out, String name, Snippets s) {
            out.printf("  %-10s %3d pages  P %.3f R %.3f acc %.3f F1 %.3f  (tp %d fp %d fn %d tn %d)%n", name,
                    s.pages, s.precision(), s.recall(), s.accuracy(), s.f1(), s.tp, s.fp, s.fn, s.tn);
        }

        static void dateLine(PrintStream out, String name, Dates d) {
            out.printf("  %-10s %3d pages  accuracy %.3f coverage %.3f precision %.3f  (right %d, returned %d)%n",
                    name, d.pages, d.accuracy(), d.coverage(), d.precision(), d.right, d.returned);
        }
    }

    /** Both sets from the dev-set folder ({@link DevSets#require()}). */
    public static Report run() {
        return run(null);
    }

    /**
     * Both sets; when {@code predictions} is a folder, the bodies and dates are also written there as
     * {@code snippets.jsonl} and {@code dates.jsonl} for {@code score_html.py}.
     */
    public static Report run(Path predictions) {
        long start = System.nanoTime();
        int pages = 0;
        List<String> misses = new ArrayList<>();
        Map<String, JsonNode> htmlGold = byId(DevSets.readJsonl(DevSets.resolve("ingest/html-dev/gold.jsonl")));
        Snippets sTuned = Snippets.ZERO;
        Snippets sHeld = Snippets.ZERO;
        List<String> snippetLines = new ArrayList<>();
        List<JsonNode> htmlPages = DevSets.readJsonl(DevSets.resolve("ingest/html-dev/pages.jsonl.gz")).stream()
                .filter(p -> htmlGold.containsKey(p.get("id").asText())).toList();
        // the pages are independent: read them on every core, score them in file order
        List<String> bodies = htmlPages.parallelStream()
                .map(p -> HtmlPage.text(p.get("html").asText(), text(p, "url"))).toList();
        for (int i = 0; i < htmlPages.size(); i++) {
            String id = htmlPages.get(i).get("id").asText();
            JsonNode gold = htmlGold.get(id);
            pages++;
            Snippets s = count(gold, bodies.get(i), DevSets.heldAside(id) ? null : misses, id);
            if (DevSets.heldAside(id)) {
                sHeld = sHeld.plus(s);
            } else {
                sTuned = sTuned.plus(s);
            }
            snippetLines.add(line(id, "body", bodies.get(i)));
        }
        List<String> dateLines = new ArrayList<>();
        DateParts d = dates(misses, dateLines);
        pages += d.tuned().pages() + d.held().pages();
        Dates dTuned = d.tuned();
        Dates dHeld = d.held();
        double ms = (System.nanoTime() - start) / 1e6 / Math.max(1, pages);
        if (predictions != null) {
            write(predictions.resolve("snippets.jsonl"), snippetLines);
            write(predictions.resolve("dates.jsonl"), dateLines);
        }
        return new Report(sTuned, sHeld, dTuned, dHeld, ms, misses);
    }

    /** The date figures of the tuned part and of the held-aside fifth. */
    public record DateParts(Dates tuned, Dates held) {

        public void print(PrintStream out) {
            out.println("Publish dates, ingest/dates-dev (right day):");
            Report.dateLine(out, "tuned", tuned);
            Report.dateLine(out, "held aside", held);
            Report.dateLine(out, "all", tuned.plus(held));
        }
    }

    /**
     * Only {@code ingest/dates-dev}, through {@link HtmlPage#date} (a few seconds, against the minute the main
     * text and the acceptance runs take): the tuned part's misses go to {@code misses} ("date ID: got DAY (source)
     * want DAY"), one prediction line per page to {@code dateLines}.
     */
    public static DateParts dates(List<String> misses, List<String> dateLines) {
        return dates(misses, dateLines, true);
    }

    /**
     * The same, optionally without giving the finder each page's URL: ingest often gets a page without a
     * {@code url} header, and then the page's own canonical link is all it has.
     */
    public static DateParts dates(List<String> misses, List<String> dateLines, boolean withUrl) {
        Map<String, JsonNode> dateGold = byId(DevSets.readJsonl(DevSets.resolve("ingest/dates-dev/gold.jsonl")));
        Dates dTuned = Dates.ZERO;
        Dates dHeld = Dates.ZERO;
        for (JsonNode page : DevSets.readJsonl(DevSets.resolve("ingest/dates-dev/pages.jsonl.gz"))) {
            String id = page.get("id").asText();
            JsonNode gold = dateGold.get(id);
            if (gold == null) {
                continue;
            }
            Optional<PublishDateFinder.Found> found = HtmlPage.date(page.get("html").asText(),
                    withUrl ? text(page, "url") : null, Instant.now());
            LocalDate day = found.map(f -> f.value().toLocalDate()).orElse(null);
            String want = gold.get("published").asText().substring(0, 10);
            boolean right = day != null && day.toString().equals(want);
            Dates d = new Dates(1, right ? 1 : 0, day == null ? 0 : 1);
            if (DevSets.heldAside(id)) {
                dHeld = dHeld.plus(d);
            } else {
                dTuned = dTuned.plus(d);
                if (!right) {
                    misses.add("date " + id + ": got " + day + " (" + found.map(PublishDateFinder.Found::source).orElse("none") + ") want " + want);
                }
            }
            dateLines.add(line(id, "published", day == null ? null : day.toString()));
        }
        return new DateParts(dTuned, dHeld);
    }

    /** score_html.py's count_item: each "with" snippet found is a tp, each "without" snippet found an fp. */
    static Snippets count(JsonNode gold, String body, List<String> misses, String id) {
        int with = gold.get("with").size();
        int without = gold.get("without").size();
        if (body == null) {
            return new Snippets(1, 0, 0, with, without);
        }
        String text = norm(body);
        int tp = 0;
        int fp = 0;
        for (JsonNode w : gold.get("with")) {
            if (text.contains(norm(w.asText()))) {
                tp++;
            } else if (misses != null) {
                misses.add("lost " + id + ": " + w.asText());
            }
        }
        for (JsonNode w : gold.get("without")) {
            if (text.contains(norm(w.asText()))) {
                fp++;
                if (misses != null) {
                    misses.add("kept " + id + ": " + w.asText());
                }
            }
        }
        return new Snippets(1, tp, fp, with - tp, without - fp);
    }

    /** Python's re.sub(r'\s+', ' ', text).strip(). */
    static String norm(String s) {
        return SPACES.matcher(s).replaceAll(" ").strip();
    }

    private static Map<String, JsonNode> byId(List<JsonNode> nodes) {
        Map<String, JsonNode> out = new HashMap<>();
        nodes.forEach(n -> out.put(n.get("id").asText(), n));
        return out;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String line(String id, String field, String value) {
        com.fasterxml.jackson.databind.node.ObjectNode o = com.fasterxml.jackson.databind.node.JsonNodeFactory
                .instance.objectNode();
        o.put("id", id);
        o.put(field, value);
        return o.toString();
    }

    private static void write(Path file, List<String> lines) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * For whoever tunes: prints the report, the tuned part's misses with {@code -v}, writes predictions to a folder;
     * {@code --dates} runs only the publish dates ({@code --no-url}: without giving the finder the pages' URLs).
     */
    public static void main(String[] args) {
        if (List.of(args).contains("--dates")) {
            List<String> misses = new ArrayList<>();
            dates(misses, new ArrayList<>(), !List.of(args).contains("--no-url")).print(System.out);
            if (List.of(args).contains("-v")) {
                misses.forEach(System.out::println);
            }
            return;
        }
        Path out = args.length > 0 && !args[0].startsWith("-") ? Path.of(args[0]) : null;
        Report r = run(out);
        r.print(System.out);
        if (List.of(args).contains("-v")) {
            r.misses().forEach(System.out::println);
        }
    }
}
