package io.storywire.ingest.parse;

import io.storywire.ingest.text.TextNormaliser;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a page's text as a browser copy or a scraper gives it: a header (section labels, breadcrumb, headline,
 * byline, date, counters, image placeholders), the body, and a tail (author box, tags, share row, related posts,
 * disclaimer). The body starts at the first paragraph-length line; the tail starts at the first end marker in the
 * second half of the body; chrome lines are dropped wherever they are.
 */
public final class ScrapeTextParser {

    /** A line this long is prose, not a headline, label or caption. */
    static final int PARAGRAPH_WORDS = 25;
    static final int PARAGRAPH_CHARS = 160;
    /** A header line after the headline this long and ending a sentence is a standfirst, kept as body. */
    static final int STANDFIRST_WORDS = 12;
    static final int MIN_TITLE_WORDS = 4;
    /** Shorter lines are not taken for the first half of a hard-wrapped paragraph. */
    static final int WRAPPED_LINE_CHARS = 40;
    /** Plain-text mail and archives wrap at 72-80 columns; no line of such a text is longer than this. */
    static final int WRAP_WIDTH = 100;
    /** An author box or tag row at the end of a page is this many short lines at most. */
    static final int MAX_TAIL_LABELS = 4;

    private ScrapeTextParser() {
    }

    private record Line(String text, LineKind kind) {
    }

    public static ArticleDraft parse(String raw, Instant reference) {
        List<Line> lines = classify(TextNormaliser.normalise(raw), reference);
        int bodyStart = bodyStart(lines);
        Header header = readHeader(lines.subList(0, bodyStart));
        if (header.title == null) {
            header.title = datedHeadline(lines.subList(0, bodyStart));
        }
        Body body = readBody(lines.subList(bodyStart, lines.size()));
        List<String> paragraphs = new ArrayList<>(header.standfirst);
        paragraphs.addAll(body.paragraphs);
        String author = header.author != null ? header.author : body.author;
        return new ArticleDraft(header.title, header.source, author, header.dateText, null, "text", null,
                paragraphs.isEmpty() ? null : String.join("\n\n", paragraphs), null);
    }

    /**
     * The same tail and chrome rules on a body another extractor found (HTML, feeds): paragraphs, one per line or
     * separated by blank lines.
     */
    static String cleanBody(String body) {
        if (body == null) {
            return null;
        }
        List<Line> lines = classify(TextNormaliser.normalise(body), Instant.EPOCH);
        Body b = readBody(lines);
        return b.paragraphs.isEmpty() ? null : String.join("\n\n", b.paragraphs);
    }

    private static List<Line> classify(String text, Instant reference) {
        List<Line> out = new ArrayList<>();
        String[] lines = text.split("\n");
        boolean wrapped = isHardWrapped(lines);
        for (String line : lines) {
            Line next = new Line(line.strip(), ScrapeLines.classify(line, reference));
            Line prev = out.isEmpty() ? null : out.get(out.size() - 1);
            if (prev != null && continues(prev, next, wrapped)) {
                out.set(out.size() - 1, new Line(prev.text + " " + next.text, LineKind.TEXT));
            } else {
                out.add(next);
            }
        }
        return out;
    }

    /**
     * A hard-wrapped paragraph (mail, plain-text archives): a long line that stops mid-sentence and a text line
     * that goes on in lower case are one paragraph.
     */
    private static boolean continues(Line prev, Line next, boolean wrapped) {
        return prev.kind == LineKind.TEXT && next.kind == LineKind.TEXT && prev.text.length() >= WRAPPED_LINE_CHARS
                && !ScrapeLines.endsSentence(prev.text)
                && (wrapped || Character.isLowerCase(next.text.codePointAt(0)) && ScrapeLines.words(next.text) >= 3);
    }

    /** Every line short and several of them near the width limit: the text was wrapped at a fixed width. */
    private static boolean isHardWrapped(String[] lines) {
        int longest = 0;
        int nearWidth = 0;
        for (String l : lines) {
            longest = Math.max(longest, l.length());
            nearWidth += l.length() >= 50 ? 1 : 0;
        }
        return longest <= WRAP_WIDTH && nearWidth >= 3;
    }

    private static int bodyStart(List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.kind == LineKind.TEXT && (ScrapeLines.words(l.text) >= PARAGRAPH_WORDS
                    || l.text.length() >= PARAGRAPH_CHARS)) {
                return i;
            }
        }
        // short text without any paragraph-length line: everything after the first text line is body
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).kind == LineKind.TEXT) {
                return i + 1;
            }
        }
        return lines.size();
    }

    private static final class Header {
        String title;
        String source;
        String author;
        String dateText;
        final List<String> standfirst = new ArrayList<>();
    }

    private static Header readHeader(List<Line> lines) {
        Header h = new Header();
        List<String> texts = new ArrayList<>();
        int textsBeforeMeta = -1;
        for (Line l : lines) {
            // "By Jane Doe | Reuters | Jan 7, 2026": each part on its own
            for (String part : l.text.split("\\s+[|•·]\\s+")) {
                LineKind kind = parts(l, part);
                switch (kind) {
                    case DATE -> h.dateText = h.dateText == null ? ScrapeLines.dateText(part) : h.dateText;
                    case SOURCE -> h.source = h.source == null ? ScrapeLines.source(part) : h.source;
                    case BYLINE -> {
                        h.author = h.author == null ? ScrapeLines.byline(part) : h.author;
                        h.source = h.source == null ? ScrapeLines.bylineAffiliation(part) : h.source;
                    }
                    case TEXT -> texts.add(ScrapeLines.stripBullet(part));
                    default -> { }
                }
                if (textsBeforeMeta < 0 && (kind == LineKind.DATE || kind == LineKind.SOURCE
                        || kind == LineKind.BYLINE)) {
                    textsBeforeMeta = texts.size();
                }
            }
        }
        int titleAt = chooseTitle(texts, textsBeforeMeta);
        if (titleAt < 0) {
            return h;
        }
        h.title = texts.get(titleAt);
        for (String t : texts.subList(titleAt + 1, texts.size())) {
            if (t.equalsIgnoreCase(h.title)) {
                continue; // the headline repeated (og:title and h1 both copied)
            }
            if (isSentence(t)) {
                h.standfirst.add(t);
            } else if (h.source == null && ScrapeLines.isPublisherName(t)) {
                h.source = t;
            } else if (h.author == null && ScrapeLines.isNameLike(t)) {
                h.author = ScrapeLines.realAuthor(t);
            }
            // anything else between headline and body is a caption or widget text
        }
        return h;
    }

    /**
     * A headline that holds a date ("Harbour Notes for June 3, 2025") reads as a date line; when nothing
     * else can be the title, the first such line of five words or more that does not start like a date line
     * ("Published ...") is the headline.
     */
    private static String datedHeadline(List<Line> header) {
        for (Line l : header) {
            if (l.kind == LineKind.DATE && ScrapeLines.words(l.text) >= 5 && !ScrapeLines.hasDatePrefix(l.text)) {
                return l.text;
            }
        }
        return null;
    }

    private static LineKind parts(Line whole, String part) {
        return part.equals(whole.text) ? whole.kind : ScrapeLines.classify(part, Instant.EPOCH);
    }

    /**
     * The headline. Where a byline, date or source line follows it, the headline is the last headline-length line
     * above that line that is not a sentence (site taglines come before it, a standfirst between it and the
     * byline); else the first headline-length line that is not a breadcrumb ending in a later line ("Home Asia
     * Some Headline" then "Some Headline"); else the longest header line.
     */
    private static int chooseTitle(List<String> texts, int textsBeforeMeta) {
        int aboveMeta = lastHeadlineAbove(texts, textsBeforeMeta);
        if (aboveMeta >= 0) {
            return aboveMeta;
        }
        for (int i = 0; i < texts.size(); i++) {
            String t = texts.get(i);
            if (ScrapeLines.words(t) < MIN_TITLE_WORDS || isPathToLaterLine(texts, i)) {
                continue;
            }
            return i;
        }
        int best = -1;
        for (int i = 0; i < texts.size(); i++) {
            if (!isPathToLaterLine(texts, i) && (best < 0 || texts.get(i).length() > texts.get(best).length())) {
                best = i;
            }
        }
        return best;
    }

    private static int lastHeadlineAbove(List<String> texts, int end) {
        int first = -1;
        for (int i = Math.min(end, texts.size()) - 1; i >= 0; i--) {
            String t = texts.get(i);
            if (ScrapeLines.words(t) < MIN_TITLE_WORDS || isPathToLaterLine(texts, i)) {
                continue;
            }
            if (!isSentence(t)) {
                return i;
            }
            first = i;
        }
        return first; // only sentence-like candidates: the topmost is the headline
    }

    private static boolean isSentence(String line) {
        return ScrapeLines.words(line) >= STANDFIRST_WORDS && ScrapeLines.endsSentence(line);
    }

    private static boolean isPathToLaterLine(List<String> texts, int i) {
        String t = texts.get(i).toLowerCase(Locale.ROOT);
        for (int j = i + 1; j < texts.size(); j++) {
            String later = texts.get(j).toLowerCase(Locale.ROOT);
            if (later.length() < t.length() && ScrapeLines.words(later) >= 2 && t.endsWith(" " + later)) {
                return true;
            }
        }
        return false;
    }

    private static final class Body {
        final List<String> paragraphs = new ArrayList<>();
        String author;
    }

    private static Body readBody(List<Line> lines) {
        Body b = new Body();
        int total = lines.stream().mapToInt(l -> l.text.length()).sum();
        int seen = 0;
        for (Line l : lines) {
            if (l.kind == LineKind.END_MARKER && seen >= total / 2) {
                break; // tags, share row, related posts and author boxes follow the article
            }
            seen += l.text.length();
            if (l.kind == LineKind.TEXT || l.kind == LineKind.BREADCRUMB) {
                b.paragraphs.add(ScrapeLines.stripBullet(l.text));
            }
        }
        trimTail(b);
        return b;
    }

    /**
     * Drops the author box and disclaimers that end many pages: short unpunctuated lines and boilerplate prose. A
     * line with figures is a table row (wire earnings and dividend tables are all short lines), not a label, and
     * an author box is a few lines: a text of short lines is not eaten from its end.
     */
    private static void trimTail(Body b) {
        int labels = 0;
        while (!b.paragraphs.isEmpty()) {
            String last = b.paragraphs.get(b.paragraphs.size() - 1);
            boolean shortLabel = ScrapeLines.words(last) < 8 && !ScrapeLines.endsSentence(last)
                    && !last.matches(".*\\d.*") && labels++ < MAX_TAIL_LABELS;
            if (!shortLabel && !ScrapeLines.isDisclaimer(last) && !ScrapeLines.isCredit(last)) {
                return;
            }
            if (shortLabel && b.author == null && ScrapeLines.isNameLike(last)) {
                b.author = ScrapeLines.realAuthor(last);
            }
            b.paragraphs.remove(b.paragraphs.size() - 1);
        }
    }
}
