package io.storywire.ingest.parse;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * Reads RSS (0.9x, 1.0, 2.0) and Atom feeds with Rome: each item becomes an article, its full content
 * (content:encoded, atom:content) preferred to the summary. Rome refuses DOCTYPEs, so no external entity is read.
 */
final class FeedParser {

    private FeedParser() {
    }

    static List<FormatItem> parse(byte[] payload) {
        SyndFeed feed;
        payload = wrapLoneItem(payload);
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(new XmlReader(new ByteArrayInputStream(payload)));
        } catch (FeedException | IOException | IllegalArgumentException e) {
            return List.of(FormatItem.of(Rejection.of(Reasons.MALFORMED_FEED,
                    "not a readable RSS or Atom feed: " + e.getMessage())));
        }
        if (feed.getEntries().isEmpty()) {
            return List.of(FormatItem.of(Rejection.of(Reasons.EMPTY, "the feed has no items")));
        }
        String feedTitle = feed.getTitle();
        List<String> written = FeedDates.written(new String(payload, StandardCharsets.UTF_8));
        List<FormatItem> items = new ArrayList<>();
        for (int i = 0; i < feed.getEntries().size(); i++) {
            SyndEntry e = feed.getEntries().get(i);
            Date date = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
            OffsetDateTime published = date == null ? null : FeedDates.withZone(date.toInstant(), written, i);
            String author = e.getAuthor() == null || e.getAuthor().isBlank() ? null : e.getAuthor();
            String source = e.getSource() != null && e.getSource().getTitle() != null
                    ? e.getSource().getTitle() : feedTitle;
            items.add(FormatItem.of(new ArticleDraft(e.getTitle(), source, ScrapeLines.realAuthor(author), null,
                    published, "feed", e.getLink(), ScrapeTextParser.cleanBody(HtmlText.paragraphs(content(e))),
                    null)));
        }
        return items;
    }

    private static String content(SyndEntry e) {
        StringBuilder full = new StringBuilder();
        for (SyndContent c : e.getContents()) {
            if (c.getValue() != null) {
                full.append(c.getValue()).append('\n');
            }
        }
        if (full.length() > 0) {
            return full.toString();
        }
        return e.getDescription() == null ? null : e.getDescription().getValue();
    }

    /** A single RSS {@code <item>} or Atom {@code <entry>} (a feed's item sent alone) gets a feed around it. */
    static byte[] wrapLoneItem(byte[] payload) {
        String head = new String(payload, 0, Math.min(payload.length, 512), StandardCharsets.UTF_8)
                .replaceFirst("^\\uFEFF", "").replaceFirst("^\\s*<\\?xml[^>]*\\?>", "").stripLeading();
        if (head.startsWith("<item")) {
            return envelope("<rss version=\"2.0\"><channel><title></title><link></link><description></description>",
                    payload, "</channel></rss>");
        }
        if (head.startsWith("<entry")) {
            return envelope("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title></title>", payload, "</feed>");
        }
        return payload;
    }

    private static byte[] envelope(String open, byte[] payload, String close) {
        String body = new String(payload, StandardCharsets.UTF_8).replaceFirst("^\\uFEFF", "")
                .replaceFirst("^\\s*<\\?xml[^>]*\\?>", "");
        if (body.stripLeading().startsWith("<entry") && !body.contains("xmlns")) {
            body = body.replaceFirst("<entry", "<entry xmlns=\"http://www.w3.org/2005/Atom\"");
        }
        return (open + body + close).getBytes(StandardCharsets.UTF_8);
    }
}
