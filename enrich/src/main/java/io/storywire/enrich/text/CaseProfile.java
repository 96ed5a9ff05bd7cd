package io.storywire.enrich.text;

/** What capitals say in a stretch of text: an all-capitals line (a wire headline, a dateline) says nothing. */
public final class CaseProfile {

    private CaseProfile() {
    }

    /** True when the line holding {@code at} has at least two words of letters and no lower-case letter. */
    public static boolean shouting(String text, int at) {
        int from = text.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
        if (at > 0 && text.charAt(at - 1) == '\n') {
            from = at;
        }
        int to = text.indexOf('\n', at);
        if (to < 0) {
            to = text.length();
        }
        int words = 0;
        boolean inWord = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            boolean letter = Character.isLetter(c);
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words >= 2;
    }
}
