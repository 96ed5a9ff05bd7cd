package io.storywire.ingest.parse;

import java.util.regex.Pattern;

/**
 * Tells an article from what only looks like one: a paywall notice instead of the text, a body cut off by an API or
 * a scraper, a teaser too short to be news.
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
    /** Paywall phrases aside, a real body has at least this many words. */
    private static final int PAYWALL_REAL_BODY_WORDS = 120;
    private static final Pattern TRUNCATION_MARK = Pattern.compile(
            "(\\[\\+\\d+ chars\\]|\\.\\.\\.|…|\\(continued\\)|\\bcontinue reading\\b.{0,20}|\\bread (the )?(full|more|rest)"
                    + "( (story|article))?\\b.{0,20}|\\[\\.\\.\\.\\])\\s*$", I);
    /**
     * A final paragraph this long that stops mid-sentence on a function word was cut off; a subheading, credit or
     * caption is shorter or ends on a noun. One of {@link #CUT_LONG_PARAGRAPH_WORDS} stops mid-sentence whatever
     * its last word.
     */
    private static final int CUT_PARAGRAPH_WORDS = 15;
    private static final int CUT_LONG_PARAGRAPH_WORDS = 40;
    private static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of("the", "a", "an", "and", "or",
            "but", "of", "to", "in", "on", "at", "for", "with", "by", "from", "that", "which", "who", "as", "is",
            "are", "was", "were", "be", "has", "have", "had", "his", "her", "their", "its", "our", "this", "these",
            "than", "into", "said", "will", "would", "could", "not", "if", "when", "while");

    private ContentChecks() {
    }

    /** The body is a paywall notice: it has a paywall phrase and hardly any text besides. */
    static boolean isPaywall(String body) {
        if (!PAYWALL.matcher(body).find()) {
            return false;
        }
        int real = 0;
        for (String paragraph : body.split("\n\n")) {
            if (!PAYWALL.matcher(paragraph).find()) {
                real += ScrapeLines.words(paragraph);
            }
        }
        return real < PAYWALL_REAL_BODY_WORDS;
    }

    /** Why the body looks cut off, or null when it ends as articles end. */
    static String truncation(String body) {
        String b = body.strip();
        if (TRUNCATION_MARK.matcher(b).find()) {
            return "the body ends with '" + tail(b) + "', a sign it was cut off";
        }
        String[] paragraphs = b.split("\n\n");
        String last = paragraphs[paragraphs.length - 1];
        if (ScrapeLines.words(last) >= CUT_PARAGRAPH_WORDS && !ScrapeLines.endsSentence(last)
                && (endsOnFunctionWord(last) || ScrapeLines.words(last) >= CUT_LONG_PARAGRAPH_WORDS)) {
            return "the last paragraph stops mid-sentence: '..." + tail(last) + "'";
        }
        return null;
    }

    /** No sentence ends on "the", "and", "of": a text that does was cut. */
    private static boolean endsOnFunctionWord(String paragraph) {
        String[] words = paragraph.strip().split("\\s+");
        return FUNCTION_WORDS.contains(words[words.length - 1].toLowerCase(java.util.Locale.ROOT));
    }

    private static String tail(String s) {
        return s.length() <= 40 ? s : s.substring(s.length() - 40);
    }
}
