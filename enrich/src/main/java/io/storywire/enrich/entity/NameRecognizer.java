package io.storywire.enrich.entity;

import io.storywire.core.model.EntityType;
import io.storywire.enrich.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds names no gazetteer knows by rules a reader would state: a run of capitalised words is a name; its type
 * comes from its last word ("... Agency", "... University of X", "... Province"), from a title before it
 * ("Minister", "professor"), from the shape of a personal name (a known family name then a given name: "Wi
 * Sung-lac"; a known given name: "Balian Wang"), from what follows ("X said", "X, a professor") or from a place cue
 * ("in Gyeongju"). A run typed by none of these is dropped: precision over recall for unknown names. A sentence's
 * first word is kept only if it is not a common word and never appears in lower case in the article.
 */
public final class NameRecognizer {

    private final Lexicon lex;

    public NameRecognizer(Lexicon lex) {
        this.lex = lex;
    }

    /**
     * @param coverage      per token, what gazetteer hits claim it
     * @param heading       per token, whether it stands in a title-case line
     * @param lowerVocabulary words the article uses in lower case somewhere
     */
    public List<RecognizedName> find(String field, String text, List<Token> tokens, Coverage[] coverage,
                                     boolean[] heading, Set<String> lowerVocabulary) {
        List<RecognizedName> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!tokens.get(i).capitalised()) {
                i++;
                continue;
            }
            int end = runEnd(tokens, i);
            recognizeRun(field, text, tokens, coverage, heading, lowerVocabulary, i, end, out);
            i = end;
        }
        return out;
    }

    /** Exclusive end of the run of joined capitalised words starting at {@code from}. */
    private int runEnd(List<Token> tokens, int from) {
        int j = from + 1;
        boolean sawOf = false;
        while (j < tokens.size()) {
            Token prev = tokens.get(j - 1);
            Token t = tokens.get(j);
            if (prev.possessive() || !t.joinsPrevious()) {
                break;
            }
            if (t.capitalised()) {
                j++;
                continue;
            }
            String w = t.lower();
            boolean connector = lex.connectors().contains(w) && (!w.equals("and") || sawOf);
            if (connector && j + 1 < tokens.size() && tokens.get(j + 1).capitalised() && tokens.get(j + 1).joinsPrevious()
                    && !t.possessive()) {
                sawOf |= w.equals("of");
                j++;
                continue;
            }
            break;
        }
        return j;
    }

    private void recognizeRun(String field, String text, List<Token> tokens, Coverage[] coverage, boolean[] heading,
                              Set<String> lowerVocabulary, int from, int to, List<RecognizedName> out) {
        int s = from;
        while (s < to && isDroppable(tokens.get(s), lowerVocabulary)) {
            s++;
        }
        if (s >= to) {
            return;
        }
        int orgEnd = organisationEnd(tokens, coverage, s, to);
        if (orgEnd > 0) {
            int start = s;
            while (orgEnd - start > 2 && coverage[start] == Coverage.NONE && isTitle(tokens.get(start))
                    && !lex.orgHeads().contains(tokens.get(start).text())) {
                start++;
            }
            if (orgEnd - start >= 2) {
                boolean overrides = anyCovered(coverage, start, orgEnd);
                out.add(name(EntityType.ORGANIZATION, field, text, tokens, start, orgEnd, heading, overrides));
            }
            if (orgEnd < to) {
                recognizeRun(field, text, tokens, coverage, heading, lowerVocabulary, orgEnd, to, out);
            }
            return;
        }
        int placeEnd = placeEnd(tokens, coverage, s, to);
        if (placeEnd > 0) {
            out.add(name(EntityType.PLACE, field, text, tokens, s, placeEnd, heading, anyCovered(coverage, s, placeEnd)));
            if (placeEnd < to) {
                recognizeRun(field, text, tokens, coverage, heading, lowerVocabulary, placeEnd, to, out);
            }
            return;
        }
        // split at what the gazetteer already knows; each uncovered stretch may be a person or a place
        int k = s;
        boolean titled = titleBefore(tokens, s);
        while (k < to) {
            if (coverage[k] != Coverage.NONE) {
                titled = false;
                k++;
                continue;
            }
            int segEnd = k;
            while (segEnd < to && coverage[segEnd] == Coverage.NONE) {
                segEnd++;
            }
            int a = k;
            while (a < segEnd && (isTitle(tokens.get(a)) || isConnector(tokens.get(a))
                    || isDroppable(tokens.get(a), lowerVocabulary))) {
                titled |= isTitle(tokens.get(a));
                a++;
            }
            int b = segEnd;
            while (b > a && isConnector(tokens.get(b - 1))) {
                b--;
            }
            EntityType type = a < b ? personOrPlace(tokens, a, b, titled, from, to) : null;
            if (type != null) {
                out.add(name(type, field, text, tokens, a, b, heading, false));
            }
            titled = false;
            k = segEnd;
        }
    }

    private EntityType personOrPlace(List<Token> tokens, int a, int b, boolean titled, int runFrom, int runTo) {
        int n = b - a;
        Token first = tokens.get(a);
        if (n >= 2 && n <= 4 && titled && allCapitalised(tokens, a, b)) {
            return EntityType.PERSON;
        }
        if (n >= 2 && n <= 3 && allCapitalised(tokens, a, b)) {
            if (lex.surnames().contains(first.text()) && !lex.orgSuffixes().contains(tokens.get(b - 1).text())) {
                return EntityType.PERSON;
            }
            if (lex.givenNames().contains(first.text())) {
                return EntityType.PERSON;
            }
            if (b == runTo && cueAfter(tokens, b)) {
                return EntityType.PERSON;
            }
        }
        if (n == 1 && a == runFrom && b == runTo && a > 0 && !lex.surnames().contains(first.text())
                && !lex.givenNames().contains(first.text()) && !lex.commonWords().contains(first.lower())
                && !first.sentenceStart() && first.joinsPrevious() && !first.text().equals(first.text().toUpperCase())
                && lex.placeCues().contains(tokens.get(a - 1).text())) {
            return EntityType.PLACE;
        }
        return null;
    }

    /** Exclusive end of an organisation name in the run, or -1: "... Agency", "University of ...". */
    private int organisationEnd(List<Token> tokens, Coverage[] coverage, int s, int to) {
        for (int k = s; k < to; k++) {
            Token t = tokens.get(k);
            boolean suffix = lex.orgSuffixes().contains(t.text()) && k > s;
            boolean head = lex.orgHeads().contains(t.text()) && k + 1 < to && tokens.get(k + 1).text().equals("of");
            if (!suffix && !head) {
                continue;
            }
            int end = k + 1 < to && tokens.get(k + 1).text().equals("of") ? to : k + 1;
            return knownBetter(coverage, s, end) ? -1 : end;
        }
        return -1;
    }

    private int placeEnd(List<Token> tokens, Coverage[] coverage, int s, int to) {
        for (int k = s + 1; k < to; k++) {
            if (lex.placeSuffixes().contains(tokens.get(k).text())) {
                return knownBetter(coverage, s, k + 1) ? -1 : k + 1;
            }
        }
        return -1;
    }

    /** A known person or organisation is in the span, or the gazetteer already covers all of it. */
    private static boolean knownBetter(Coverage[] coverage, int from, int to) {
        boolean uncovered = false;
        for (int c = from; c < to; c++) {
            if (coverage[c] == Coverage.NAMED) {
                return true;
            }
            uncovered |= coverage[c] == Coverage.NONE;
        }
        return !uncovered;
    }

    private boolean titleBefore(List<Token> tokens, int s) {
        if (s == 0) {
            return false;
        }
        Token prev = tokens.get(s - 1);
        String gap = tokens.get(s).gapBefore().trim();
        return (gap.isEmpty() || gap.equals(",")) && !prev.capitalised() && lex.titles().contains(prev.lower());
    }

    private boolean cueAfter(List<Token> tokens, int b) {
        if (b >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(b);
        String gap = next.gapBefore().trim();
        if (gap.isEmpty() && lex.cueAfter().contains(next.lower())) {
            return true;
        }
        return gap.equals(",") && (next.lower().equals("a") || next.lower().equals("an") || next.lower().equals("the")
                || next.lower().equals("who") || lex.titles().contains(next.lower()));
    }

    private boolean isTitle(Token t) {
        return lex.titles().contains(t.lower()) || lex.titles().contains(t.lower().replace(".", ""));
    }

    private boolean isConnector(Token t) {
        return !t.capitalised() && lex.connectors().contains(t.lower());
    }

    private boolean isDroppable(Token t, Set<String> lowerVocabulary) {
        String w = t.lower();
        return lex.commonWords().contains(w) || (t.sentenceStart() && lowerVocabulary.contains(w));
    }

    private static boolean allCapitalised(List<Token> tokens, int a, int b) {
        for (int i = a; i < b; i++) {
            if (!tokens.get(i).capitalised()) {
                return false;
            }
        }
        return true;
    }

    private static boolean anyCovered(Coverage[] coverage, int a, int b) {
        for (int i = a; i < b; i++) {
            if (coverage[i] != Coverage.NONE) {
                return true;
            }
        }
        return false;
    }

    private static RecognizedName name(EntityType type, String field, String text, List<Token> tokens, int a, int b,
                                       boolean[] heading, boolean overrides) {
        int start = tokens.get(a).start();
        int end = tokens.get(b - 1).end();
        return new RecognizedName(type, field, start, end, text.substring(start, end), heading[a], overrides);
    }
}
