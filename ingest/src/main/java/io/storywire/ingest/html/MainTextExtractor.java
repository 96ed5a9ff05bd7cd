package io.storywire.ingest.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.dankito.readability4j.Readability4J;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Elements;

/**
 * The main text of a news page, the way trafilatura finds it:
 * <ol>
 *   <li>drop what never holds article text (scripts, navigation, forms, figures, asides, footers...);</li>
 *   <li>find the content container by the names publishers give it ({@link ContentContainers}, most specific
 *       first); inside it remove furniture by class and id ({@link Boilerplate}: related links, share and
 *       newsletter prompts, tag lists, bylines, captions, comments, hidden parts), then link lists by link
 *       density; keep paragraphs, headings, list items, quotes and table cells;</li>
 *   <li>when no container gives enough text, take every paragraph of the pruned page;</li>
 *   <li>compare with Readability (Firefox reader view): when one result is more than twice as long as the other
 *       the longer wins, since the usual failure is a lost part, not an added one;</li>
 *   <li>last, the JSON-LD {@code articleBody} or all {@code <p>} of the page.</li>
 * </ol>
 */
public final class MainTextExtractor {

    /** trafilatura's MIN_EXTRACTED_SIZE: below this a result is taken as a failure. */
    static final int MIN_CHARS = 250;
    private static final String UNKNOWN_PAGE = "https://unknown.invalid/";

    private MainTextExtractor() {
    }

    /** The main text, paragraphs separated by blank lines; empty when the page has none. */
    public static String extract(Document page, String html, String url) {
        Document doc = page.clone();
        clean(doc);
        Element body = doc.body() == null ? doc : doc.body();
        List<TextBlocks.Block> blocks = List.of();
        for (int tier = 0; tier < ContentContainers.tiers(); tier++) {
            Element container = ContentContainers.find(body, tier);
            if (container == null) {
                continue;
            }
            prune(container);
            blocks = render(container);
            if (blocks.size() > 1) {
                break;
            }
        }
        String text = withLead(TextBlocks.join(blocks), page);
        if (text.length() < MIN_CHARS) {
            prune(body);
            List<TextBlocks.Block> wild = dropTrailingHeadings(TextBlocks.of(body, false));
            String wildText = TextBlocks.join(wild);
            if (wildText.length() > text.length()) {
                text = wildText;
                blocks = wild;
            }
        }
        boolean hasParagraphs = blocks.stream().anyMatch(b -> b.tag().equals("p"));
        // Readability's text is part of the page's: when the page holds less than twice ours, and ours has
        // paragraphs, no rule below could pick Readability, so it need not run (it is most of the cost)
        Element pageBody = page.body();
        int pageText = pageBody == null ? 0 : pageBody.text().length();
        String read = hasParagraphs && pageText <= 2 * text.length() ? "" : readability(page, url);
        // a few words from Readability are a menu it mistook for the article, not a rescue
        if (read.length() >= 100 && read.length() != text.length()) {
            if (text.isEmpty() || (read.length() > 2 * text.length() && !read.startsWith("{"))
                    || (text.length() <= 2 * read.length() && !hasParagraphs && read.length() > 2 * MIN_CHARS)) {
                text = read;
            }
        }
        if (text.isEmpty()) {
            text = baseline(page);
        }
        return text;
    }

    /** A lead shorter than this is a tagline, not a paragraph of the article. */
    private static final int MIN_LEAD = 80;

    /**
     * The text with the article's lead in front when the lead stands outside the content container (above it,
     * beside the headline): the lead is the paragraph that says exactly what the page's description says.
     */
    static String withLead(String text, Document page) {
        if (text.isEmpty()) {
            return text;
        }
        Element named = page.selectFirst("article p[class~=(?i)(?:^|[-_ ])(?:excerpt|lead|intro|standfirst|dek|summary)"
                + "(?:$|[-_ ])]");
        if (named != null && named.text().length() >= MIN_LEAD && linkShare(named) < 0.2) {
            String lead = TextBlocks.normalise(named.text());
            return text.contains(lead) ? text : lead + "\n\n" + text;
        }
        Element meta = page.selectFirst("meta[property=og:description][content], meta[name=description][content]");
        String description = meta == null ? "" : TextBlocks.normalise(meta.attr("content"));
        if (description.length() < MIN_LEAD || text.contains(description)) {
            return text;
        }
        for (Element p : page.select("body p")) {
            String lead = p.text();
            // normalising folds quotes and ellipses: compare lengths loosely before normalising
            if (Math.abs(lead.length() - description.length()) <= description.length() / 10
                    && TextBlocks.normalise(lead).equals(description)
                    && p.closest("a, nav, footer, aside, header[class~=(?i)site]") == null) {
                return description + "\n\n" + text;
            }
        }
        return text;
    }

    /**
     * The text without a first paragraph that repeats the headline (the page's title or first h1): an article
     * carries its headline as its title, not twice.
     */
    public static String withoutHeadline(String text, Document page) {
        int end = text.indexOf("\n\n");
        String first = end < 0 ? text : text.substring(0, end);
        Element h1 = page.selectFirst("h1");
        if (first.equals(TextBlocks.normalise(page.title())) || (h1 != null && first.equals(h1.text()))) {
            return end < 0 ? "" : text.substring(end + 2);
        }
        return text;
    }

    /** Removes what never holds article text, and HTML comments. */
    static void clean(Document doc) {
        List<Element> drop = new ArrayList<>();
        for (Element e : doc.getAllElements()) {
            if (Boilerplate.NEVER_TEXT.contains(e.normalName())) {
                drop.add(e);
            }
        }
        drop.forEach(Node::remove);
        List<Node> comments = new ArrayList<>();
        doc.forEachNode(n -> {
            if (n instanceof Comment) {
                comments.add(n);
            }
        });
        comments.forEach(Node::remove);
    }

    /** Furniture out (undone when it would take 6/7 of the text: then the names misled), then link lists. */
    static void prune(Element container) {
        int before = container.text().length();
        List<Element> furniture = new ArrayList<>();
        collectFurniture(container, furniture);
        int removed = 0;
        for (Element e : furniture) {
            removed += e.text().length();
        }
        if (before - removed >= before / 7) {
            furniture.forEach(Node::remove);
        }
        for (int round = 0; round < 2; round++) {
            deleteByLinkDensity(container, "div", true);
            deleteByLinkDensity(container, "ul, ol, dl", false);
            deleteByLinkDensity(container, "p", false);
        }
        for (Element table : container.select("table")) {
            if (linkShare(table) > 0.8) {
                table.remove();
            }
        }
        deleteTeaserCards(container);
    }

    /**
     * Teaser cards: three or more blocks of one class that each open with a link (the teased headline) and add a
     * line or two of description. Their descriptions are not linked, so the link density test keeps them.
     */
    private static void deleteTeaserCards(Element container) {
        Map<String, List<Element>> cards = new HashMap<>();
        for (Element e : container.select("div[class], article[class], section[class]")) {
            if (e == container) {
                continue;
            }
            Element link = e.selectFirst("a");
            String text = e.text();
            if (link == null || link.text().length() < 15 || text.length() > 400 || !text.startsWith(link.text())) {
                continue;
            }
            cards.computeIfAbsent(e.normalName() + "." + e.className(), k -> new ArrayList<>()).add(e);
        }
        for (List<Element> group : cards.values()) {
            if (group.size() >= 3) {
                group.forEach(Node::remove);
            }
        }
    }

    private static void collectFurniture(Element e, List<Element> out) {
        for (Element c : e.children()) {
            if (Boilerplate.isFurniture(c)) {
                out.add(c);
            } else {
                collectFurniture(c, out);
            }
        }
    }

    /**
     * trafilatura's link density test: a short element made mostly of links (or of many short links) is a link
     * list; with backtracking, short linked blocks repeated three times or more (teaser cards) go too.
     */
    private static void deleteByLinkDensity(Element root, String tags, boolean backtracking) {
        List<Element> delete = new ArrayList<>();
        Map<String, List<Element>> repeated = new HashMap<>();
        for (Element e : root.select(tags)) {
            if (e == root) {
                continue;
            }
            Elements links = e.select("a");
            if (links.isEmpty()) {
                continue;
            }
            String text = e.text();
            boolean last = e.nextElementSibling() == null;
            int limit = e.normalName().equals("p") ? (last ? 60 : 30) : (last ? 300 : 100);
            if (text.length() < limit) {
                int linkLen = 0;
                int withText = 0;
                int shortOnes = 0;
                for (Element a : links) {
                    int n = a.text().length();
                    if (n > 0) {
                        linkLen += n;
                        withText++;
                        if (n < 10) {
                            shortOnes++;
                        }
                    }
                }
                if (withText == 0 || linkLen > 0.8 * text.length()
                        || (withText > 1 && shortOnes > 0.8 * withText)) {
                    delete.add(e);
                    continue;
                }
            }
            if (backtracking && !text.isEmpty() && text.length() < 100) {
                repeated.computeIfAbsent(text, k -> new ArrayList<>()).add(e);
            }
        }
        repeated.values().stream().filter(l -> l.size() >= 3).forEach(delete::addAll);
        delete.forEach(Node::remove);
    }

    private static double linkShare(Element e) {
        int len = e.text().length();
        if (len == 0) {
            return 0;
        }
        int links = 0;
        for (Element a : e.select("a")) {
            links += a.text().length();
        }
        return (double) links / len;
    }

    /** Paragraphs of the container; loose div text too when it has little paragraph text (trafilatura's rule). */
    private static List<TextBlocks.Block> render(Element container) {
        int paragraphText = 0;
        for (Element p : container.select("p")) {
            paragraphText += p.text().length();
        }
        return dropTrailingHeadings(TextBlocks.of(container, paragraphText < 3 * MIN_CHARS));
    }

    /**
     * Short paragraphs that point away from the article: "Read more:", "Lesen Sie auch", "Lea también", follow and
     * subscribe prompts, copyright lines. Long paragraphs are kept whatever they start with.
     */
    private static final java.util.regex.Pattern PROMPT = java.util.regex.Pattern.compile(
            "^(?:read (?:more|also)|see also|also read|related|more on this|recommended|lea (?:también|más)|lea:"
                    + "|le puede interesar|(?:también )?te puede interesar|mira:|lee (?:también|más)|leia (?:também|mais)"
                    + "|veja (?:também|mais)|leggi anche|lire aussi|à lire aussi|lesen sie auch|auch lesen|mehr zum thema"
                    + "|mehr zu[mr]? |weitere (?:beiträge|artikel|themen|informationen)|das könnte (?:sie|dich) auch"
                    + "|zum weiterlesen|(?:jetzt )?(?:zum )?newsletter|follow (?:us|the)|síguenos|siguenos|folgen sie uns"
                    + "|subscribe|sign up|abonnieren|suscríbete|download (?:the|our)|copyright|©|\\(c\\) \\d{4}"
                    + "|all rights reserved|alle rechte vorbehalten)",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

    private static final java.util.regex.Pattern PROMPT_INSIDE = java.util.regex.Pattern.compile(
            "könnten? (?:sie|dich|euch) (?:auch|ebenfalls) interessieren|you (?:may|might) also like"
                    + "|(?:le|te) puede interesar|download (?:the|our) [\\p{L} ]{0,30}apps?\\b|newsletter$"
                    + "|^mehr themen|^weitere aktuelle themen|^más sobre |on (?:twitter|facebook|instagram) @"
                    + "|(?:canal|channel|kanal|grupo|group) (?:de |on |auf |in )?(?:telegram|whatsapp)"
                    + "|(?:telegram|whatsapp)[- ]?(?:kanal|channel|canal|grupo|group)",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

    /** A heading that opens the readers' comments: the article has ended. */
    private static final java.util.regex.Pattern COMMENTS_HEADING = java.util.regex.Pattern.compile(
            "^(?:\\d+ )?(?:comments?|kommentare?|comentarios?|commentaires?|comentários|commenti|reacties"
                    + "|leave a (?:reply|comment)|post a comment|write a comment|add a comment|join the discussion"
                    + "|kommentar schreiben|deja (?:un|tu) comentario|laisser un commentaire|responses?)"
                    + "(?: \\(\\d+\\))?:?$",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

    /** A copyright notice: up to a few sentences of rights and reprint terms. */
    private static final java.util.regex.Pattern COPYRIGHT = java.util.regex.Pattern.compile(
            "^(?:©|\\(c\\) \\d{4}|copyright\\b)", java.util.regex.Pattern.CASE_INSENSITIVE);

    static List<TextBlocks.Block> dropPrompts(List<TextBlocks.Block> blocks) {
        List<TextBlocks.Block> out = new ArrayList<>();
        for (TextBlocks.Block b : blocks) {
            if (b.heading() && COMMENTS_HEADING.matcher(b.text().strip()).matches()) {
                break;
            }
            if (b.text().length() < 300 && COPYRIGHT.matcher(b.text()).find()) {
                continue;
            }
            if (b.text().length() < 160 && PROMPT.matcher(b.text()).find()
                    || b.text().length() < 250 && PROMPT_INSIDE.matcher(b.text()).find()) {
                continue;
            }
            out.add(b);
        }
        return out;
    }

    private static List<TextBlocks.Block> dropTrailingHeadings(List<TextBlocks.Block> all) {
        List<TextBlocks.Block> out = dropPrompts(all);
        while (!out.isEmpty() && out.get(out.size() - 1).heading()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    /** Readability on a copy of the page (it changes what it reads; a copy is cheaper than parsing again). */
    private static String readability(Document page, String url) {
        try {
            Document copy = page.clone();
            Element content = new Readability4J(url == null || url.isBlank() ? UNKNOWN_PAGE : url, copy)
                    .parse().getArticleContent();
            if (content == null) {
                return "";
            }
            prune(content);
            return TextBlocks.join(dropTrailingHeadings(TextBlocks.of(content, true)));
        } catch (RuntimeException e) {
            return ""; // Readability gave up on the page
        }
    }

    /** The publisher's own articleBody, else every paragraph of the page. */
    private static String baseline(Document page) {
        for (JsonNode node : JsonLd.objects(page)) {
            JsonNode body = node.get("articleBody");
            if (body != null && body.isTextual() && !body.asText().isBlank()) {
                return TextBlocks.normalise(body.asText());
            }
        }
        List<String> out = new ArrayList<>();
        for (Element p : page.select("p, blockquote")) {
            String t = p.text();
            if (!t.isBlank()) {
                out.add(t);
            }
        }
        return String.join("\n\n", out);
    }
}
