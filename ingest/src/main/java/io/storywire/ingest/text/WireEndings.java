package io.storywire.ingest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the marks and credit lines that end wire and agency copy and cuts them from the body, so that no
 * later rule takes them for text cut off mid-sentence: Reuters' {@code Reuter}/{@code REUTER} sign-off, the
 * agencies' {@code -0-}, {@code ###}, {@code -30-}, {@code ENDS}, a weekly's closing {@code ■}, production credits
 * ({@code (Reporting by ...; Editing by ...)}, {@code (Writing by ...)}) and copyright lines. The name in a
 * "Reporting by" or "Writing by" credit is kept, for the author field of an article without a byline. A final
 * {@code MORE} (a story continued in a later take) is cut too and reported, since the text does go on elsewhere.
 */
public final class WireEndings {

    private static final int I = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** A line that is only an end mark. */
    private static final Pattern END_LINE = Pattern.compile(
            "^(reuters?|-+\\s*0\\s*-+.{0,40}|-30-|#{2,}|\\*{3}|■+|□|ends?|\\(?end\\)?|\\[end\\]|xxx+|nnnn)\\.{0,3}$", I);
    /**
     * An end mark run on after the last sentence or table row: "... said. Reuter", "... (76.1). REUTER", "... ■";
     * the sign-off "Reuter" (no s) after any word too, since no sentence ends on it ("... in prior year Reuter"
     * where a scraper joined the wrapped lines), but "Reuters" only after punctuation ("... told Reuters" is text).
     */
    private static final Pattern END_RUN_ON = Pattern.compile(
            "\\s+(REUTER|Reuter)\\.{0,3}$|(?<=[.!?\"')\\]\\d])\\s+(REUTERS|Reuters|reuters?|-0-|###)\\.{0,3}$"
                    + "|\\s*■+$");
    private static final Pattern MORE = Pattern.compile("^more\\.{0,3}$", I);
    /** A production credit on a line of its own, in parentheses or not. */
    private static final Pattern CREDIT = Pattern.compile(
            "^[(\\[]?\\s*(additional )?(reporting|writing|editing|written|compiled|produced|edited|translated"
                    + "|research|graphics?|photos?|fact box|factbox)( and [a-z]+)? by\\b.{0,240}$", I);
    private static final Pattern COPYRIGHT = Pattern.compile(
            "^(copyright\\b|©|\\(c\\)\\s*(\\d{4}|[a-z])).{0,200}$|^.{0,120}\\ball rights reserved\\b.{0,80}$", I);
    /** The writer a credit names: "Reporting by Jane Doe in Seoul; Editing by ..." gives "Jane Doe". */
    private static final Pattern CREDITED = Pattern.compile(
            "^[(\\[]?\\s*(?:reporting|writing|written) by\\s+(.+?)(?:\\s+in\\s+\\p{Lu}.*|\\s*[;)\\]].*|\\s*,\\s*"
                    + "(?:editing|additional).*)?$", I);
    /** Only the last few lines of a text are its ending. */
    private static final int TAIL_LINES = 6;

    private WireEndings() {
    }

    /**
     * @param body      the text without its ending
     * @param credit    the writer a credit line names, or null
     * @param removed   what was cut, last line first (for a flag's evidence or a log)
     * @param continued true when the text ended in MORE: the story goes on in another item
     */
    public record Cut(String body, String credit, List<String> removed, boolean continued) {
    }

    /** The body with its end marks, credits and copyright lines cut; paragraphs and line breaks kept. */
    public static Cut cut(String body) {
        if (body == null || body.isBlank()) {
            return new Cut(body, null, List.of(), false);
        }
        List<String> lines = new ArrayList<>(List.of(body.strip().split("\n", -1)));
        List<String> removed = new ArrayList<>();
        String credit = null;
        boolean continued = false;
        int budget = TAIL_LINES;
        while (!lines.isEmpty() && budget > 0) {
            int lastAt = lines.size() - 1;
            String last = lines.get(lastAt).strip();
            if (last.isEmpty()) {
                lines.remove(lastAt);
                continue;
            }
            budget--;
            if (END_LINE.matcher(last).matches() || COPYRIGHT.matcher(last).matches()) {
                removed.add(last);
                lines.remove(lastAt);
            } else if (MORE.matcher(last).matches()) {
                removed.add(last);
                continued = true;
                lines.remove(lastAt);
            } else if (CREDIT.matcher(last).matches() && last.length() <= 260) {
                removed.add(last);
                credit = credit != null ? credit : credited(last);
                lines.remove(lastAt);
            } else {
                String line = lines.get(lastAt).stripTrailing();
                Matcher runOn = END_RUN_ON.matcher(line);
                if (runOn.find()) {
                    removed.add(runOn.group().strip());
                    lines.set(lastAt, line.substring(0, runOn.start()).stripTrailing());
                }
                break;
            }
        }
        String text = String.join("\n", lines).strip();
        return new Cut(text, credit, List.copyOf(removed), continued);
    }

    private static String credited(String line) {
        Matcher m = CREDITED.matcher(line.strip());
        if (!m.matches()) {
            return null;
        }
        String name = m.group(1).replaceAll("[\\s,;.)\\]]+$", "").strip();
        return name.isEmpty() || name.split("\\s+").length > 12 ? null : name;
    }
}
