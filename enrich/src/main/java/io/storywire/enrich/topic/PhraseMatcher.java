package io.storywire.enrich.topic;

import io.storywire.enrich.text.NormalizedText;
import io.storywire.enrich.text.TextFolder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;

/**
 * Finds every trigger phrase of a taxonomy in one pass over folded text. Whole words only, with a plural "s"/"es"
 * accepted and a trailing '*' matching any word ending. An all-capitals phrase ("THAAD") must match its capitals.
 */
final class PhraseMatcher {

    /** A phrase as configured, for one topic. */
    record Trigger(int topic, String phrase, double weight, boolean prefix, String exact) {
    }

    /** One phrase occurrence in the original text. */
    record Hit(Trigger trigger, int start, int end) {
    }

    private final Trie trie;
    private final Map<String, List<Trigger>> byKey;

    PhraseMatcher(List<TopicDefinition> topics) {
        Map<String, List<Trigger>> keys = new HashMap<>();
        for (int i = 0; i < topics.size(); i++) {
            for (Map.Entry<String, Double> p : topics.get(i).phrases().entrySet()) {
                String phrase = p.getKey().trim();
                boolean prefix = phrase.endsWith("*");
                String bare = prefix ? phrase.substring(0, phrase.length() - 1) : phrase;
                String key = TextFolder.fold(bare);
                if (key.isEmpty()) {
                    continue;
                }
                String letters = bare.replaceAll("[^\\p{L}\\p{N}]", "");
                String exact = letters.length() > 1 && letters.length() <= 6 && letters.equals(letters.toUpperCase())
                        && !letters.chars().allMatch(Character::isDigit) ? letters : null;
                keys.computeIfAbsent(key, k -> new ArrayList<>()).add(new Trigger(i, phrase, p.getValue(), prefix, exact));
            }
        }
        this.byKey = keys;
        this.trie = Trie.builder().addKeywords(keys.keySet()).build();
    }

    List<Hit> find(NormalizedText text) {
        String f = text.folded();
        List<Hit> hits = new ArrayList<>();
        if (byKey.isEmpty()) {
            return hits;
        }
        for (Emit emit : trie.parseText(f)) {
            int start = emit.getStart();
            int keyEnd = emit.getEnd() + 1;
            if (start > 0 && Character.isLetterOrDigit(f.charAt(start - 1))) {
                continue;
            }
            for (Trigger t : byKey.get(emit.getKeyword())) {
                int end = wordEnd(f, keyEnd, t.prefix());
                if (end < 0) {
                    continue;
                }
                int os = text.originStart(start);
                int oe = text.originEnd(end);
                if (t.exact() == null || letters(text.original(), os, oe).equals(t.exact())) {
                    hits.add(new Hit(t, os, oe));
                }
            }
        }
        return hits;
    }

    /** Where the match ends after an allowed ending, or -1 when the phrase stops inside a word. */
    private static int wordEnd(String f, int end, boolean prefix) {
        if (end == f.length() || !Character.isLetterOrDigit(f.charAt(end))) {
            return end;
        }
        if (prefix) {
            int e = end;
            while (e < f.length() && Character.isLetterOrDigit(f.charAt(e))) {
                e++;
            }
            return e;
        }
        for (String ending : new String[] {"s", "es"}) {
            int e = end + ending.length();
            if (f.startsWith(ending, end) && (e == f.length() || !Character.isLetterOrDigit(f.charAt(e)))) {
                return e;
            }
        }
        return -1;
    }

    private static String letters(String s, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                b.append(s.charAt(i));
            }
        }
        return b.toString();
    }
}
