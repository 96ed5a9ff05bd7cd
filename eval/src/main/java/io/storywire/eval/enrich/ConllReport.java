package io.storywire.eval.enrich;

import java.io.PrintStream;
import java.util.List;

/** Entity figures on the CoNLL-2003 dev split: all, tuned part and held-aside part, strict and lenient, per type. */
public record ConllReport(String set, int articles, ConllEval.Part tuned, ConllEval.Part heldAside,
                          double msPerArticle, List<String> tunedErrors) {

    public ConllEval.Part all() {
        return tuned.plus(heldAside, "all");
    }

    public void print(PrintStream out) {
        out.printf("Entities on real news: %s (CoNLL-2003 English dev, Reuters 1996-97, %d articles)%n", set, articles);
        out.println("  scorer's definitions (score.py entities): PER/ORG/LOC, MISC dropped; strict = same field, start,"
                + " end and type; lenient = per-article multiset of (normalised text, type). Target: strict F1 >= 0.88;"
                + " naive floor 0.546.");
        for (ConllEval.Part p : List.of(all(), tuned, heldAside)) {
            out.printf("  %-10s (%3d articles) strict %s%n", p.name(), p.articles(), p.strict().format());
            out.printf("  %-10s                lenient %s%n", "", p.lenient().format());
            StringBuilder per = new StringBuilder();
            for (String t : ConllEval.TYPES) {
                per.append(String.format("%s %.3f/%.3f  ", t, p.strict(t).f1(), p.lenient(t).f1()));
            }
            out.printf("  %-10s                per type strict/lenient F1: %s%n", "", per.toString().strip());
        }
        out.printf("  time per article through Enricher.enrich: %.2f ms (one thread)%n", msPerArticle);
    }

    public void printErrors(PrintStream out) {
        out.println("Errors on the tuned part (" + tunedErrors.size() + "):");
        tunedErrors.forEach(e -> out.println("  " + e));
    }
}
