package io.storywire.ingest.html;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** One HTML page read the way ingest reads it: its main text and its publication date. */
public record HtmlPage(Document document, String body, PublishDateFinder.Found published) {

    /** Parses the page (already decoded to text) and reads its main text and date; {@code url} may be null. */
    public static HtmlPage read(String html, String url) {
        return read(html, url, Instant.now());
    }

    public static HtmlPage read(String html, String url, Instant now) {
        Document doc = Jsoup.parse(html, url == null ? "" : url);
        String body = MainTextExtractor.extract(doc, html, url);
        Optional<PublishDateFinder.Found> date = PublishDateFinder.find(doc, url, now);
        return new HtmlPage(doc, body, date.orElse(null));
    }

    /** Only the main text of the page (what {@link #read} extracts, without looking for the date). */
    public static String text(String html, String url) {
        return MainTextExtractor.extract(Jsoup.parse(html, url == null ? "" : url), html, url);
    }

    /** Only the publication date of the page (what {@link #read} finds, without extracting the text). */
    public static Optional<PublishDateFinder.Found> date(String html, String url, Instant now) {
        return PublishDateFinder.find(Jsoup.parse(html, url == null ? "" : url), url, now);
    }

    /** The publisher's day of publication (the local day of the date as written), or null. */
    public LocalDate publishedDay() {
        return published == null ? null : published.value().toLocalDate();
    }

    public String dateSource() {
        return published == null ? "none" : published.source();
    }
}
