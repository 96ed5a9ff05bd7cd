package io.storywire.eval.enrich;

import io.storywire.core.model.EnrichedArticle;
import io.storywire.core.model.Entity;
import io.storywire.core.model.EntityType;
import io.storywire.core.model.Mention;
import io.storywire.core.model.TopicTag;
import io.storywire.core.serde.Json;
import io.storywire.enrich.Enricher;
import io.storywire.enrich.text.TextFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Runs the enricher over a gold set and measures entities (found and typed, by type; canonical-id linking; aliases
 * resolved) and topics (per topic and micro-averaged). See {@link EnrichReport} for the development/held-out split.
 */
public final class EnrichEval {

    private EnrichEval() {
    }

    public static EnrichReport run(Path goldJsonl) {
        return run(goldJsonl, Enricher.withDefaults());
    }

    public static EnrichReport run(Path goldJsonl, Enricher enricher) {
        List<GoldArticle> gold = read(goldJsonl);
        List<String> errors = new ArrayList<>();
        Acc all = new Acc("all");
        Acc dev = new Acc("development (tuned on)");
        Acc held = new Acc("held-out (every third article, not tuned on)");
        for (GoldArticle g : gold) {
            EnrichedArticle e = enricher.enrich(g.toArticle());
            boolean heldOut = isHeldOut(g.id());
            for (Acc acc : List.of(all, heldOut ? held : dev)) {
                acc.add(g, e);
            }
            if (!heldOut) {
                dev.errors(g, e, enricher.topicScores(g.toArticle()), errors);
            }
        }
        return new EnrichReport(goldJsonl.toString(), all.part(), dev.part(), held.part(), errors);
    }

    /** Every third article by number is held out; ids without a number by their hash. */
    static boolean isHeldOut(String id) {
        String digits = id.replaceAll("\\D", "");
        int n = digits.isEmpty() ? Math.abs(id.hashCode()) : Integer.parseInt(digits);
        return n % 3 == 0;
    }

    static List<GoldArticle> read(Path file) {
        try {
            List<GoldArticle> out = new ArrayList<>();
            for (String line : Files.readAllLines(file)) {
                if (!line.isBlank()) {
                    out.add(Json.read(line, GoldArticle.class));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gold set " + file, e);
        }
    }

    /** Sums over the articles of one part. */
    static final class Acc {
        private final String name;
        private int articles;
        private Prf entities = Prf.ZERO;
        private final Map<EntityType, Prf> byType = new EnumMap<>(EntityType.class);
        private Prf linking = Prf.ZERO;
        private int aliasesFound;
        private int aliases;
        private final Map<String, Prf> topics = new TreeMap<>();

        Acc(String name) {
            this.name = name;
        }

        void add(GoldArticle g, EnrichedArticle e) {
            articles++;
            EntityMatcher.Result r = EntityMatcher.match(g.entities(), e.entities());
            entities = entities.plus(EntityMatcher.count(r, null));
            for (EntityType t : EntityType.values()) {
                byType.merge(t, EntityMatcher.count(r, t), Prf::plus);
            }
            linking = linking.plus(EntityMatcher.countLinking(r));
            for (EntityMatcher.Pair p : r.pairs()) {
                Set<String> said = new HashSet<>();
                p.predicted().mentions().stream().map(Mention::text).map(TextFolder::fold).forEach(said::add);
                for (String alias : p.gold().aliases()) {
                    aliases++;
                    aliasesFound += said.contains(TextFolder.fold(alias)) ? 1 : 0;
                }
            }
            r.missed().forEach(m -> aliases += m.aliases().size());
            Set<String> predicted = new HashSet<>(e.topics().stream().map(TopicTag::id).toList());
            Set<String> ids = new HashSet<>(predicted);
            ids.addAll(g.topics());
            for (String id : ids) {
                boolean p = predicted.contains(id);
                boolean t = g.topics().contains(id);
                topics.merge(id, new Prf(p && t ? 1 : 0, p && !t ? 1 : 0, !p && t ? 1 : 0), Prf::plus);
            }
        }

        void errors(GoldArticle g, EnrichedArticle e, Map<String, Double> scores, List<String> errors) {
            EntityMatcher.Result r = EntityMatcher.match(g.entities(), e.entities());
            Set<String> predicted = new HashSet<>(e.topics().stream().map(TopicTag::id).toList());
            for (String t : g.topics()) {
                if (!predicted.contains(t)) {
                    errors.add(g.id() + " topic missed " + t + " " + scores.get(t));
                }
            }
            for (String t : predicted) {
                if (!g.topics().contains(t)) {
                    errors.add(g.id() + " topic spurious " + t + " " + scores.get(t));
                }
            }
            r.missed().forEach(m -> errors.add(g.id() + " entity missed " + m.type() + " " + m.name() + " " + m.aliases()));
            for (Entity s : r.spurious()) {
                errors.add(g.id() + " entity spurious " + s.type() + " " + s.id() + " "
                        + s.mentions().stream().map(Mention::text).distinct().toList());
            }
            r.pairs().stream().filter(p -> !p.linkedRight()).forEach(p -> errors.add(g.id() + " link wrong "
                    + p.gold().name() + " -> " + p.predicted().id() + " (" + p.predicted().name() + ")"));
        }

        EnrichReport.Part part() {
            Prf micro = topics.values().stream().reduce(Prf.ZERO, Prf::plus);
            return new EnrichReport.Part(name, articles, entities, byType, linking, aliasesFound, aliases, topics, micro);
        }
    }

    public static void main(String[] args) {
        Path gold = Path.of(args.length > 0 ? args[0] : "eval-data/enrich-gold.jsonl");
        EnrichReport report = run(gold);
        report.print(System.out);
        if (args.length > 1 && args[1].equals("--errors")) {
            report.printErrors(System.out);
        }
    }
}
