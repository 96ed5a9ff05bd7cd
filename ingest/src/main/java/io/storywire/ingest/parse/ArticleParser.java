package io.storywire.ingest.parse;

import io.storywire.core.model.Article;
import io.storywire.core.model.DeadLetters;
import io.storywire.ingest.IngestSettings;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The one parser of every way in (Kafka, HTTP, drop folder, CLI): checks the payload (empty, too large, binary,
 * invalid UTF-8), picks the format from the content type or by sniffing, reads the article(s) and normalises,
 * validates and identifies each. Plain Java, no Kafka: the topology, the HTTP handler and tests call it alike.
 */
public final class ArticleParser {

    private final IngestSettings settings;
    private final ArticleAssembler assembler;

    public ArticleParser(IngestSettings settings) {
        this.settings = settings;
        this.assembler = new ArticleAssembler(settings);
    }

    /** Never throws: a payload that trips a library is rejected as "unreadable" with what went wrong. */
    public ParseOutcome parse(byte[] payload, RawMeta meta) {
        try {
            return parseChecked(payload, meta);
        } catch (RuntimeException | StackOverflowError e) {
            return ParseOutcome.rejected(Reasons.UNREADABLE, "the payload could not be read: " + e);
        }
    }

    private ParseOutcome parseChecked(byte[] payload, RawMeta meta) {
        if (payload == null || payload.length == 0) {
            return ParseOutcome.rejected(Reasons.EMPTY, "the payload is empty");
        }
        if (payload.length > settings.maxBytes()) {
            return ParseOutcome.rejected(Reasons.TOO_LARGE, "the payload has " + payload.length
                    + " bytes; the limit (ingest.max.bytes) is " + settings.maxBytes());
        }
        Format declared = Format.saysNothing(meta.contentType()) ? null : Format.ofMediaType(meta.contentType());
        if (!Format.saysNothing(meta.contentType()) && declared == null) {
            return ParseOutcome.rejected(Reasons.UNSUPPORTED_TYPE, "content type '" + meta.contentType()
                    + "' is not read; use application/json, text/plain, text/html, application/rss+xml or "
                    + "application/atom+xml");
        }
        String binary = BinarySniffer.describe(payload);
        if (binary != null) {
            return ParseOutcome.rejected(Reasons.BINARY, "the payload is binary (" + binary
                    + "), not an article; send text, JSON, HTML or a feed");
        }
        String text = decode(payload, Format.charset(meta.contentType()));
        // HTML and XML may declare another charset; their readers honour it. Everything else must be UTF-8.
        if (text == null && declared != Format.HTML && declared != Format.FEED) {
            return ParseOutcome.rejected(Reasons.INVALID_UTF8, "the payload is not valid UTF-8 text");
        }
        if (text != null && text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text != null && text.isBlank()) {
            return ParseOutcome.rejected(Reasons.EMPTY, "the payload holds only whitespace");
        }
        Format format = declared != null ? declared : Format.sniff(text);
        List<FormatItem> items = switch (format) {
            case JSON -> JsonArticleParser.parse(text, meta.receivedAt());
            case TEXT -> List.of(FormatItem.of(ScrapeTextParser.parse(text, meta.receivedAt())));
            case HTML -> List.of(FormatItem.of(HtmlArticleParser.parse(
                    text != null ? text : new String(payload, StandardCharsets.ISO_8859_1), meta.url())));
            case FEED -> FeedParser.parse(payload);
        };
        return assemble(items, meta);
    }

    /** The text in the declared charset when one other than UTF-8 is declared and known, else strict UTF-8. */
    private static String decode(byte[] payload, String charset) {
        if (charset != null && !charset.equalsIgnoreCase("utf-8") && !charset.equalsIgnoreCase("utf8")) {
            try {
                return new String(payload, Charset.forName(charset));
            } catch (IllegalArgumentException unknown) {
                return DeadLetters.strictUtf8(payload);
            }
        }
        return DeadLetters.strictUtf8(payload);
    }

    private ParseOutcome assemble(List<FormatItem> items, RawMeta meta) {
        List<Article> articles = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            FormatItem item = items.get(i);
            Rejection rejection = item.rejection();
            if (rejection == null) {
                ArticleAssembler.Result r = assembler.assemble(item.draft(), meta);
                if (r.article() != null) {
                    articles.add(r.article());
                }
                rejection = r.rejection();
            }
            if (rejection != null) {
                rejections.add(items.size() > 1 ? rejection.atItem(i) : rejection);
            }
        }
        return new ParseOutcome(articles, rejections);
    }
}
