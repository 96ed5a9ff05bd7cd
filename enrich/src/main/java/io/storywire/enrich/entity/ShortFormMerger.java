package io.storywire.enrich.entity;

import io.storywire.core.model.EntityType;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Folds short forms of names the recogniser found into their full names, before single-word aliases are resolved:
 * a bracketed acronym ("KITA" after "Korea International Trade Association (KITA)") and an organisation named
 * without its last word ("Nova Ray" for "Nova Ray Entertainment"), which the rules might otherwise take for a
 * separate name or a person.
 */
final class ShortFormMerger {

    private final Lexicon lex;

    ShortFormMerger(Lexicon lex) {
        this.lex = lex;
    }

    /** Replaces unlinked mentions that are acronyms or short forms of another entity, and adds missed ones. */
    List<FoundMention> merge(List<FoundMention> mentions, Map<String, FoundMention> acronyms,
                             Map<String, String> textByField) {
        Map<String, FoundMention> prefixes = new HashMap<>();
        for (FoundMention m : mentions) {
            if (m.type() == EntityType.ORGANIZATION && !m.linked()) {
                String[] words = m.name().split(" ");
                if (words.length >= 2 && lex.orgSuffixes().contains(words[words.length - 1])) {
                    prefixes.putIfAbsent(m.name().substring(0, m.name().lastIndexOf(' ')), m);
                }
            }
        }
        List<FoundMention> out = new ArrayList<>(mentions.size());
        for (FoundMention m : mentions) {
            FoundMention owner = m.linked() ? null : acronyms.getOrDefault(m.text(), prefixes.get(m.text()));
            out.add(owner != null && !owner.id().equals(m.id()) ? owner.at(m.field(), m.start(), m.end(), m.text()) : m);
        }
        textByField.forEach((field, text) -> {
            BitSet covered = AliasResolver.coveredChars(field, out);
            prefixes.forEach((prefix, org) -> {
                for (int i = text.indexOf(prefix); i >= 0; i = text.indexOf(prefix, i + 1)) {
                    int end = i + prefix.length();
                    if (wordAt(text, i, end) && !AliasResolver.covered(covered, i, end)) {
                        out.add(org.at(field, i, end, prefix));
                        covered.set(i, end);
                    }
                }
            });
        });
        return out;
    }

    private static boolean wordAt(String text, int start, int end) {
        return (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)))
                && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
    }

}
