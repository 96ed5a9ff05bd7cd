package io.storywire.ingest.parse;

import io.storywire.core.model.Article;
import io.storywire.core.model.ArticleFlag;
import io.storywire.ingest.settings.IngestSettings;
import io.storywire.ingest.text.PayloadDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The one parser of every way in (Kafka, HTTP, drop folder, CLI): checks the payload (empty, too large, binary),
 * decodes it (declared charset, else UTF-8, else the page's meta charset, else detected), picks the format from the content type or by sniffing, reads the article(s) and normalises,
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
        if (payload.length > settings.maxRawBytes()) {
            return ParseOutcome.rejected(Reasons.TOO_LARGE, "the payload has " + payload.length
                    + " bytes; the limit (ingest.max.raw.bytes) is " + settings.maxRawBytes());
        }
        Format declared = Format.saysNothing(meta.contentType()) ? null : Format.ofMediaType(meta.contentType());
        if (!Format.saysNothing(meta.contentType()) && declared == null) {
            return ParseOutcome.rejected(Reasons.UNSUPPORTED_TYPE, "content type '" + meta.contentType()
                    + "' is not read; use application/json, text/plain, text/html, application/rss+xml or "
                    + "application/atom+xml");
        }
        String binary = PayloadDecoder.hasUtf16Bom(payload) ? null : BinarySniffer.describe(payload);
        if (binary != null) {
            return ParseOutcome.rejected(Reasons.BINARY, "the payload is binary (" + binary
                    + "), not an article; send text, JSON, HTML or a feed");
        }
        PayloadDecoder.Decoded decoded = PayloadDecoder.decode(payload, Format.charset(meta.contentType()),
                declared == null || declared == Format.HTML);
        String text = decoded.text();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            return ParseOutcome.rejected(Reasons.EMPTY, "the payload holds only whitespace");
        }
        Format format = declared != null ? declared : Format.sniff(text);
        List<ArticleFlag> flags = new ArrayList<>();
        if (decoded.source() == PayloadDecoder.Source.DETECTED || decoded.source() == PayloadDecoder.Source.FALLBACK) {
            flags.add(new ArticleFlag(Flags.CHARSET_DETECTED, "no charset declared; read as " + decoded.charset()));
        }
        List<FormatItem> items = switch (format) {
            case JSON -> JsonArticleParser.parse(text, meta.receivedAt());
            case TEXT -> List.of(FormatItem.of(ScrapeTextParser.parse(text, meta.receivedAt())));
            case HTML -> List.of(FormatItem.of(HtmlArticleParser.parse(text, meta.url())));
            case FEED -> FeedParser.parse(feedBytes(payload, decoded));
        };
        return assemble(items, meta, format, format == Format.FEED ? List.of() : flags);
    }

    /**
     * The feed reader honours a BOM and the XML declaration's encoding itself; a feed with neither that is not
     * UTF-8 gets the detected text, as UTF-8.
     */
    private static byte[] feedBytes(byte[] payload, PayloadDecoder.Decoded decoded) {
        String head = new String(payload, 0, Math.min(payload.length, 200), StandardCharsets.ISO_8859_1);
        boolean declaresEncoding = head.stripLeading().startsWith("<?xml") && head.contains("encoding");
        if (declaresEncoding || decoded.source() == PayloadDecoder.Source.UTF8
                || decoded.source() == PayloadDecoder.Source.BOM) {
            return payload;
        }
        return decoded.text().getBytes(StandardCharsets.UTF_8);
    }

    private ParseOutcome assemble(List<FormatItem> items, RawMeta meta, Format format, List<ArticleFlag> flags) {
        List<Article> articles = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            FormatItem item = items.get(i);
            Rejection rejection = item.rejection();
            if (rejection == null) {
                ArticleAssembler.Result r = assembler.assemble(item.draft(), meta, format, flags);
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
