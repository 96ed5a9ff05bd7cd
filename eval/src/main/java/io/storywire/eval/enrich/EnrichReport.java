package io.storywire.eval.enrich;

import io.storywire.core.model.EntityType;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Entity and topic quality over one gold set, for the whole set and for its two parts: the development part rules
 * and taxonomy were tuned on, and the held-out part nobody tuned on (every third article: g003, g006, ...).
 */
public record EnrichReport(String goldFile, Part all, Part development, Part heldOut, List<String> errors) {

    /** The figures of one part of the gold set. */
    public record Part(String name, int articles, Prf entities, Map<EntityType, Prf> entitiesByType, Prf linking,
                       int aliasesFound, int aliases, Map<String, Prf> topics, Prf topicsMicro) {

        public double aliasRecall() {
            return aliases == 0 ? 1.0 : (double) aliasesFound / aliases;
        }

        static Part empty(String name) {
            return new Part(name, 0, Prf.ZERO, new TreeMap<>(), Prf.ZERO, 0, 0, new TreeMap<>(), Prf.ZERO);
        }
    }

    public void print(PrintStream out) {
        out.println("Enrichment quality over " + goldFile);
        for (Part p : List.of(all, development, heldOut)) {
            print(p, out);
        }
    }

    /** The development part's misses and false alarms, for whoever tunes rules and taxonomy. */
    public void printErrors(PrintStream out) {
        out.println("Errors on the development part:");
        errors.forEach(e -> out.println("  " + e));
    }

    private static void print(Part p, PrintStream out) {
        out.println();
        out.printf("== %s (%d articles)%n", p.name(), p.articles());
        out.printf("entities            %s%n", p.entities().format());
        for (EntityType t : EntityType.values()) {
            out.printf("  %-17s %s%n", t, p.entitiesByType().getOrDefault(t, Prf.ZERO).format());
        }
        out.printf("canonical-id link   %s%n", p.linking().format());
        out.printf("aliases resolved    %d/%d (%.3f)%n", p.aliasesFound(), p.aliases(), p.aliasRecall());
        out.printf("topics (micro)      %s%n", p.topicsMicro().format());
        p.topics().forEach((id, prf) -> out.printf("  %-17s %s%n", id, prf.format()));
    }
}
