package io.storywire.eval.enrich;

import io.storywire.core.model.Entity;
import io.storywire.core.model.EntityType;
import io.storywire.core.model.Mention;
import io.storywire.enrich.text.TextFolder;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Pairs predicted entities with gold ones in one article. A predicted entity matches a gold entity of the same type
 * when one of its surface forms (canonical name or a mention's text) is one of the gold entity's forms (name or
 * alias), compared folded (case, accents, hyphenation); each side is used at most once, best overlap first.
 */
final class EntityMatcher {

    /** One matched pair and whether the link is right: the canonical name, with every gold form in that one id. */
    record Pair(GoldArticle.GoldEntity gold, Entity predicted, boolean linkedRight) {
    }

    record Result(List<Pair> pairs, List<GoldArticle.GoldEntity> missed, List<Entity> spurious) {
    }

    private EntityMatcher() {
    }

    static Result match(List<GoldArticle.GoldEntity> gold, List<Entity> predicted) {
        List<Pair> pairs = new ArrayList<>();
        List<GoldArticle.GoldEntity> missed = new ArrayList<>();
        Set<Entity> used = new HashSet<>();
        for (GoldArticle.GoldEntity g : gold) {
            Set<String> gForms = goldForms(g);
            Entity best = null;
            int bestOverlap = 0;
            for (Entity p : predicted) {
                if (used.contains(p) || p.type() != g.type()) {
                    continue;
                }
                int overlap = overlap(gForms, forms(p));
                if (overlap > bestOverlap) {
                    best = p;
                    bestOverlap = overlap;
                }
            }
            if (best == null) {
                missed.add(g);
                continue;
            }
            used.add(best);
            pairs.add(new Pair(g, best, linkedRight(g, best, predicted)));
        }
        List<Entity> spurious = predicted.stream().filter(p -> !used.contains(p)).toList();
        return new Result(pairs, missed, spurious);
    }

    /** The canonical name is the gold name and no other predicted entity took one of the gold forms. */
    private static boolean linkedRight(GoldArticle.GoldEntity g, Entity p, List<Entity> all) {
        if (!TextFolder.fold(g.name()).equals(TextFolder.fold(p.name()))) {
            return false;
        }
        Set<String> gForms = goldForms(g);
        for (Entity other : all) {
            if (other != p && overlap(gForms, forms(other)) > 0 && other.type() == g.type()) {
                return false;
            }
        }
        return true;
    }

    static Set<String> goldForms(GoldArticle.GoldEntity g) {
        Set<String> s = new HashSet<>();
        s.add(TextFolder.fold(g.name()));
        g.aliases().forEach(a -> s.add(TextFolder.fold(a)));
        return s;
    }

    static Set<String> forms(Entity p) {
        Set<String> s = new HashSet<>();
        s.add(TextFolder.fold(p.name()));
        for (Mention m : p.mentions()) {
            s.add(TextFolder.fold(m.text()));
        }
        return s;
    }

    private static int overlap(Set<String> a, Set<String> b) {
        int n = 0;
        for (String x : a) {
            if (b.contains(x)) {
                n++;
            }
        }
        return n;
    }

    static Prf count(Result r, EntityType type) {
        int tp = (int) r.pairs().stream().filter(p -> type == null || p.gold().type() == type).count();
        int fn = (int) r.missed().stream().filter(g -> type == null || g.type() == type).count();
        int fp = (int) r.spurious().stream().filter(e -> type == null || e.type() == type).count();
        return new Prf(tp, fp, fn);
    }

    static Prf countLinking(Result r) {
        int right = (int) r.pairs().stream().filter(Pair::linkedRight).count();
        int predicted = r.pairs().size() + r.spurious().size();
        int gold = r.pairs().size() + r.missed().size();
        return new Prf(right, predicted - right, gold - right);
    }
}
