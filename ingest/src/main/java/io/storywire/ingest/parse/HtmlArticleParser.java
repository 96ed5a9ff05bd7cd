package io.storywire.ingest.parse;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.storywire.ingest.text.DateParser;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads an HTML page: title, byline, date, publisher and canonical URL from the meta tags sites publish for
 * search engines and social cards (Open Graph, article:*, Dublin Core, schema.org JSON-LD), the main text with
 * Readability (the algorithm of Firefox's reader view).
 */
final class HtmlArticleParser {

    private static final Pattern LD_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern LD_AUTHOR = Pattern.compile(
            "\"author\"\\s*:\\s*(?:\\[\\s*)?\\{[^}]*?\"name\"\\s*:\\s*\"([^\"]+)\"");

    private static final String UNKNOWN_PAGE = "https://unknown.invalid/";
    private static final Pattern SITE_SUFFIX = Pattern.compile("^[|\\-\u2013\u2014:\u00b7\u2022]\\s*(.{2,60})$");

    private HtmlArticleParser() {
    }

    static ArticleDraft parse(String html, String url) {
        Document doc = Jsoup.parse(html, url == null ? "" : url);
        String canonical = first(doc.select("link[rel=canonical]").attr("abs:href"), meta(doc, "og:url"));
        String pageUrl = url != null ? url : (canonical.isBlank() ? null : canonical);
        String title = first(meta(doc, "og:title"), meta(doc, "twitter:title"), doc.select("h1").text(), doc.title());
        String author = first(meta(doc, "author"), meta(doc, "article:author"), meta(doc, "dc.creator"),
                ldMatch(doc, LD_AUTHOR), doc.select("[rel=author], .byline, .author").text());
        String source = first(meta(doc, "og:site_name"), meta(doc, "publisher"), meta(doc, "dc.publisher"),
                siteInTitle(doc.title(), title));
        String dateText = first(meta(doc, "article:published_time"), meta(doc, "datepublished"),
                meta(doc, "pubdate"), meta(doc, "publishdate"), meta(doc, "date"), meta(doc, "dc.date"),
                meta(doc, "dc.date.issued"), meta(doc, "sailthru.date"), ldMatch(doc, LD_DATE),
                doc.select("time[datetime]").attr("datetime"));
        Optional<OffsetDateTime> published = DateParser.strict(dateText);

        String body = null;
        try {
            // Readability resolves relative links against the page URL and logs an error when there is none
            net.dankito.readability4j.Article read = new Readability4J(
                    pageUrl == null ? UNKNOWN_PAGE : pageUrl, html).parse();
            Element content = read.getArticleContent();
            if (content != null) {
                body = HtmlText.paragraphs(content);
            }
            if (author.isBlank() && read.getByline() != null) {
                author = read.getByline();
            }
        } catch (RuntimeException e) {
            body = null; // Readability gave up on the page: fall back to its paragraphs
        }
        if (body == null || body.isBlank()) {
            body = HtmlText.paragraphs(doc.body() == null ? doc : doc.body());
        }
        author = author.replaceFirst("(?i)^by\\s+", "");
        return new ArticleDraft(blankToNull(title), blankToNull(source), ScrapeLines.realAuthor(author),
                published.isPresent() || dateText.isBlank() ? null : dateText, published.orElse(null), "meta",
                pageUrl, ScrapeTextParser.cleanBody(body), null);
    }

    /** "Headline | Site" or "Headline - Site" in the title element, when the headline is known: the site. */
    private static String siteInTitle(String pageTitle, String headline) {
        if (pageTitle == null || headline.isBlank() || !pageTitle.startsWith(headline)) {
            return "";
        }
        String rest = pageTitle.substring(headline.length()).strip();
        Matcher m = SITE_SUFFIX.matcher(rest);
        return m.matches() ? m.group(1).strip() : "";
    }

    private static String meta(Document doc, String name) {
        for (Element e : doc.select("meta[content]")) {
            String key = first(e.attr("property"), e.attr("name"), e.attr("itemprop"));
            if (key.equalsIgnoreCase(name)) {
                return e.attr("content");
            }
        }
        return "";
    }

    private static String ldMatch(Document doc, Pattern p) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            Matcher m = p.matcher(script.data());
            if (m.find()) {
                return m.group(1);
            }
        }
        return "";
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return "";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
