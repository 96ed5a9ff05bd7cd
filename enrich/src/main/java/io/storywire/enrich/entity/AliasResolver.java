package io.storywire.enrich.entity;

import io.storywire.core.model.EntityType;
import io.storywire.enrich.text.TextFolder;
import io.storywire.enrich.text.Token;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves short forms within one article: once "Lee Jae-myung" or "Wi Sung-lac" is named, a lone "Lee" or "Wi"
 * (also "President Lee", "Lee's") is the same person. A short form shared by two people of the article ("Kim" with
 * Kim Jong Un and Kim Yo Jong) goes to the one named most recently before it, else to the first named.
 */
public final class AliasResolver {

    private final Lexicon lex;

    public AliasResolver(Lexicon lex) {
        this.lex = lex;
    }

    /**
     * @param mentions the article's full-name mentions so far, in field then text order
     * @param tokens   the field's words
     * @return the extra mentions found in this field
     */
    public List<FoundMention> resolve(String field, List<Token> tokens, List<FoundMention> mentions) {
        Map<String, List<FoundMention>> byShortForm = new LinkedHashMap<>();
        for (FoundMention m : mentions) {
            if (m.type() != EntityType.PERSON || m.demonym()) {
                continue;
            }
            for (String name : List.of(m.name(), m.text())) {
                String[] words = name.trim().split("\\s+");
                if (words.length < 2) {
                    continue;
                }
                for (String w : new String[] {words[0], words[words.length - 1]}) {
                    List<FoundMention> list = byShortForm.computeIfAbsent(TextFolder.fold(w), k -> new ArrayList<>());
                    if (list.stream().noneMatch(x -> x.id().equals(m.id()))) {
                        list.add(m);
                    }
                }
            }
        }
        List<FoundMention> found = new ArrayList<>();
        if (byShortForm.isEmpty()) {
            return found;
        }
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.capitalised() || covered(field, t, mentions)) {
                continue;
            }
            List<FoundMention> owners = byShortForm.get(TextFolder.fold(t.text()));
            if (owners == null || partOfLongerName(tokens, i, field, mentions, lex)) {
                continue;
            }
            FoundMention owner = owners.size() == 1 ? owners.get(0) : nearestBefore(owners, field, t.start(), mentions);
            found.add(owner.at(field, t.start(), t.end(), t.text()));
        }
        return found;
    }

    private static FoundMention nearestBefore(List<FoundMention> owners, String field, int at, List<FoundMention> all) {
        FoundMention best = null;
        for (FoundMention m : all) {
            boolean before = m.field().equals(field) ? m.start() < at : field.equals("body");
            if (before && owners.stream().anyMatch(o -> o.id().equals(m.id()))) {
                best = m;
            }
        }
        return best != null ? best : owners.get(0);
    }

    /** "Jason Lee" or "Lee Hae-chan" unknown to both gazetteer and recogniser: not our Lee. */
    private static boolean partOfLongerName(List<Token> tokens, int i, String field, List<FoundMention> mentions,
                                            Lexicon lex) {
        if (i + 1 < tokens.size() && !tokens.get(i).possessive()) {
            Token next = tokens.get(i + 1);
            if (next.capitalised() && next.joinsPrevious() && !covered(field, next, mentions)
                    && !next.sentenceStart()) {
                return true;
            }
        }
        if (i > 0 && tokens.get(i).joinsPrevious()) {
            Token prev = tokens.get(i - 1);
            String p = prev.lower().replace(".", "");
            return prev.capitalised() && !prev.possessive() && !covered(field, prev, mentions)
                    && !prev.sentenceStart() && !lex.titles().contains(p) && !lex.commonWords().contains(p);
        }
        return false;
    }

    private static boolean covered(String field, Token t, List<FoundMention> mentions) {
        for (FoundMention m : mentions) {
            if (m.field().equals(field) && m.start() < t.end() && t.start() < m.end()) {
                return true;
            }
        }
        return false;
    }
}
