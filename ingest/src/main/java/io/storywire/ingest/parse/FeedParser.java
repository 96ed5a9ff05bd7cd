package io.storywire.ingest.parse;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
        List<FormatItem> items = new ArrayList<>();
        for (SyndEntry e : feed.getEntries()) {
            Date date = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
            OffsetDateTime published = date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC);
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
}
