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

    private ScrapeTextParser() {
    }

    private record Line(String text, LineKind kind) {
    }

    public static ArticleDraft parse(String raw, Instant reference) {
        List<Line> lines = classify(TextNormaliser.normalise(raw), reference);
        int bodyStart = bodyStart(lines);
        Header header = readHeader(lines.subList(0, bodyStart));
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
        for (String line : text.split("\n")) {
            out.add(new Line(line.strip(), ScrapeLines.classify(line, reference)));
        }
        return out;
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
        for (Line l : lines) {
            // "By Jane Doe | Reuters | Jan 7, 2026": each part on its own
            for (String part : l.text.split("\\s+[|•·]\\s+")) {
                LineKind kind = parts(l, part);
                switch (kind) {
                    case DATE -> h.dateText = h.dateText == null ? ScrapeLines.dateText(part) : h.dateText;
                    case SOURCE -> h.source = h.source == null ? ScrapeLines.source(part) : h.source;
                    case BYLINE -> h.author = h.author == null ? ScrapeLines.byline(part) : h.author;
                    case TEXT -> texts.add(ScrapeLines.stripBullet(part));
                    default -> { }
                }
            }
        }
        int titleAt = chooseTitle(texts);
        if (titleAt < 0) {
            return h;
        }
        h.title = texts.get(titleAt);
        for (String t : texts.subList(titleAt + 1, texts.size())) {
            if (t.equalsIgnoreCase(h.title)) {
                continue; // the headline repeated (og:title and h1 both copied)
            }
            if (ScrapeLines.words(t) >= STANDFIRST_WORDS && ScrapeLines.endsSentence(t)) {
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

    private static LineKind parts(Line whole, String part) {
        return part.equals(whole.text) ? whole.kind : ScrapeLines.classify(part, Instant.EPOCH);
    }

    /**
     * The headline: the first header line of headline length that is not a breadcrumb ending in a later line
     * ("Home Asia Some Headline" then "Some Headline"); else the longest header line.
     */
    private static int chooseTitle(List<String> texts) {
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

    /** Drops the author box and disclaimers that end many pages: short unpunctuated lines and boilerplate prose. */
    private static void trimTail(Body b) {
        while (!b.paragraphs.isEmpty()) {
            String last = b.paragraphs.get(b.paragraphs.size() - 1);
            boolean shortLabel = ScrapeLines.words(last) < 8 && !ScrapeLines.endsSentence(last);
            if (!shortLabel && !ScrapeLines.isDisclaimer(last)) {
                return;
            }
            if (shortLabel && b.author == null && ScrapeLines.isNameLike(last)) {
                b.author = ScrapeLines.realAuthor(last);
            }
            b.paragraphs.remove(b.paragraphs.size() - 1);
        }
    }
}
