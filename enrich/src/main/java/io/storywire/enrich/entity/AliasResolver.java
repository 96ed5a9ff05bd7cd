package io.storywire.enrich.entity;

import io.storywire.core.model.EntityType;
import io.storywire.enrich.text.TextFolder;
import io.storywire.enrich.text.Token;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Resolves short forms within one article, against the full names met in it:
 * <ul>
 *   <li>a person's family or given name alone: once "Lee Jae-myung" or "Wi Sung-lac" is named, "Lee", "President
 *   Lee", "Lee's" and "Wi" are the same person. A short form two people share ("Kim" with Kim Jong Un and Kim Yo
 *   Jong) goes to the one named most recently before it, else to the first named;</li>
 *   <li>an acronym defined in brackets after a name, "Korea International Trade Association (KITA)";</li>
 *   <li>an organisation found by the recogniser, without its last word: "Daesan" for "Daesan Autoparts".</li>
 * </ul>
 */
public final class AliasResolver {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Za-z0-9&]*[A-Z0-9]");

    private final Lexicon lex;

    public AliasResolver(Lexicon lex) {
        this.lex = lex;
    }

    /**
     * @param mentions the article's full-name mentions so far, in field then text order
     * @param tokens   the field's words
     * @return the extra mentions found in this field
     */
    public List<FoundMention> resolve(String field, String text, List<Token> tokens, List<FoundMention> mentions,
                                      Map<String, FoundMention> acronyms) {
        Map<String, List<FoundMention>> byShortForm = shortForms(mentions, acronyms);
        List<FoundMention> found = new ArrayList<>();
        if (byShortForm.isEmpty()) {
            return found;
        }
        BitSet covered = coveredChars(field, mentions);
        Map<String, Integer> counts = new HashMap<>();
        mentions.forEach(m -> counts.merge(m.id(), 1, Integer::sum));
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.capitalised() || covered(covered, t.start(), t.end())) {
                continue;
            }
            List<FoundMention> owners = byShortForm.get(TextFolder.fold(t.text()));
            if (owners == null) {
                continue;
            }
            FoundMention owner = owners.size() == 1 ? owners.get(0) : mostNamed(owners, field, t.start(), mentions, counts);
            if (owner.type() == EntityType.PERSON && partOfLongerName(tokens, i, covered)) {
                continue;
            }
            found.add(owner.at(field, t.start(), t.end(), t.text()));
        }
        return found;
    }

    private Map<String, List<FoundMention>> shortForms(List<FoundMention> mentions, Map<String, FoundMention> acronyms) {
        Map<String, List<FoundMention>> byShortForm = new LinkedHashMap<>();
        for (FoundMention m : mentions) {
            if (m.demonym()) {
                continue;
            }
            if (m.type() == EntityType.PERSON) {
                for (String name : List.of(m.name(), m.text())) {
                    String[] words = WHITESPACE.split(name.trim());
                    if (words.length >= 2) {
                        claim(byShortForm, words[0], m);
                        claim(byShortForm, words[words.length - 1], m);
                    }
                }
            } else if (m.type() == EntityType.ORGANIZATION && !m.linked()) {
                String[] words = WHITESPACE.split(m.name().trim());
                if (words.length == 2 && lex.orgSuffixes().contains(words[1])
                        && !lex.commonWords().contains(words[0].toLowerCase(Locale.ROOT))) {
                    claim(byShortForm, words[0], m);
                }
            }
        }
        acronyms.forEach((acronym, m) -> byShortForm.put(TextFolder.fold(acronym), new ArrayList<>(List.of(m))));
        return byShortForm;
    }

    private static void claim(Map<String, List<FoundMention>> byShortForm, String word, FoundMention m) {
        List<FoundMention> list = byShortForm.computeIfAbsent(TextFolder.fold(word), k -> new ArrayList<>());
        if (list.stream().noneMatch(x -> x.id().equals(m.id()))) {
            list.add(m);
        }
    }

    /** Acronyms defined right after a full name: "Korea Creative Content Agency (KOCCA)". */
    public static void collectAcronyms(String text, List<FoundMention> fieldMentions, Map<String, FoundMention> out) {
        for (FoundMention m : fieldMentions) {
            int i = m.end();
            if (i + 3 < text.length() && text.charAt(i) == ' ' && text.charAt(i + 1) == '(') {
                int close = text.indexOf(')', i + 2);
                if (close > i + 3 && close - i <= 12) {
                    String inner = text.substring(i + 2, close);
                    // "BEIJING (GNW)": a dateline's agency credit, not an acronym; an acronym shares the first letter
                    if (ACRONYM.matcher(inner).matches() && !inner.equals(inner.toLowerCase())
                            && !m.text().equals(m.text().toUpperCase())
                            && Character.toUpperCase(TextFolder.fold(m.text()).charAt(0)) == inner.charAt(0)) {
                        out.putIfAbsent(inner, m);
                    }
                }
            }
        }
    }

    /**
     * Of several people sharing a short form, the one the article names in full most often: the piece's subject is
     * the one reporters then call by surname. A tie goes to the one named most recently before.
     */
    private static FoundMention mostNamed(List<FoundMention> owners, String field, int at, List<FoundMention> all,
                                          Map<String, Integer> counts) {
        FoundMention best = null;
        long bestCount = -1;
        for (FoundMention o : owners) {
            long count = counts.getOrDefault(o.id(), 0);
            if (count > bestCount || (count == bestCount && lastBefore(o, field, at, all) > lastBefore(best, field, at, all))) {
                best = o;
                bestCount = count;
            }
        }
        return best;
    }

    /** Position of the owner's last full mention before the offset, title before body; -1 when none. */
    private static int lastBefore(FoundMention owner, String field, int at, List<FoundMention> all) {
        int pos = -1;
        for (FoundMention m : all) {
            boolean before = m.field().equals(field) ? m.start() < at : field.equals("body");
            if (before && m.id().equals(owner.id())) {
                pos = (m.field().equals("title") ? 0 : 1_000_000) + m.start();
            }
        }
        return pos;
    }

    /** "Jason Lee" or "Lee Hae-chan" unknown to both gazetteer and recogniser: not our Lee. */
    private boolean partOfLongerName(List<Token> tokens, int i, BitSet covered) {
        if (i + 1 < tokens.size() && !tokens.get(i).possessive()) {
            Token next = tokens.get(i + 1);
            if (next.capitalised() && next.joinsPrevious() && !covered(covered, next.start(), next.end())
                    && !next.sentenceStart() && !lex.commonWords().contains(next.lower())) {
                return true;
            }
        }
        if (i > 0 && tokens.get(i).joinsPrevious()) {
            Token prev = tokens.get(i - 1);
            String p = prev.lower().replace(".", "");
            return prev.capitalised() && !prev.possessive() && !covered(covered, prev.start(), prev.end())
                    && !prev.sentenceStart() && !lex.titles().contains(p) && !lex.commonWords().contains(p);
        }
        return false;
    }

    /** The characters of the field that mentions already claim: one pass, so long articles stay linear. */
    static BitSet coveredChars(String field, List<FoundMention> mentions) {
        BitSet covered = new BitSet();
        for (FoundMention m : mentions) {
            if (m.field().equals(field)) {
                covered.set(m.start(), m.end());
            }
        }
        return covered;
    }

    static boolean covered(BitSet covered, int start, int end) {
        int next = covered.nextSetBit(start);
        return next >= 0 && next < end;
    }
}
