package io.storywire.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** Plain paragraphs out of an HTML fragment: block elements become paragraphs, inline markup disappears. */
final class HtmlText {

    private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td";

    private HtmlText() {
    }

    static String paragraphs(String html) {
        if (html == null || html.isBlank()) {
            return null;
        }
        return paragraphs(Jsoup.parseBodyFragment(html).body());
    }

    static String paragraphs(Element root) {
        List<String> out = new ArrayList<>();
        List<Element> blocks = root.select(BLOCKS);
        if (blocks.isEmpty()) {
            String text = root.wholeText().strip();
            return text.isEmpty() ? null : text.replaceAll("\\n\\s*\\n+", "\n\n");
        }
        for (Element e : blocks) {
            // a block inside another selected block is already part of its parent's text
            if (e.parents().stream().anyMatch(p -> p.is(BLOCKS) && blocks.contains(p))) {
                continue;
            }
            String t = e.text().strip();
            if (!t.isEmpty() && !(e.is("figcaption"))) {
                out.add(t);
            }
        }
        return out.isEmpty() ? null : String.join("\n\n", out);
    }
}
