package io.storywire.ingest.text;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Normalises text once, at ingest, so that every later stage and every id sees the same characters: Unicode NFC,
 * typographic quotes and dashes folded to ASCII, exotic spaces to plain ones, invisible characters removed and
 * whitespace collapsed within lines. Paragraph breaks (blank lines) survive.
 */
public final class TextNormaliser {

    private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u200B-\\u200D\\u2060\\uFEFF]");
    private static final Pattern SPACES = Pattern.compile("[\\t\\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000 ]+");
    private static final Pattern CONTROL = Pattern.compile("[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F]");
    private static final Pattern LINE_BREAKS = Pattern.compile("\\r\\n?|[\\u2028\\u2029\\u0085]");
    private static final Pattern MANY_BLANK_LINES = Pattern.compile("\\n{3,}");

    private TextNormaliser() {
    }

    /** One line or a whole text: NFC, folded punctuation, collapsed spaces; null stays null. */
    public static String normalise(String text) {
        if (text == null) {
            return null;
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFC);
        s = LINE_BREAKS.matcher(s).replaceAll("\n");
        s = INVISIBLE.matcher(s).replaceAll("");
        s = CONTROL.matcher(s).replaceAll("");
        s = foldPunctuation(s);
        s = SPACES.matcher(s).replaceAll(" ");
        StringBuilder out = new StringBuilder(s.length());
        for (String line : s.split("\n", -1)) {
            out.append(line.strip()).append('\n');
        }
        return MANY_BLANK_LINES.matcher(out.toString()).replaceAll("\n\n").strip();
    }

    /** A single-line field (title, author): normalised and with line breaks joined by spaces. */
    public static String normaliseLine(String text) {
        String s = normalise(text);
        return s == null ? null : s.replaceAll("\\s*\\n+\\s*", " ").strip();
    }

    private static String foldPunctuation(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u02BC' -> b.append('\'');
                case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> b.append('"');
                case '\u2010', '\u2011', '\u2012', '\u2212' -> b.append('-');
                // en and em dashes carry meaning ("Seoul–Beijing", "ties — frayed"); a spaced hyphen keeps it
                case '\u2013' -> b.append('-');
                case '\u2014', '\u2015' -> b.append(" - ");
                case '\u2026' -> b.append("...");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
