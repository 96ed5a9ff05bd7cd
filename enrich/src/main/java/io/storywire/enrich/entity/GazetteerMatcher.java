package io.storywire.enrich.entity;

import io.storywire.enrich.text.NormalizedText;
import io.storywire.enrich.text.TextFolder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;

/**
 * Finds every gazetteer name in one pass (Aho-Corasick over folded text), keeping the longest match where names
 * overlap ("South Korea" over "Korea"). A match must be capitalised in the original ("china" the porcelain is not
 * China), and an all-capitals alias ("US", "WHO", "TWICE") must match its exact capitals, so "us" and "who" never do.
 */
public final class GazetteerMatcher {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private record Form(GazetteerEntry entry, boolean demonym, String exactLetters, String surface) {
    }

    private final Trie trie;
    private final Map<String, Form> forms;

    public GazetteerMatcher(Gazetteer gazetteer) {
        Map<String, Form> f = new HashMap<>();
        for (GazetteerEntry e : gazetteer.entries()) {
            add(f, e, e.name(), false);
            e.aliases().forEach(a -> add(f, e, a, false));
            e.demonyms().forEach(d -> {
                add(f, e, d, true);
                if (!d.endsWith("s") && !d.endsWith("ese") && !d.endsWith("i")) {
                    add(f, e, d + "s", true);
                }
            });
        }
        this.forms = f;
        this.trie = Trie.builder().addKeywords(f.keySet()).build();
    }

    private static void add(Map<String, Form> forms, GazetteerEntry e, String surface, boolean demonym) {
        String letters = surface.replaceAll("[^\\p{L}\\p{N}]", "");
        String exact = letters.length() > 1 && letters.equals(letters.toUpperCase())
                && !letters.equals(letters.toLowerCase()) ? letters : null;
        put(forms, TextFolder.fold(surface), new Form(e, demonym, exact, surface));
        if (surface.indexOf('-') > 0) {
            // "Lee Jae-myung" is also written "Lee Jaemyung"
            put(forms, TextFolder.fold(surface.replace("-", "")), new Form(e, demonym, exact, surface));
        }
    }

    private static void put(Map<String, Form> forms, String key, Form form) {
        if (key.isEmpty()) {
            return;
        }
        // the first entry to claim a form keeps it: countries load first, then places, people, organisations;
        // the same entry listing a form in capitals and in mixed case ("ITZY", "Itzy") accepts either
        Form old = forms.putIfAbsent(key, form);
        if (old != null && old.entry() == form.entry() && (old.exactLetters() != null || form.exactLetters() == null)
                && capitals(form.surface()) < capitals(old.surface())) {
            forms.put(key, form); // "SK hynix" as well as "SK Hynix": the spelling with fewer capitals admits both
        }
    }

    public List<GazetteerHit> find(String field, NormalizedText text) {
        Map<Integer, Emit> longestAt = new HashMap<>();
        for (Emit emit : trie.parseText(text.folded())) {
            int start = emit.getStart();
            int end = emit.getEnd() + 1;
            if (!text.isWholeWords(start, end) || !acceptable(text, start, end, forms.get(emit.getKeyword()))) {
                continue;
            }
            Emit prev = longestAt.get(start);
            if (prev == null || prev.getEnd() < emit.getEnd()) {
                longestAt.put(start, emit);
            }
        }
        List<Emit> sorted = new ArrayList<>(longestAt.values());
        sorted.sort((a, b) -> a.getStart() != b.getStart() ? Integer.compare(a.getStart(), b.getStart())
                : Integer.compare(b.getEnd(), a.getEnd()));
        List<GazetteerHit> hits = new ArrayList<>();
        int covered = -1;
        for (int i = 0; i < sorted.size(); i++) {
            Emit emit = sorted.get(i);
            if (emit.getStart() <= covered) {
                continue;
            }
            // a later match that starts inside this one but reaches further wins only if it is longer
            Emit best = emit;
            for (int j = i + 1; j < sorted.size() && sorted.get(j).getStart() <= best.getEnd(); j++) {
                if (sorted.get(j).size() > best.size()) {
                    best = sorted.get(j);
                }
            }
            if (best != emit) {
                continue;
            }
            covered = emit.getEnd();
            Form form = forms.get(emit.getKeyword());
            int start = text.originStart(emit.getStart());
            int end = text.originEnd(emit.getEnd() + 1);
            hits.add(new GazetteerHit(form.entry(), field, start, end, text.original().substring(start, end),
                    form.demonym()));
        }
        return hits;
    }

    private static int capitals(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            n += Character.isUpperCase(s.charAt(i)) ? 1 : 0;
        }
        return n;
    }

    /**
     * Each word the alias capitalises is capitalised in the text too (when both split into the same number of
     * words): "China's foreign ministry" is a description, not "China's Foreign Ministry".
     */
    private static boolean sameCapitals(String text, String alias) {
        if (text.indexOf(' ') < 0) {
            return true;
        }
        String[] t = WHITESPACE.split(text);
        String[] a = WHITESPACE.split(alias);
        if (t.length != a.length) {
            return true;
        }
        for (int i = 0; i < t.length; i++) {
            if (!a[i].isEmpty() && Character.isUpperCase(a[i].charAt(0)) && !t[i].isEmpty()
                    && Character.isLowerCase(t[i].charAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static boolean acceptable(NormalizedText text, int start, int end, Form form) {
        String original = text.original();
        int os = text.originStart(start);
        int oe = text.originEnd(end);
        if (!Character.isUpperCase(original.charAt(os)) && !Character.isDigit(original.charAt(os))) {
            // a name spelled in lower case by its owner ("aespa") matches that exact spelling only
            return Character.isLowerCase(form.surface().charAt(0)) && original.substring(os, oe).equals(form.surface());
        }
        if (!sameCapitals(original.substring(os, oe), form.surface())) {
            return false;
        }
        if (form.exactLetters() != null) {
            StringBuilder letters = new StringBuilder();
            for (int i = os; i < oe; i++) {
                char c = original.charAt(i);
                if (Character.isLetterOrDigit(c)) {
                    letters.append(c);
                }
            }
            return letters.toString().equals(form.exactLetters());
        }
        return true;
    }
}
