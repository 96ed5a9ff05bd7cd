package io.storywire.enrich.text;

/**
 * Text folded for matching (lower case, no accents, any run of punctuation or space as one space, acronym dots
 * dropped) with a map back to the original offsets, so a match in the folded text becomes an exact mention.
 */
public final class NormalizedText {

    private final String original;
    private final String folded;
    private final int[] origin;

    NormalizedText(String original, String folded, int[] origin) {
        this.original = original;
        this.folded = folded;
        this.origin = origin;
    }

    public String original() {
        return original;
    }

    public String folded() {
        return folded;
    }

    /** Offset in the original text of the folded character at {@code i}. */
    public int originStart(int i) {
        return origin[i];
    }

    /** Exclusive end in the original text of a folded range ending (exclusive) at {@code end}. */
    public int originEnd(int end) {
        int e = origin[end - 1] + 1;
        // a surrogate pair or a dropped acronym dot right after the range belongs to the surface form
        if (e < original.length() && Character.isLowSurrogate(original.charAt(e))) {
            e++;
        }
        if (e < original.length() && original.charAt(e) == '.' && e >= 2 && original.charAt(e - 2) == '.') {
            e++;
        }
        return e;
    }

    /** True when the folded range [start, end) is a whole word sequence: no letter or digit touches it. */
    public boolean isWholeWords(int start, int end) {
        return (start == 0 || !Character.isLetterOrDigit(folded.charAt(start - 1)))
                && (end == folded.length() || !Character.isLetterOrDigit(folded.charAt(end)));
    }

    public int length() {
        return folded.length();
    }
}
