package io.storywire.ingest.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A title for a text that came without one: its first sentence (or first line), kept to headline length. */
final class Titles {

    static final int MAX_WORDS = 20;
    private static final int WRAPPED_LINE_CHARS = 40;
    private static final Pattern FIRST_SENTENCE = Pattern.compile("^(.+?[.!?])(?=\\s+[\\p{Lu}\"'(\\d]|\\s*$)");

    private Titles() {
    }

    static String fromText(String text) {
        String[] lines = text.strip().split("\n");
        String line = lines[0].strip();
        // a hard-wrapped first paragraph (wire copy at 70 columns): its lines up to the first sentence's end
        for (int i = 1; i < lines.length && !FIRST_SENTENCE.matcher(line).find()
                && lines[i - 1].strip().length() >= WRAPPED_LINE_CHARS && ScrapeLines.words(line) < MAX_WORDS; i++) {
            line = line + " " + lines[i].strip();
        }
        Matcher m = FIRST_SENTENCE.matcher(line);
        String sentence = m.find() ? m.group(1) : line;
        String[] words = sentence.split("\\s+");
        if (words.length > MAX_WORDS) {
            sentence = String.join(" ", java.util.Arrays.copyOf(words, MAX_WORDS));
        }
        return sentence.replaceAll("[.,;:]+$", "").strip();
    }
}
