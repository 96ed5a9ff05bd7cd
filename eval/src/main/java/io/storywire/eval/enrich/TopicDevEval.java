package io.storywire.eval.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import io.storywire.core.model.Article;
import io.storywire.core.model.EnrichedArticle;
import io.storywire.core.model.TopicTag;
import io.storywire.enrich.Enricher;
import io.storywire.eval.devsets.DevSets;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Topic tagging on the real dev sets ({@code topics/reuters-train}, {@code topics/handlabelled} in ../shared/devsets):
 * every item goes through the real {@link Enricher} as an {@link Article} built from the JSONL (kind "headline" when
 * the body is empty), and is scored the way {@code score.py topics} scores it: per topic and micro P/R/F1 over the
 * four labelled topics, an {@code ignore_topics} pair counting neither way. Each set is reported on its tuned part
 * and on its held-aside fifth ({@link DevSets#heldAside}), which nobody tuned on.
 */
public final class TopicDevEval {

    /** The topics the dev sets label; any other topic the taxonomy assigns is not scored here. */
    public static final List<String> TOPICS = List.of("trade", "taiwan", "north-korea", "k-pop");
    public static final List<String> SETS = List.of("topics/reuters-train", "topics/handlabelled");

    private TopicDevEval() {
    }

    /** Both dev sets with the default enricher. */
    public static TopicDevReport run() {
        return run(Enricher.withDefaults());
    }

    public static TopicDevReport run(Enricher enricher) {
        List<TopicDevReport.SetResult> sets = new ArrayList<>();
        for (String set : SETS) {
            sets.add(run(set, enricher, null));
        }
        return new TopicDevReport(sets);
    }

    /**
     * One set. When {@code predictions} is given, writes {@code {"id","topics"}} lines there for {@code score.py}.
     */
    public static TopicDevReport.SetResult run(String set, Enricher enricher, Path predictions) {
        Path dir = DevSets.resolve(set);
        Path articlesFile = Files.exists(dir.resolve("articles.jsonl")) ? dir.resolve("articles.jsonl")
                : dir.resolve("articles.jsonl.gz");
        List<JsonNode> articles = DevSets.readJsonl(articlesFile);
        List<JsonNode> gold = DevSets.readJsonl(dir.resolve("gold.jsonl"));
        Map<String, JsonNode> goldById = new LinkedHashMap<>();
        gold.forEach(g -> goldById.put(g.path("id").asText(), g));
        // the enricher is thread-safe; the two cores halve the time of the 9,597 Reuters stories
        List<EnrichedArticle> enriched = IntStream.range(0, articles.size()).parallel()
                .mapToObj(i -> enricher.enrich(toArticle(articles.get(i)))).toList();
        Acc tuned = new Acc();
        Acc held = new Acc();
        List<TopicDevReport.Miss> misses = new ArrayList<>();
        StringBuilder pred = new StringBuilder();
        for (int i = 0; i < articles.size(); i++) {
            EnrichedArticle e = enriched.get(i);
            String id = articles.get(i).path("id").asText();
            JsonNode g = goldById.get(id);
            if (g == null) {
                throw new IllegalStateException("no gold line for " + id + " in " + set);
            }
            Set<String> predicted = new HashSet<>();
            for (TopicTag t : e.topics()) {
                if (TOPICS.contains(t.id())) {
                    predicted.add(t.id());
                }
            }
            Set<String> truth = strings(g.path("topics"));
            Set<String> ignored = strings(g.path("ignore_topics"));
            boolean heldAside = DevSets.heldAside(id);
            (heldAside ? held : tuned).add(predicted, truth, ignored);
            if (!heldAside) {
                for (String t : TOPICS) {
                    if (!ignored.contains(t) && predicted.contains(t) != truth.contains(t)) {
                        misses.add(new TopicDevReport.Miss(id, t, predicted.contains(t),
                                e.topics().stream().filter(x -> x.id().equals(t)).findFirst().orElse(null)));
                    }
                }
            }
            pred.append("{\"id\":\"").append(id).append("\",\"topics\":[")
                    .append(String.join(",", predicted.stream().sorted().map(s -> "\"" + s + "\"").toList()))
                    .append("]}\n");
        }
        if (predictions != null) {
            try {
                Files.writeString(predictions, pred);
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
        Acc all = new Acc();
        all.merge(tuned);
        all.merge(held);
        return new TopicDevReport.SetResult(set, articles.size(), all.part("all"),
                tuned.part("tuned on"), held.part("held aside (not tuned on)"), misses);
    }

    /** An article as ingest would publish it: title, body, kind "headline" when the body is empty. */
    static Article toArticle(JsonNode a) {
        String body = a.path("body").asText("");
        String title = a.path("title").asText("");
        return new Article(a.path("id").asText(), title, a.path("source").asText(null), null, null, "json",
                a.path("url").asText(null), "en", body, "file", "devset", Instant.EPOCH, null,
                body.isBlank() ? Article.KIND_HEADLINE : Article.KIND_ARTICLE, List.of());
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> out = new HashSet<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    /** Counts per topic over one part of a set. */
    private static final class Acc {
        private final Map<String, Prf> topics = new TreeMap<>();
        private int items;

        Acc() {
            TOPICS.forEach(t -> topics.put(t, Prf.ZERO));
        }

        void add(Set<String> predicted, Set<String> truth, Set<String> ignored) {
            items++;
            for (String t : TOPICS) {
                if (ignored.contains(t)) {
                    continue;
                }
                boolean p = predicted.contains(t);
                boolean g = truth.contains(t);
                topics.merge(t, new Prf(p && g ? 1 : 0, p && !g ? 1 : 0, !p && g ? 1 : 0), Prf::plus);
            }
        }

        void merge(Acc o) {
            items += o.items;
            o.topics.forEach((t, prf) -> topics.merge(t, prf, Prf::plus));
        }

        TopicDevReport.Part part(String name) {
            Prf micro = topics.values().stream().reduce(Prf.ZERO, Prf::plus);
            return new TopicDevReport.Part(name, items, java.util.Collections.unmodifiableMap(new TreeMap<>(topics)), micro);
        }
    }

    /** One topic's raw score per tuned item, with its gold label and length class: for choosing thresholds. */
    private static void dumpScores(String set, String topic, Enricher enricher) {
        Path dir = DevSets.resolve(set);
        List<JsonNode> articles = DevSets.readJsonl(dir.resolve("articles.jsonl.gz"));
        Map<String, JsonNode> gold = new LinkedHashMap<>();
        DevSets.readJsonl(dir.resolve("gold.jsonl")).forEach(g -> gold.put(g.path("id").asText(), g));
        articles.parallelStream().filter(a -> !DevSets.heldAside(a.path("id").asText())).map(a -> {
            Article art = toArticle(a);
            return a.path("id").asText() + " " + enricher.topicScores(art).get(topic) + " "
                    + strings(gold.get(art.id()).path("topics")).contains(topic) + " "
                    + io.storywire.enrich.topic.TopicMatcher.isShort(art);
        }).forEachOrdered(System.out::println);
    }

    /** {@code TopicDevEval [--errors] [--pred DIR]}: prints the report; --errors lists the tuned parts' mistakes. */
    public static void main(String[] args) {
        boolean errors = List.of(args).contains("--errors");
        int p = List.of(args).indexOf("--pred");
        Path predDir = p >= 0 ? Path.of(args[p + 1]) : null;
        Enricher enricher = Enricher.withDefaults();
        int sc = List.of(args).indexOf("--scores");
        if (sc >= 0) {
            dumpScores(SETS.get(0), args[sc + 1], enricher);
            return;
        }
        List<TopicDevReport.SetResult> sets = new ArrayList<>();
        for (String set : SETS) {
            Path out = predDir == null ? null : predDir.resolve(set.replace('/', '-') + ".pred.jsonl");
            sets.add(run(set, enricher, out));
        }
        TopicDevReport report = new TopicDevReport(sets);
        report.print(System.out);
        if (errors) {
            report.printMisses(System.out);
        }
    }
}
