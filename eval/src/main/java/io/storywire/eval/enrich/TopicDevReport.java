package io.storywire.eval.enrich;

import io.storywire.core.model.Evidence;
import io.storywire.core.model.TopicTag;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/** Topic figures on the real dev sets: per set, all items, the tuned part and the held-aside fifth. */
public record TopicDevReport(List<SetResult> sets) {

    /** Per-topic and micro counts over one part of a set. */
    public record Part(String name, int items, Map<String, Prf> topics, Prf micro) {
        public Prf topic(String id) {
            return topics.getOrDefault(id, Prf.ZERO);
        }
    }

    /** A mistake on the tuned part: a topic predicted and not gold (falseAlarm) or gold and missed. */
    public record Miss(String id, String topic, boolean falseAlarm, TopicTag tag) {
    }

    public record SetResult(String set, int items, Part all, Part tuned, Part heldAside, List<Miss> misses) {
    }

    public SetResult set(String name) {
        return sets.stream().filter(s -> s.set().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no set " + name));
    }

    public void print(PrintStream out) {
        out.println("Topics on the real dev sets (../shared/devsets; per topic and micro P/R/F1 as score.py topics "
                + "computes them, ignore_topics pairs not counted; the held-aside fifth was never tuned on)");
        for (SetResult s : sets) {
            out.println();
            out.printf("== %s (%d items)%n", s.set(), s.items());
            for (Part p : List.of(s.all(), s.tuned(), s.heldAside())) {
                out.printf("  %-26s (%4d) micro %s%n", p.name(), p.items(), p.micro().format());
                p.topics().forEach((id, prf) -> {
                    if (prf.tp() + prf.fp() + prf.fn() > 0) {
                        out.printf("      %-12s %s%n", id, prf.format());
                    }
                });
            }
        }
    }

    /** The tuned parts' mistakes with the evidence behind a false alarm (ids only: no dev-set text is printed). */
    public void printMisses(PrintStream out) {
        for (SetResult s : sets) {
            out.println("Mistakes on the tuned part of " + s.set() + ":");
            for (Miss m : s.misses()) {
                StringBuilder ev = new StringBuilder();
                if (m.tag() != null) {
                    ev.append(" score ").append(m.tag().score()).append(":");
                    for (Evidence e : m.tag().evidence()) {
                        ev.append(' ').append(e.value()).append('@').append(e.field()).append('=').append(e.weight());
                    }
                }
                out.printf("  %s %s %s%s%n", m.id(), m.falseAlarm() ? "false alarm" : "missed", m.topic(), ev);
            }
        }
    }
}
