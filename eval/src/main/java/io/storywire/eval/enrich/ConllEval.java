package io.storywire.eval.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.storywire.core.model.Article;
import io.storywire.core.model.EnrichedArticle;
import io.storywire.core.model.Entity;
import io.storywire.core.model.Mention;
import io.storywire.enrich.Enricher;
import io.storywire.eval.devsets.DevSets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Entity figures on the CoNLL-2003 English dev split ({@code ner/conll2003-dev} of the dev sets), computed the way
 * {@code score.py entities} computes them: PER/ORG/LOC only (MISC dropped on both sides); <em>strict</em> counts a
 * predicted mention when document, field, start, end (code points) and type all equal a gold mention's;
 * <em>lenient</em> compares, per document, the multisets of (normalised text, type). Every article goes through the
 * real {@link Enricher} (the code path of the enrich stage) and every mention of every entity is a prediction.
 * Figures are given for the tuned part and the held-aside fifth ({@link DevSets#heldAside}) apart.
 */
public final class ConllEval {

    public static final String SET = "ner/conll2003-dev";
    static final List<String> TYPES = List.of("PER", "ORG", "LOC");
    private static final ObjectMapper JSON = new ObjectMapper();

    private ConllEval() {
    }

    public static ConllReport run() {
        return run(Enricher.withDefaults(), null);
    }

    /** @param predictionsOut when not null, the predictions are written there as score.py reads them */
    public static ConllReport run(Enricher enricher, Path predictionsOut) {
        List<JsonNode> articles = DevSets.readJsonl(DevSets.resolve(SET + "/articles.jsonl"));
        List<JsonNode> gold = DevSets.readJsonl(DevSets.resolve(SET + "/gold.jsonl"));
        Map<String, JsonNode> goldById = new HashMap<>();
        gold.forEach(g -> goldById.put(g.get("id").asText(), g));
        Part tuned = new Part("tuned on");
        Part held = new Part("held aside");
        List<String> errors = new ArrayList<>();
        List<String> predLines = new ArrayList<>();
        long nanos = 0;
        for (JsonNode a : articles) {
            String id = a.get("id").asText();
            Article article = toArticle(a);
            long t0 = System.nanoTime();
            EnrichedArticle e = enricher.enrich(article);
            nanos += System.nanoTime() - t0;
            List<Span> predicted = predicted(article, e);
            List<Span> expected = expected(goldById.get(id));
            boolean aside = DevSets.heldAside(id);
            (aside ? held : tuned).add(predicted, expected);
            if (!aside) {
                listErrors(id, predicted, expected, errors);
            }
            if (predictionsOut != null) {
                predLines.add(predictionLine(id, predicted));
            }
        }
        if (predictionsOut != null) {
            try {
                Files.write(predictionsOut, predLines);
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
        return new ConllReport(SET, articles.size(), tuned, held, nanos / 1e6 / articles.size(), errors);
    }

    static Article toArticle(JsonNode a) {
        return new Article(a.get("id").asText(), text(a, "title"), text(a, "source"), null, null, null, null, "en",
                text(a, "body"), "devset", null, null, null);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? "" : v.asText();
    }

    /** One mention with its field, code-point offsets, scorer type and text. */
    record Span(String field, int start, int end, String type, String text) {
        String key() {
            return field + ":" + start + ":" + end + ":" + type;
        }
    }

    static List<Span> predicted(Article a, EnrichedArticle e) {
        List<Span> out = new ArrayList<>();
        for (Entity entity : e.entities()) {
            String type = switch (entity.type()) {
                case PERSON -> "PER";
                case ORGANIZATION -> "ORG";
                case PLACE -> "LOC";
            };
            for (Mention m : entity.mentions()) {
                String field = m.field().equals("title") ? a.title() : a.body();
                out.add(new Span(m.field(), field.codePointCount(0, m.start()), field.codePointCount(0, m.end()),
                        type, m.text()));
            }
        }
        return out;
    }

    private static List<Span> expected(JsonNode gold) {
        List<Span> out = new ArrayList<>();
        for (JsonNode g : gold.get("entities")) {
            String type = g.get("type").asText();
            if (TYPES.contains(type)) {
                out.add(new Span(g.get("field").asText(), g.get("start").asInt(), g.get("end").asInt(), type,
                        g.get("text").asText()));
            }
        }
        return out;
    }

    private static String predictionLine(String id, List<Span> predicted) {
        ObjectNode line = JSON.createObjectNode();
        line.put("id", id);
        ArrayNode ents = line.putArray("entities");
        for (Span s : predicted) {
            ents.addObject().put("field", s.field()).put("start", s.start()).put("end", s.end()).put("type", s.type())
                    .put("text", s.text());
        }
        return line.toString();
    }

    private static void listErrors(String id, List<Span> predicted, List<Span> expected, List<String> errors) {
        Map<String, Integer> gold = counts(expected, Span::key);
        Map<String, Integer> pred = counts(predicted, Span::key);
        for (Span s : expected) {
            if (!pred.containsKey(s.key())) {
                errors.add(id + " miss " + s.type() + " " + s.field() + " \"" + s.text() + "\"");
            }
        }
        for (Span s : predicted) {
            if (!gold.containsKey(s.key())) {
                errors.add(id + " false " + s.type() + " " + s.field() + " \"" + s.text() + "\"");
            }
        }
    }

    private static <T> Map<String, Integer> counts(List<T> items, java.util.function.Function<T, String> key) {
        Map<String, Integer> c = new LinkedHashMap<>();
        items.forEach(i -> c.merge(key.apply(i), 1, Integer::sum));
        return c;
    }

    private static final Pattern QUOTES = Pattern.compile("[\u2019\u2018`]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern EDGES = Pattern.compile("^[\\s\"'(\\[{.,;:!?-]+|[\\s\"')\\]}.,;:!?-]+$");

    /** score.py's norm_text: NFKC, case-folded, quotes unified, spaces collapsed, edge punctuation and 's off. */
    static String normalise(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        t = QUOTES.matcher(t).replaceAll("'");
        t = SPACES.matcher(t).replaceAll(" ").strip();
        t = EDGES.matcher(t).replaceAll("");
        return t.endsWith("'s") ? t.substring(0, t.length() - 2) : t;
    }

    /** Counts of one part of the set, per type, strict and lenient. */
    public static final class Part {
        private final String name;
        private int articles;
        private final Map<String, Prf> strict = new LinkedHashMap<>();
        private final Map<String, Prf> lenient = new LinkedHashMap<>();

        Part(String name) {
            this.name = name;
            TYPES.forEach(t -> {
                strict.put(t, Prf.ZERO);
                lenient.put(t, Prf.ZERO);
            });
        }

        void add(List<Span> predicted, List<Span> expected) {
            articles++;
            for (String t : TYPES) {
                strict.merge(t, match(predicted, expected, t, Span::key), Prf::plus);
                lenient.merge(t, match(predicted, expected, t, s -> normalise(s.text())), Prf::plus);
            }
        }

        private static Prf match(List<Span> predicted, List<Span> expected, String type,
                                 java.util.function.Function<Span, String> key) {
            Map<String, Integer> g = counts(expected.stream().filter(s -> s.type().equals(type)).toList(), key);
            Map<String, Integer> p = counts(predicted.stream().filter(s -> s.type().equals(type)).toList(), key);
            int tp = 0;
            for (Map.Entry<String, Integer> e : p.entrySet()) {
                tp += Math.min(e.getValue(), g.getOrDefault(e.getKey(), 0));
            }
            int np = p.values().stream().mapToInt(Integer::intValue).sum();
            int ng = g.values().stream().mapToInt(Integer::intValue).sum();
            return new Prf(tp, np - tp, ng - tp);
        }

        public String name() {
            return name;
        }

        public int articles() {
            return articles;
        }

        public Prf strict(String type) {
            return strict.get(type);
        }

        public Prf lenient(String type) {
            return lenient.get(type);
        }

        public Prf strict() {
            return strict.values().stream().reduce(Prf.ZERO, Prf::plus);
        }

        public Prf lenient() {
            return lenient.values().stream().reduce(Prf.ZERO, Prf::plus);
        }

        Part plus(Part o, String newName) {
            Part p = new Part(newName);
            p.articles = articles + o.articles;
            TYPES.forEach(t -> {
                p.strict.put(t, strict.get(t).plus(o.strict.get(t)));
                p.lenient.put(t, lenient.get(t).plus(o.lenient.get(t)));
            });
            return p;
        }
    }
}
