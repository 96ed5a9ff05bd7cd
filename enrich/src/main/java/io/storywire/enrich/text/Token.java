package io.storywire.enrich.text;

import java.util.Locale;

/**
 * A word of the original text. {@code end} excludes a possessive "'s", which {@code possessive} records;
 * {@code sentenceStart} marks the first word of a sentence, paragraph or the text; {@code gapBefore} holds the
 * characters between the previous word and this one.
 */
public record Token(String text, int start, int end, boolean possessive, boolean sentenceStart, String gapBefore) {

    public boolean capitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }

    /** Separated from the previous word by plain spaces only: the two may belong to one name. */
    public boolean joinsPrevious() {
        if (gapBefore.isEmpty()) {
            return false;
        }
        for (int i = 0; i < gapBefore.length(); i++) {
            char c = gapBefore.charAt(i);
            if (c != ' ' && c != '\u00a0' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    public String lower() {
        return text.toLowerCase(Locale.ROOT);
    }
}
