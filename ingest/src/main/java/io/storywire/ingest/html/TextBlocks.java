package io.storywire.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The text of an HTML subtree as paragraphs: each text block (paragraph, heading, list item, quote, table cell)
 * becomes one, inline markup is read through with its spacing kept. Text lying loose in a {@code <div>} (pages
 * that break lines with {@code <br>} instead of paragraphs) is kept only when asked for.
 */
public final class TextBlocks {

    /** One paragraph of text and the element it came from. */
    public record Block(String tag, String text) {
        boolean heading() {
            return tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1));
        }
    }

    private static final Set<String> INLINE = Set.of("a", "span", "b", "strong", "i", "em", "u", "s", "small",
            "big", "sub", "sup", "font", "abbr", "acronym", "cite", "code", "q", "mark", "time", "label", "img",
            "wbr", "del", "ins", "bdi", "bdo", "tt", "var", "kbd", "samp", "dfn", "data", "strike", "nobr");
    private static final Set<String> TEXT_TAGS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd",
            "blockquote", "pre", "td", "th", "caption", "address", "summary");

    private TextBlocks() {
    }

    /** The paragraphs of {@code root}; loose text of other block elements too when {@code looseText}. */
    public static List<Block> of(Element root, boolean looseText) {
        List<Block> out = new ArrayList<>();
        walk(root, looseText, out);
        return out;
    }

    /** Paragraphs joined by blank lines. */
    public static String join(List<Block> blocks) {
        StringBuilder sb = new StringBuilder();
        for (Block b : blocks) {
            if (!sb.isEmpty()) {
                sb.append("\n\n");
            }
            sb.append(b.text());
        }
        return sb.toString();
    }

    private static void walk(Element el, boolean looseText, List<Block> out) {
        StringBuilder buf = new StringBuilder();
        for (Node node : el.childNodes()) {
            if (node instanceof TextNode t) {
                buf.append(t.getWholeText());
            } else if (node instanceof Element c) {
                String tag = c.normalName();
                if (tag.equals("br")) {
                    buf.append(' ');
                } else if (INLINE.contains(tag) && !hasBlock(c)) {
                    inline(c, buf);
                } else {
                    flush(el, buf, looseText, out);
                    walk(c, looseText, out);
                }
            }
        }
        flush(el, buf, looseText, out);
    }

    private static void inline(Element el, StringBuilder buf) {
        for (Node node : el.childNodes()) {
            if (node instanceof TextNode t) {
                buf.append(t.getWholeText());
            } else if (node instanceof Element c) {
                if (c.normalName().equals("br")) {
                    buf.append(' ');
                } else {
                    inline(c, buf);
                }
            }
        }
    }

    private static boolean hasBlock(Element el) {
        for (Element c : el.children()) {
            if (!INLINE.contains(c.normalName()) && !c.normalName().equals("br") || hasBlock(c)) {
                return true;
            }
        }
        return false;
    }

    private static void flush(Element el, StringBuilder buf, boolean looseText, List<Block> out) {
        if (buf.isEmpty()) {
            return;
        }
        String text = normalise(buf);
        buf.setLength(0);
        if (!text.isEmpty() && (looseText || TEXT_TAGS.contains(el.normalName()))) {
            out.add(new Block(el.normalName(), text));
        }
    }

    /** Runs of whitespace (no-break spaces included) become one space. */
    static String normalise(CharSequence s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u202f' || c == '\u2007') {
                space = !sb.isEmpty();
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
