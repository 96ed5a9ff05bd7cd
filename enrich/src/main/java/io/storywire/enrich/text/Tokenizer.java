package io.storywire.enrich.text;

import java.util.ArrayList;
import java.util.List;

/** Splits text into words, keeping inner hyphens and apostrophes ("Jae-myung", "O'Brien") and offsets. */
public final class Tokenizer {

    private Tokenizer() {
    }

    public static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        int n = text.length();
        int i = 0;
        int prevEnd = 0;
        boolean sentenceStart = true;
        while (i < n) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && (Character.isLetterOrDigit(text.charAt(i))
                    || (isJoiner(text.charAt(i)) && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1))))) {
                i++;
            }
            int end = i;
            boolean possessive = false;
            if (end - start > 2 && (text.charAt(end - 1) == 's' || text.charAt(end - 1) == 'S')
                    && isApostrophe(text.charAt(end - 2))) {
                end -= 2;
                possessive = true;
            } else if (i < n && isApostrophe(text.charAt(i)) && end > start && text.charAt(end - 1) == 's') {
                possessive = true; // "the Koreas' talks"
            }
            String gap = text.substring(prevEnd, start);
            boolean startsSentence = sentenceStart || endsSentence(gap);
            tokens.add(new Token(text.substring(start, end), start, end, possessive, startsSentence, gap));
            sentenceStart = false;
            prevEnd = i;
        }
        return tokens;
    }

    private static boolean endsSentence(String gap) {
        for (int k = 0; k < gap.length(); k++) {
            char c = gap.charAt(k);
            if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == '\u2022') {
                return true;
            }
        }
        return false;
    }

    private static boolean isJoiner(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011' || isApostrophe(c) || c == '.' || c == '&';
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u02bc';
    }
}
