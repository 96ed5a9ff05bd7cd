package io.storywire.ingest.parse;

import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.storywire.ingest.html.HtmlPage;
import io.storywire.ingest.html.MainTextExtractor;
import io.storywire.ingest.html.PublishDateFinder;
import io.storywire.ingest.html.Titles;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads an HTML page: title (without the site-name suffix), byline, publisher and canonical URL from the meta tags
 * sites publish for search engines and social cards (Open Graph, article:*, Dublin Core, schema.org JSON-LD); the
 * main text and the publication date with {@link HtmlPage} (a trafilatura-style extractor, an htmldate-style date
 * finder).
 */
final class HtmlArticleParser {

    private static final Pattern LD_AUTHOR = Pattern.compile(
            "\"author\"\\s*:\\s*(?:\\[\\s*)?\\{[^}]*?\"name\"\\s*:\\s*\"([^\"]+)\"");

    private static final Pattern SITE_SUFFIX = Pattern.compile("^[|\\-\u2013\u2014:\u00b7\u2022]\\s*(.{2,60})$");

    private HtmlArticleParser() {
    }

    static ArticleDraft parse(String html, String url) {
        return parse(html, url, Instant.now());
    }

    static ArticleDraft parse(String html, String url, Instant now) {
        HtmlPage page = HtmlPage.read(html, url, now);
        Document doc = page.document();
        String canonical = first(doc.select("link[rel=canonical]").attr("abs:href"), meta(doc, "og:url"));
        String pageUrl = url != null ? url : (canonical.isBlank() ? null : canonical);
        String h1 = doc.select("h1").first() == null ? "" : doc.select("h1").first().text();
        String title = first(meta(doc, "og:title"), meta(doc, "twitter:title"), h1, doc.title());
        String author = first(meta(doc, "author"), meta(doc, "article:author"), meta(doc, "dc.creator"),
                ldMatch(doc, LD_AUTHOR), doc.select("[rel=author], .byline, .author").text());
        String source = first(meta(doc, "og:site_name"), meta(doc, "publisher"), meta(doc, "dc.publisher"),
                siteInTitle(doc.title(), title));
        title = Titles.withoutSiteName(title, source, pageUrl);
        author = author.replaceFirst("(?i)^by\\s+", "");
        // the extractor already dropped the page furniture; the headline is the title, not the first paragraph
        String text = MainTextExtractor.withoutHeadline(page.body(), doc);
        if (!title.isBlank() && text.startsWith(title + "\n\n")) {
            text = text.substring(title.length() + 2);
        }
        String body = text.isBlank() ? null : text;
        PublishDateFinder.Found date = page.published();
        String from = date == null ? "meta" : switch (date.source()) {
            case "url" -> "url";
            case "text" -> "text";
            default -> "meta";
        };
        return new ArticleDraft(blankToNull(title), blankToNull(source), ScrapeLines.realAuthor(author),
                null, date == null ? null : date.value(), from, pageUrl, body, null);
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
