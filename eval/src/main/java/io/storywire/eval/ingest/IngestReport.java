package io.storywire.eval.ingest;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@code eval ingest} found, printable. Acceptance comes first; further ingest figures (HTML snippets, dates)
 * are more sections of this report.
 *
 * @param acceptance one line per (set, form): the tuned part and the held-aside part side by side
 */
public record IngestReport(List<Acceptance> acceptance) {

    /** One set read in one form. */
    public record Acceptance(String set, String form, AcceptanceTally tuned, AcceptanceTally heldAside) {

        public double acceptedShare() {
            int items = tuned.items() + heldAside.items();
            return items == 0 ? 1.0 : (double) (tuned.accepted() + heldAside.accepted()) / items;
        }
    }

    /** The lowest accepted share over every set and form. */
    public double lowestAcceptedShare() {
        return acceptance.stream().mapToDouble(Acceptance::acceptedShare).min().orElse(1.0);
    }

    public void print(PrintStream out) {
        out.println("ingest acceptance: real articles through the real parser (tuned part | held-aside part)");
        out.printf(Locale.ROOT, "%-22s %-6s %17s %17s %9s %9s%n", "set", "form", "accepted (tuned)",
                "accepted (held)", "articles", "headlines");
        for (Acceptance a : acceptance) {
            out.printf(Locale.ROOT, "%-22s %-6s %7.2f%% %4d/%-4d %7.2f%% %4d/%-4d %9d %9d%n", a.set(), a.form(),
                    100 * a.tuned().acceptedShare(), a.tuned().accepted(), a.tuned().items(),
                    100 * a.heldAside().acceptedShare(), a.heldAside().accepted(), a.heldAside().items(),
                    a.tuned().articles() + a.heldAside().articles(),
                    a.tuned().headlines() + a.heldAside().headlines());
        }
        out.println("flags (share of accepted items, tuned | held-aside):");
        for (Acceptance a : acceptance) {
            Map<String, int[]> both = new TreeMap<>();
            a.tuned().flags().forEach((k, v) -> both.computeIfAbsent(k, x -> new int[2])[0] = v);
            a.heldAside().flags().forEach((k, v) -> both.computeIfAbsent(k, x -> new int[2])[1] = v);
            StringBuilder line = new StringBuilder();
            both.forEach((code, n) -> line.append(String.format(Locale.ROOT, "  %s %d (%.1f%%) | %d (%.1f%%)", code,
                    n[0], share(n[0], a.tuned().accepted()), n[1], share(n[1], a.heldAside().accepted()))));
            out.printf(Locale.ROOT, "  %s/%s:%s%n", a.set(), a.form(), both.isEmpty() ? " none" : line);
        }
        boolean any = false;
        for (Acceptance a : acceptance) {
            for (AcceptanceTally t : List.of(a.tuned(), a.heldAside())) {
                for (String r : t.rejections()) {
                    if (!any) {
                        out.println("rejected:");
                        any = true;
                    }
                    out.printf("  %s/%s %s%n", a.set(), a.form(), r);
                }
            }
        }
        if (!any) {
            out.println("rejected: none");
        }
    }

    private static double share(int n, int of) {
        return of == 0 ? 0 : 100.0 * n / of;
    }
}
