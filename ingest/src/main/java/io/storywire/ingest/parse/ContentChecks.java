package io.storywire.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Doubts about an article's text that real news also raises: a subscription notice in place of (part of) the
 * text, a body cut off by an API or a scraper. They become flags with their evidence; only a body that is nothing
 * but a paywall notice is no article.
 */
final class ContentChecks {

    private static final int I = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern PAYWALL = Pattern.compile(
            "subscribe (now )?to (continue|keep) reading|subscribe to read|to continue reading,? (please )?"
                    + "(subscribe|log ?in|sign ?in|register)|(this|the) (article|story|content) is (only )?"
                    + "(available )?(for|to) (paid |premium )?(subscribers|members)|subscribers only|already a "
                    + "subscriber|(sign|log) ?in to (continue|read)|create a free account to (continue|read)|you have "
                    + "reached your (free )?(article|story) limit|unlock (this|the full) (article|story)|become a "
                    + "(member|subscriber) to read|premium (content|article)|this content is for subscribers", I);
    /** The buttons of a paywall notice, cut with it: "Log in.", "Subscribe now". */
    private static final Pattern NOTICE_BUTTON = Pattern.compile(
            "((log|sign) ?in|login|subscribe( now| today)?|register( now)?|sign up( now)?)[.!]?", I);
    /** A sentence of a paywall notice is short; a longer one that names subscribers is text about them. */
    private static final int NOTICE_SENTENCE_WORDS = 30;
    /** Paywall sentences aside, less than this is no article: the page's only text was the notice. */
    static final int PAYWALL_ONLY_WORDS = 8;
    /** Paywall sentences aside, less than this is a teaser: the article is behind the wall. */
    private static final int PAYWALL_TEASER_WORDS = 120;
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");
    private static final Pattern CHAR_COUNT = Pattern.compile("\\s*\\[\\+\\d+ chars\\]\\s*$", I);
    private static final Pattern TRUNCATION_MARK = Pattern.compile(
            "((?<![.])\\.\\.\\.|…|\\(continued\\)|\\bcontinue reading\\b.{0,20}|\\bread (the )?(full|more|rest)"
                    + "( (story|article))?\\b.{0,20}|\\[\\.\\.\\.\\])\\s*$", I);
    /**
     * A final paragraph this long that stops mid-sentence on a function word was cut off; a subheading, credit or
     * caption is shorter or ends on a noun. One of {@link #CUT_LONG_PARAGRAPH_WORDS} stops mid-sentence whatever
     * its last word, unless it is a table or list (mostly figures).
     */
    private static final int CUT_PARAGRAPH_WORDS = 15;
    private static final int CUT_LONG_PARAGRAPH_WORDS = 40;
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "and", "or",
            "but", "of", "to", "in", "on", "at", "for", "with", "by", "from", "that", "which", "who", "as", "is",
            "are", "was", "were", "be", "has", "have", "had", "his", "her", "their", "its", "our", "this", "these",
            "than", "into", "said", "will", "would", "could", "not", "if", "when", "while");

    private ContentChecks() {
    }

    /**
     * The body without its paywall notice, and how much real text is left.
     *
     * @param body       the body with notice sentences removed (unchanged when there were none)
     * @param notice     the first notice sentence found, or null
     * @param otherWords words of the body besides the notice
     */
    record Paywall(String body, String notice, int otherWords) {
        boolean onlyNotice() {
            return notice != null && otherWords < PAYWALL_ONLY_WORDS;
        }

        boolean teaser() {
            return notice != null && otherWords < PAYWALL_TEASER_WORDS;
        }
    }

    /**
     * One of these stands (case folded as {@link #PAYWALL} folds it) in every text that {@link #PAYWALL} finds
     * anything in: each of its alternatives holds one ("account" or "limit" alone would let through most news,
     * which takes things into account and sets limits). Looking for them first spares almost every article the
     * regex's dozen case-insensitive alternatives tried at every character.
     */
    private static final String[] PAYWALL_WORDS = {"subscri", "member", "continue reading", "in to ", "free account",
        "reached your", "unlock", "premium"};

    /** True when the body may hold a paywall notice; false only when {@link #PAYWALL} cannot find one. */
    static boolean mayHoldPaywall(String body) {
        // the folding of Pattern's CASE_INSENSITIVE | UNICODE_CASE, so "ſubscribe" (long s) counts as the regex counts it
        char[] folded = new char[body.length()];
        for (int i = 0; i < folded.length; i++) {
            char c = body.charAt(i);
            folded[i] = c < 0x80 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c)
                    : Character.toLowerCase(Character.toUpperCase(c));
        }
        String text = new String(folded);
        for (String w : PAYWALL_WORDS) {
            if (text.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The paywall rule alone, without the look for its words first: for tests. */
    static boolean paywallRuleFinds(String body) {
        return PAYWALL.matcher(body).find();
    }

    static Paywall paywall(String body) {
        if (!mayHoldPaywall(body) || !PAYWALL.matcher(body).find()) {
            return new Paywall(body, null, ScrapeLines.words(body));
        }
        String notice = null;
        List<String> kept = new ArrayList<>();
        int words = 0;
        for (String line : body.split("\n", -1)) {
            List<String> sentences = new ArrayList<>();
            for (String sentence : SENTENCE_END.split(line)) {
                Matcher m = PAYWALL.matcher(sentence);
                if (m.find() && ScrapeLines.words(sentence) <= NOTICE_SENTENCE_WORDS
                        || NOTICE_BUTTON.matcher(sentence.strip()).matches()) {
                    notice = notice != null ? notice : sentence.strip();
                } else {
                    sentences.add(sentence);
                    words += ScrapeLines.words(sentence);
                }
            }
            if (!sentences.isEmpty() || line.isBlank()) {
                kept.add(String.join(" ", sentences));
            }
        }
        String cleaned = String.join("\n", kept).replaceAll("\n{3,}", "\n\n").strip();
        return new Paywall(cleaned, notice, words);
    }

    /** A NewsAPI-style "[+1234 chars]" count at the end: the rest of the text was left out. */
    static String charCount(String body) {
        Matcher m = CHAR_COUNT.matcher(body.substring(Math.max(0, body.length() - 40)));
        return m.find() ? m.group().strip() : null;
    }

    static String withoutCharCount(String body) {
        return CHAR_COUNT.matcher(body).replaceFirst("").strip();
    }

    /** Why the body looks cut off, or null when it ends as articles end. Paragraphs are lines. */
    static String truncation(String body) {
        String b = body.strip();
        if (TRUNCATION_MARK.matcher(b.substring(Math.max(0, b.length() - 120))).find()) {
            return "ends with '" + tail(b) + "'";
        }
        String[] paragraphs = b.split("\n+");
        String last = paragraphs[paragraphs.length - 1].strip();
        int words = ScrapeLines.words(last);
        if (words >= CUT_PARAGRAPH_WORDS && !ScrapeLines.endsSentence(last)
                && (endsOnFunctionWord(last) || words >= CUT_LONG_PARAGRAPH_WORDS && !endsOnFigure(last)
                && !mostlyFigures(last))) {
            return "the last paragraph stops mid-sentence: '..." + tail(last) + "'";
        }
        return null;
    }

    /** No sentence ends on "the", "and", "of": a text that does was cut. */
    private static boolean endsOnFunctionWord(String paragraph) {
        String[] words = paragraph.strip().split("\\s+");
        return FUNCTION_WORDS.contains(words[words.length - 1].toLowerCase(Locale.ROOT));
    }

    /**
     * Tables, results and earnings notes end in figures: a fifth or more of the last {@link #TAIL_TOKENS} tokens
     * hold digits (wire tables have no full stops, and a scraper joins their wrapped lines into one paragraph).
     */
    private static boolean mostlyFigures(String paragraph) {
        String[] tokens = paragraph.strip().split("\\s+");
        String[] tail = java.util.Arrays.copyOfRange(tokens, Math.max(0, tokens.length - TAIL_TOKENS), tokens.length);
        long figures = java.util.Arrays.stream(tail).filter(t -> t.matches(".*\\d.*")).count();
        return figures * 5 >= tail.length;
    }

    private static final int TAIL_TOKENS = 15;

    /** A results line or table row ends on a figure ("15-10 8-15"); a cut sentence ends on a word. */
    private static boolean endsOnFigure(String paragraph) {
        String[] tokens = paragraph.strip().split("\\s+");
        return tokens[tokens.length - 1].matches(".*\\d.*");
    }

    static String tail(String s) {
        return s.length() <= 40 ? s : s.substring(s.length() - 40);
    }
}
