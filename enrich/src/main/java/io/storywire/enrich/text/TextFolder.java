package io.storywire.enrich.text;

import java.text.Normalizer;

/**
 * Folds text so that spellings differing only in case, accents, hyphenation, punctuation or spacing meet:
 * "LEE JAE-MYUNG", "Lee Jae Myung" and "Lee Jae‑myung" all fold to "lee jae myung"; "U.S." folds to "us".
 * Apostrophes stay (possessives keep their word boundary: "korea's").
 */
public final class TextFolder {

    private static final char[] FOLD = new char[0x3000];

    static {
        for (char c = 0; c < FOLD.length; c++) {
            FOLD[c] = foldSlow(c);
        }
    }

    private TextFolder() {
    }

    /** A keyword or alias folded the same way as the text it will be matched in. */
    public static String fold(String s) {
        return normalize(s).folded().trim();
    }

    public static NormalizedText normalize(String text) {
        int n = text.length();
        StringBuilder out = new StringBuilder(n);
        int[] origin = new int[n + 1];
        boolean lastSpace = true;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '.' && isAcronymDot(text, i)) {
                continue;
            }
            char f = c < FOLD.length ? FOLD[c] : (Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : ' ');
            if (f == ' ') {
                if (lastSpace) {
                    continue;
                }
                lastSpace = true;
            } else {
                lastSpace = false;
            }
            origin[out.length()] = i;
            out.append(f);
        }
        return new NormalizedText(text, out.toString(), origin);
    }

    /** The dot of "U.S." or "U.N.": after a lone capital letter that starts a word or follows another such dot. */
    private static boolean isAcronymDot(String text, int i) {
        if (i == 0 || !Character.isUpperCase(text.charAt(i - 1))) {
            return false;
        }
        if (i >= 2 && Character.isLetter(text.charAt(i - 2))) {
            return false;
        }
        boolean followedByCapital = i + 1 < text.length() && Character.isUpperCase(text.charAt(i + 1));
        boolean afterAcronymDot = i >= 2 && text.charAt(i - 2) == '.';
        return followedByCapital || afterAcronymDot;
    }

    private static char foldSlow(char c) {
        if (c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02bc') {
            return '\'';
        }
        if (!Character.isLetterOrDigit(c)) {
            return ' ';
        }
        String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        char base = d.charAt(0);
        if (c == 'ß') {
            return 's';
        }
        return Character.toLowerCase(Character.isLetterOrDigit(base) ? base : c);
    }
}
