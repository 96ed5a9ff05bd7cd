package io.storywire.enrich.entity;

import io.storywire.core.model.EntityType;
import io.storywire.enrich.text.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Types a stretch of capitalised words that neither the gazetteer nor an organisation or place suffix explains.
 * A person: after a title ("Minister", "Lawyer", "professor,"), or shaped like a name (a known family name first:
 * "Wi Sung-lac"; a known given name first: "Balian Wang"; a hyphenated given name: "Liao Wen-hsuan"), or followed
 * by "said" or ", a ...", or simply two or three capitalised words none of which the article also uses in lower
 * case. An unknown all-capitals word is an organisation ("VANTA9", "KTN"), or a place when it opens the body as a
 * dateline ("MILLBROOK, Ohio"). A lone capitalised word after "in", "near", "from" is a place.
 */
final class SegmentTyper {

    private static final Pattern DATELINE_GAP = Pattern.compile("\\s*[,(\u2014\u2013-]");
    private static final Pattern HYPHENATED_GIVEN_NAME = Pattern.compile("\\p{Lu}\\p{Ll}+-\\p{Ll}+");
    /** Two romanised Korean syllables joined by a hyphen ("Jae-hyun", "Seo-ah"): a given or stage name alone. */
    private static final String SYLLABLE = "(?:kk|tt|pp|ss|jj|ch|sh|g|k|n|d|t|r|l|m|b|p|s|j|h)?"
            + "(?:yae|yeo|wae|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|oo|ee|a|e|o|u|i)(?:ng|n|k|l|m|p|t)?";
    private static final Pattern KOREAN_GIVEN_NAME = Pattern.compile(SYLLABLE + "-" + SYLLABLE);

    private final Lexicon lex;

    SegmentTyper(Lexicon lex) {
        this.lex = lex;
    }

    void type(NameRecognizer.Ctx ctx, int a, int b, int runFrom, int runTo) {
        List<Token> tokens = ctx.tokens();
        int p = a;
        while (p < b) {
            int q = p;
            while (q < b && !isConnector(tokens.get(q))) {
                q++;
            }
            typePiece(ctx, p, q, runFrom, runTo);
            p = q + 1;
        }
    }

    private void typePiece(NameRecognizer.Ctx ctx, int p, int q, int runFrom, int runTo) {
        List<Token> tokens = ctx.tokens();
        boolean titled = p == runFrom && titleBefore(tokens, p);
        int a = p;
        while (a < q && (isTitle(tokens.get(a)) || !titled && isDroppable(tokens.get(a), ctx.lowerVocabulary()))) {
            titled |= isTitle(tokens.get(a));
            a++;
        }
        if (q - a >= 3 && tokens.get(a).sentenceStart() && !isKnownName(tokens.get(a)) && isKnownName(tokens.get(a + 1))) {
            a++; // "Artists Grace Park opened ...": the sentence starts with a plain word before the name
        }
        int n = q - a;
        if (n <= 0 || quoted(ctx.text(), tokens.get(a).start(), tokens.get(q - 1).end()) || namedThing(tokens, a)) {
            return;
        }
        Token first = tokens.get(a);
        Token last = tokens.get(q - 1);
        boolean dateline = ctx.field().equals("body") && a <= 2 && a == runFrom && q == runTo && allCaps(tokens, a, q)
                && (q == tokens.size() || DATELINE_GAP.matcher(tokens.get(q).gapBefore()).lookingAt());
        if (dateline) {
            ctx.add(EntityType.PLACE, a, q, false);
            return;
        }
        if (n == 1 && isAcronym(first) && !ctx.heading()[a]) {
            ctx.add(EntityType.ORGANIZATION, a, q, false);
            return;
        }
        if (a == runFrom && q == runTo && placeNounAround(tokens, a, q)) {
            ctx.add(EntityType.PLACE, a, q, false);
            return;
        }
        if (n == 1 && a > 0 && first.joinsPrevious() && lex.personCues().contains(tokens.get(a - 1).lower())
                && !lex.commonWords().contains(first.lower())) {
            ctx.add(EntityType.PERSON, a, q, false);
            return;
        }
        if (n == 1 && koreanGivenName(first.text()) && (cueAfter(tokens, q) || first.possessive())) {
            ctx.add(EntityType.PERSON, a, q, false); // "Jae-hyun, the main dancer", "Seo-ah's solo"
            return;
        }
        if (n >= 2 && HYPHENATED_GIVEN_NAME.matcher(last.text()).matches() && tokens.get(q - 2).capitalised()
                && !isAcronym(tokens.get(q - 2))) {
            ctx.add(EntityType.PERSON, q - 2, q, false);
            return;
        }
        if (n <= 4 && a > 0 && a == p && first.joinsPrevious() && !first.sentenceStart() && allCapitalised(tokens, a, q)
                && lex.orgCues().contains(tokens.get(a - 1).lower()) && !tokens.get(a - 1).possessive()
                && !ctx.lowerVocabulary().contains(first.lower())) {
            ctx.add(EntityType.ORGANIZATION, a, q, false); // "girl group Aurelle", "boy group Stellar Nine"
            return;
        }
        boolean nameShaped = allCapitalised(tokens, a, q) && !anyAcronym(tokens, a, q);
        if (allCapitalised(tokens, a, q) && n >= 2 && n <= 4 && titled) {
            ctx.add(EntityType.PERSON, a, q, false);
            return;
        }
        if (q == runTo && describedAsOrganisation(tokens, q)) {
            ctx.add(EntityType.ORGANIZATION, a, q, false);
            return;
        }
        if (nameShaped && n >= 2 && a > 0 && a == runFrom && tokens.get(a).joinsPrevious()
                && tokens.get(a - 1).text().equals("at")) {
            ctx.add(EntityType.ORGANIZATION, a, q, false); // "analysts at Mirae Asset": a workplace, not a person
            return;
        }
        if (nameShaped && n >= 2 && n <= 3) {
            boolean shape = lex.surnames().contains(first.text()) || lex.givenNames().contains(first.text());
            boolean cue = q == runTo && cueAfter(tokens, q);
            if (shape || cue || plainName(tokens, a, q, ctx.lowerVocabulary())) {
                ctx.add(EntityType.PERSON, a, q, false);
            }
            return;
        }
        if (n == 1 && a == runFrom && q == runTo && a > 0 && !lex.surnames().contains(first.text())
                && !lex.givenNames().contains(first.text()) && !lex.commonWords().contains(first.lower())
                && !ctx.lowerVocabulary().contains(first.lower())
                && !first.sentenceStart() && first.joinsPrevious() && !isAcronym(first)
                && !lex.acronymStoplist().contains(first.text())
                && lex.placeCues().contains(tokens.get(a - 1).text())) {
            ctx.add(EntityType.PLACE, a, q, false);
        }
    }

    static boolean koreanGivenName(String w) {
        return w.length() > 3 && Character.isUpperCase(w.charAt(0)) && w.substring(1).equals(w.substring(1).toLowerCase(Locale.ROOT))
                && KOREAN_GIVEN_NAME.matcher(w.toLowerCase(Locale.ROOT)).matches();
    }

    private boolean isKnownName(Token t) {
        return lex.givenNames().contains(t.text()) || lex.surnames().contains(t.text());
    }

    /** "a space called Common Ground", "a show titled X": the name of a thing whose kind the rules cannot tell. */
    private static boolean namedThing(List<Token> tokens, int a) {
        if (a == 0 || !tokens.get(a).joinsPrevious()) {
            return false;
        }
        String prev = tokens.get(a - 1).lower();
        return prev.equals("called") || prev.equals("named") || prev.equals("dubbed") || prev.equals("titled")
                || prev.equals("entitled") || prev.equals("as") && a > 1 && tokens.get(a - 2).lower().equals("known");
    }

    /** ", a Singapore-based exchange": an apposition naming a kind of organisation within a few words. */
    private boolean describedAsOrganisation(List<Token> tokens, int q) {
        if (q + 1 >= tokens.size() || !tokens.get(q).gapBefore().trim().equals(",")) {
            return false;
        }
        String article = tokens.get(q).lower();
        if (!article.equals("a") && !article.equals("an") && !article.equals("the")) {
            return false;
        }
        for (int i = q + 1; i < Math.min(tokens.size(), q + 5); i++) {
            Token t = tokens.get(i);
            if (i > q + 1 && !t.joinsPrevious()) {
                return false;
            }
            if (lex.titles().contains(t.lower()) || lex.personCues().contains(t.lower())) {
                return false;
            }
            if (lex.orgCues().contains(t.lower()) && !t.possessive()) {
                return true; // "X, a Singapore-based exchange"; not "X, the group's founder"
            }
        }
        return false;
    }

    /** "the village of Blatten", "Gadeokdo island". */
    private boolean placeNounAround(List<Token> tokens, int a, int q) {
        if (q < tokens.size() && tokens.get(q).joinsPrevious() && !tokens.get(q).capitalised()
                && lex.placeNouns().contains(tokens.get(q).lower())) {
            return true;
        }
        return a >= 2 && tokens.get(a).joinsPrevious() && tokens.get(a - 1).text().equals("of")
                && tokens.get(a - 1).joinsPrevious() && lex.placeNouns().contains(tokens.get(a - 2).text());
    }

    private static boolean allCaps(List<Token> tokens, int a, int q) {
        for (int i = a; i < q; i++) {
            String s = tokens.get(i).text();
            if (!s.equals(s.toUpperCase()) || s.length() < 2) {
                return false;
            }
        }
        return true;
    }

    /** Capitalised words none of which the article also writes in lower case or a common word list knows. */
    private boolean plainName(List<Token> tokens, int a, int q, Set<String> lowerVocabulary) {
        for (int i = a; i < q; i++) {
            String w = tokens.get(i).lower();
            if (lowerVocabulary.contains(w) || lex.commonWords().contains(w) || lex.orgSuffixes().contains(tokens.get(i).text())
                    || lex.titles().contains(w)
                    || lex.placeSuffixes().contains(tokens.get(i).text()) || w.indexOf('-') >= 0 && i == a
                    || !Character.isLetter(w.charAt(0))) {
                return false;
            }
        }
        return !tokens.get(a).sentenceStart() || !lex.commonWords().contains(tokens.get(a).lower());
    }

    boolean isDroppable(Token t, Set<String> lowerVocabulary) {
        String w = t.lower();
        return lex.commonWords().contains(w) || (t.sentenceStart() && lowerVocabulary.contains(w))
                || (t.sentenceStart() && w.contains("-") && !HYPHENATED_GIVEN_NAME.matcher(t.text()).matches());
    }

    private boolean isAcronym(Token t) {
        String s = t.text();
        if (s.length() < 3 || s.length() > 8 || lex.acronymStoplist().contains(s)) {
            return false;
        }
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLowerCase(c) || !(Character.isLetterOrDigit(c) || c == '-' || c == '&')) {
                return false;
            }
            letters += Character.isLetter(c) ? 1 : 0;
        }
        // "H20", "A100" are model numbers, not names
        return letters >= 2 && Character.isLetter(s.charAt(0));
    }

    private boolean anyAcronym(List<Token> tokens, int a, int q) {
        for (int i = a; i < q; i++) {
            if (isAcronym(tokens.get(i))) {
                return true;
            }
        }
        return false;
    }

    boolean titleBefore(List<Token> tokens, int s) {
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
        String w = next.lower();
        if (gap.isEmpty() && lex.cueAfter().contains(w)) {
            return true;
        }
        return gap.equals(",") && (w.equals("a") || w.equals("an") || w.equals("the") || w.equals("who")
                || lex.titles().contains(w) || Character.isDigit(w.charAt(0)));
    }

    private boolean isTitle(Token t) {
        String w = t.lower();
        return lex.titles().contains(w) || lex.titles().contains(w.replace(".", ""));
    }

    private boolean isConnector(Token t) {
        return !t.capitalised() && lex.connectors().contains(t.lower());
    }

    private static boolean allCapitalised(List<Token> tokens, int a, int b) {
        for (int i = a; i < b; i++) {
            if (!tokens.get(i).capitalised()) {
                return false;
            }
        }
        return true;
    }

    /** A name in quotation marks is a work's title ("Next Orbit"), not a person. */
    private static boolean quoted(String text, int start, int end) {
        if (start == 0 || end >= text.length() || "\"\u201c'\u2018".indexOf(text.charAt(start - 1)) < 0) {
            return false;
        }
        int e = end;
        if (e + 1 < text.length() && ",.!?".indexOf(text.charAt(e)) >= 0) {
            e++;
        }
        return "\"\u201d'\u2019".indexOf(text.charAt(e)) >= 0;
    }
}
