package io.storywire.enrich.entity;

import io.storywire.core.model.EntityType;
import io.storywire.enrich.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds names no gazetteer knows by rules a reader would state. A run of capitalised words (joined by "of", "for",
 * "the" ...) is cut into names: an organisation ends with a word such as "Agency", "University", "Entertainment"
 * or starts "Ministry of"; a place ends with "Province", "Strait", "Stadium"; what is left between known names is
 * typed by {@link SegmentTyper} (people by title, shape or what follows; places by cue). A run typed by no rule is
 * dropped: precision over recall for names nobody knows. A sentence's first word is kept only if it is not a common
 * word and never appears in lower case in the article.
 */
public final class NameRecognizer {

    private static final Pattern DESCRIPTIVE_PREFIX = Pattern.compile(
            "\\p{L}+-(based|born|listed|owned|run|backed|made|headquartered|registered|led)");

    private static final Set<String> EVENT_WORDS = Set.of("Olympics", "Paralympics", "Games", "Championships",
            "Finals", "Talks", "Elections", "Protests", "Accords");
    private static final Set<String> DOCUMENT_JOINERS = Set.of("of", "and", "the", "on", "for");

    private final Lexicon lex;
    private final SegmentTyper typer;

    public NameRecognizer(Lexicon lex) {
        this.lex = lex;
        this.typer = new SegmentTyper(lex);
    }

    /** The context of one field, shared by the rules. */
    record Ctx(String field, String text, List<Token> tokens, Coverage[] coverage, boolean[] heading,
               Set<String> lowerVocabulary, List<RecognizedName> out) {

        void add(EntityType type, int a, int b, boolean overrides) {
            int start = tokens.get(a).start();
            int end = tokens.get(b - 1).end();
            out.add(new RecognizedName(type, field, start, end, text.substring(start, end), heading[a], overrides));
        }
    }

    /**
     * @param coverage        per token, what gazetteer hits claim it
     * @param heading         per token, whether it stands in a title-case line
     * @param lowerVocabulary words the article uses in lower case somewhere
     */
    public List<RecognizedName> find(String field, String text, List<Token> tokens, Coverage[] coverage,
                                     boolean[] heading, Set<String> lowerVocabulary) {
        Ctx ctx = new Ctx(field, text, tokens, coverage, heading, lowerVocabulary, new ArrayList<>());
        int i = 0;
        while (i < tokens.size()) {
            if (!tokens.get(i).capitalised()) {
                i++;
                continue;
            }
            int document = documentEnd(tokens, i);
            if (document > 0) {
                i = document; // a law or a list, not a name
                continue;
            }
            int end = runEnd(tokens, i);
            recognizeRun(ctx, i, end);
            i = end;
        }
        return ctx.out();
    }

    /**
     * The end of a document's name starting at {@code from} ("Reactionary Ideology and Culture Rejection Law",
     * "the Entity List"): capitalised words, joined by of/and/the/on, whose last is a document word; -1 otherwise.
     */
    private int documentEnd(List<Token> tokens, int from) {
        int last = -1;
        for (int j = from; j < tokens.size(); j++) {
            Token t = tokens.get(j);
            if (j > from && (!t.joinsPrevious() || tokens.get(j - 1).possessive())) {
                break;
            }
            if (t.capitalised()) {
                last = j;
            } else if (!DOCUMENT_JOINERS.contains(t.lower()) || j + 1 >= tokens.size()
                    || !tokens.get(j + 1).capitalised()) {
                break;
            }
        }
        return last > from && lex.documentSuffixes().contains(tokens.get(last).text()) ? last + 1 : -1;
    }

    /** Exclusive end of the run of joined capitalised words starting at {@code from}. */
    private int runEnd(List<Token> tokens, int from) {
        int j = from + 1;
        boolean sawOf = false;
        while (j < tokens.size()) {
            Token prev = tokens.get(j - 1);
            Token t = tokens.get(j);
            if (prev.possessive() || !(t.joinsPrevious() || t.gapBefore().trim().equals("&"))) {
                break;
            }
            if (t.capitalised()) {
                j++;
                continue;
            }
            String w = t.lower();
            // "and" joins inside a name ("Ministry of Trade and Industry", "Fire and Disaster Management Agency"),
            // never two names ("X and the Y", "Lee and Kim")
            // "and" joins inside a name, not two names: "Ministry of Culture and Tourism", "Fire and Disaster
            // Management Agency", but "Chinese Academy of Sciences and Nanjing University" are two
            boolean nextIsName = j + 1 < tokens.size() && tokens.get(j + 1).capitalised();
            boolean andJoins = nextIsName && (sawOf ? !endsAsOrganisation(tokens, j + 1)
                    : endsAsOrganisation(tokens, j + 1) && !anyOrgWord(tokens, from, j));
            boolean connector = lex.connectors().contains(w) && (!w.equals("and") || andJoins);
            if (connector && !t.possessive() && j + 1 < tokens.size() && tokens.get(j + 1).joinsPrevious()
                    && (tokens.get(j + 1).capitalised()
                    || (j + 2 < tokens.size() && lex.connectors().contains(tokens.get(j + 1).lower())
                    && tokens.get(j + 2).capitalised()))) {
                sawOf |= w.equals("of") || w.equals("for");
                j++;
                continue;
            }
            break;
        }
        return j;
    }

    private boolean anyOrgWord(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (lex.orgSuffixes().contains(tokens.get(i).text()) || lex.orgHeads().contains(tokens.get(i).text())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the capitalised words from {@code k} on end with an organisation suffix. */
    private boolean endsAsOrganisation(List<Token> tokens, int k) {
        int j = k;
        while (j + 1 < tokens.size() && tokens.get(j + 1).capitalised() && tokens.get(j + 1).joinsPrevious()
                && !tokens.get(j).possessive()) {
            j++;
        }
        return lex.orgSuffixes().contains(tokens.get(j).text());
    }

    private void recognizeRun(Ctx ctx, int from, int to) {
        List<Token> tokens = ctx.tokens();
        int s = from;
        // "spokesperson He Yadong": after a title even a common word is a name
        boolean titled = typer.titleBefore(tokens, from);
        // a demonym the gazetteer knows stays: it may open a name ("Chinese Academy of Sciences")
        while (s < to && (!titled && ctx.coverage()[s] != Coverage.PLACE && typer.isDroppable(tokens.get(s), ctx.lowerVocabulary())
                || isConnector(tokens.get(s)))) {
            s++;
        }
        if (s >= to) {
            return;
        }
        int[] org = organisation(ctx, s, to);
        if (org != null) {
            if (org[0] > s) {
                recognizeRun(ctx, s, org[0]);
            }
            ctx.add(EntityType.ORGANIZATION, org[1], org[2], anyCovered(ctx.coverage(), org[1], org[2]));
            if (org[2] < to) {
                recognizeRun(ctx, org[2], to);
            }
            return;
        }
        if (isPlaceNamedTeam(ctx, s, to)) {
            ctx.add(EntityType.ORGANIZATION, s, to, true); // "San Francisco Giants", "Japan Airlines"
            return;
        }
        int placeEnd = placeEnd(ctx, s, to);
        if (placeEnd > 0) {
            ctx.add(EntityType.PLACE, s, placeEnd, anyCovered(ctx.coverage(), s, placeEnd));
            if (placeEnd < to) {
                recognizeRun(ctx, placeEnd, to);
            }
            return;
        }
        // split at what the gazetteer already knows; each uncovered stretch may be a person or a place
        int k = s;
        while (k < to) {
            if (ctx.coverage()[k] != Coverage.NONE) {
                k++;
                continue;
            }
            int segEnd = k;
            while (segEnd < to && ctx.coverage()[segEnd] == Coverage.NONE) {
                segEnd++;
            }
            typer.type(ctx, k, segEnd, from, to);
            k = segEnd;
        }
    }

    /**
     * The organisation in the run, as {cut, start, end}: tokens before {@code cut} are another name ("Tomasz
     * Wierzbicki" before "of the Max Planck Institute"); null when the run holds no organisation.
     */
    private int[] organisation(Ctx ctx, int s, int to) {
        List<Token> tokens = ctx.tokens();
        int suffix = -1;
        for (int k = to - 1; k > s && suffix < 0; k--) {
            if (lex.orgSuffixes().contains(tokens.get(k).text())) {
                suffix = k;
            }
        }
        int head = -1;
        for (int k = s; k + 1 < to && head < 0; k++) {
            if (lex.orgHeads().contains(tokens.get(k).text()) && isOfOrFor(tokens.get(k + 1))) {
                head = k;
            }
        }
        if (suffix < 0 && head < 0) {
            return null;
        }
        int key = head >= 0 && (suffix < 0 || head < suffix) ? head : suffix;
        int end = key == head || (key + 1 < to && isOfOrFor(tokens.get(key + 1))) ? to : key + 1;
        // "X of the Y Institute": the organisation starts after the last "of" before its key word
        int start = s;
        int cut = s;
        for (int k = key - 1; k > s; k--) {
            if (isOfOrFor(tokens.get(k)) && !lex.orgHeads().contains(tokens.get(k - 1).text())
                    && !lex.orgSuffixes().contains(tokens.get(k - 1).text())) {
                cut = k;
                start = k + 1;
                while (start < key && isConnector(tokens.get(start))) {
                    start++;
                }
                break;
            }
        }
        while (start < key && DESCRIPTIVE_PREFIX.matcher(tokens.get(start).text()).matches()) {
            start++; // "Athens-based Capital Maritime Group"
            cut = Math.max(cut, start);
        }
        for (int k = key - 1; k > start; k--) {
            if (tokens.get(k).text().equals("and") && anyNamed(ctx.coverage(), start, k)) {
                cut = k; // "Toyota and Honda Motor": two names
                start = k + 1;
                break;
            }
        }
        boolean headOf = key == head;
        if (knownBetter(ctx.coverage(), start, end, true) || !headOf && !hasNameWord(tokens, start, end, key)) {
            return null;
        }
        return new int[] {cut, start, end};
    }

    /**
     * A known place followed by one capitalised plural ("Los Angeles Dodgers", "Texas Rangers", "Japan Airlines")
     * names a team or a company, not the place; "Tokyo Olympics" names an event and stays the place.
     */
    private boolean isPlaceNamedTeam(Ctx ctx, int s, int to) {
        int last = to - 1;
        if (last <= s || ctx.coverage()[last] != Coverage.NONE) {
            return false;
        }
        for (int k = s; k < last; k++) {
            if (ctx.coverage()[k] != Coverage.PLACE) {
                return false;
            }
        }
        Token t = ctx.tokens().get(last);
        String w = t.text();
        return w.length() > 3 && w.endsWith("s") && Character.isUpperCase(w.charAt(0)) && !w.equals(w.toUpperCase())
                && !t.possessive() && !EVENT_WORDS.contains(w) && !lex.commonWords().contains(t.lower())
                && !ctx.lowerVocabulary().contains(t.lower());
    }

    /** "Chief Cabinet" or "Defense Ministry" alone are offices, not names: some word must be neither. */
    private boolean hasNameWord(List<Token> tokens, int start, int end, int key) {
        for (int i = start; i < end; i++) {
            Token t = tokens.get(i);
            if (i != key && t.capitalised() && !lex.titles().contains(t.lower()) && !lex.commonWords().contains(t.lower())) {
                return true;
            }
        }
        return false;
    }

    private int placeEnd(Ctx ctx, int s, int to) {
        // the last word of the run, or before "of": "Trade Minister Park Sun-ho" holds no place
        for (int k = to - 1; k > s; k--) {
            boolean endsName = k == to - 1 || isOfOrFor(ctx.tokens().get(k + 1));
            if (endsName && lex.placeSuffixes().contains(ctx.tokens().get(k).text()) && !surnameNotPlace(ctx, s, k)) {
                return knownBetter(ctx.coverage(), s, k + 1, false) ? -1 : k + 1;
            }
        }
        return -1;
    }

    /** "Grace Park" is a person: a suffix that is also a family name needs a longer name or a known place before it. */
    private boolean surnameNotPlace(Ctx ctx, int s, int k) {
        if (!lex.surnames().contains(ctx.tokens().get(k).text())) {
            return false;
        }
        Token before = ctx.tokens().get(k - 1);
        return lex.givenNames().contains(before.text()) || (k - s < 2 && ctx.coverage()[k - 1] != Coverage.PLACE);
    }

    /**
     * A known person (or, for a place, a known organisation) is in the span, or the gazetteer covers all of it. A
     * known organisation inside a longer organisation name is another organisation: "Hyundai Steel".
     */
    private static boolean knownBetter(Coverage[] coverage, int from, int to, boolean organisation) {
        boolean uncovered = false;
        for (int c = from; c < to; c++) {
            if (coverage[c] == Coverage.PERSON || (!organisation && coverage[c] == Coverage.ORG)) {
                return true;
            }
            uncovered |= coverage[c] == Coverage.NONE;
        }
        return !uncovered;
    }

    private static boolean anyNamed(Coverage[] coverage, int from, int to) {
        for (int c = from; c < to; c++) {
            if (coverage[c] == Coverage.ORG || coverage[c] == Coverage.PERSON) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOfOrFor(Token t) {
        return t.text().equals("of") || t.text().equals("for");
    }

    private boolean isConnector(Token t) {
        return !t.capitalised() && lex.connectors().contains(t.lower());
    }

    private static boolean anyCovered(Coverage[] coverage, int a, int b) {
        for (int i = a; i < b; i++) {
            if (coverage[i] != Coverage.NONE) {
                return true;
            }
        }
        return false;
    }
}
