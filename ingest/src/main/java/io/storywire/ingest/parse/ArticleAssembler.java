package io.storywire.ingest.parse;

import io.storywire.core.model.Article;
import io.storywire.core.model.ArticleFlag;
import io.storywire.ingest.settings.IngestSettings;
import io.storywire.ingest.id.ArticleIds;
import io.storywire.ingest.text.DateParser;
import io.storywire.ingest.text.LanguageDetector;
import io.storywire.ingest.text.PayloadDecoder;
import io.storywire.ingest.text.TextNormaliser;
import io.storywire.ingest.text.WireEndings;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a draft of any format into an {@link Article}: normalises the text, cuts wire endings, resolves the date
 * (or falls back to ingest time and says so), detects the language and assigns the content id. A draft with a
 * title or text is an article: a headline alone is one of kind {@code headline}; a text without a headline gets
 * its first sentence as title; doubts (cut off, paywalled, short) become flags. Rejected are only drafts with no
 * text at all, a body that is only a paywall notice, an undecodable text and an article above the size limit; a
 * date outside the plausible window (before 1900, far in the future) is flagged and replaced by ingest time.
 */
final class ArticleAssembler {

    /** Above this share of U+FFFD among its letters a text was not decoded: no article. */
    static final double UNDECODABLE_SHARE = 0.10;
    /** No news article is older: an earlier date is flagged implausible-date and replaced by ingest time. */
    static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");

    private final IngestSettings settings;

    ArticleAssembler(IngestSettings settings) {
        this.settings = settings;
    }

    /** The article, or why the draft is not one. */
    record Result(Article article, Rejection rejection) {
        static Result rejected(String reason, String detail, String field) {
            return new Result(null, new Rejection(reason, detail, field));
        }
    }

    Result assemble(ArticleDraft draft, RawMeta meta) {
        return assemble(draft, meta, null, List.of());
    }

    /**
     * @param format       the payload's format (a web page with no text is no headline); null when unknown
     * @param payloadFlags flags about the whole payload (its charset), added to the article's
     */
    Result assemble(ArticleDraft draft, RawMeta meta, Format format, List<ArticleFlag> payloadFlags) {
        List<ArticleFlag> flags = new ArrayList<>(payloadFlags);
        String title = TextNormaliser.normaliseLine(draft.title());
        String body = TextNormaliser.normalise(draft.body());
        boolean hasTitle = title != null && !title.isBlank();
        boolean hasBody = body != null && !body.isBlank();
        if (!hasTitle && !hasBody) {
            return Result.rejected(Reasons.NO_TEXT, "no headline and no article text found", null);
        }
        String decodeProblem = undecodable((hasTitle ? title : "") + "\n" + (hasBody ? body : ""));
        if (decodeProblem != null) {
            return Result.rejected(Reasons.UNDECODABLE, decodeProblem, null);
        }
        if (!hasBody && format == Format.HTML) {
            return Result.rejected(Reasons.MISSING_BODY, "the page has a title but no article text: a web page "
                    + "without text is not taken for a headline (home pages, error pages and video pages have titles "
                    + "too); send headline-only items as JSON, a feed or text", "body");
        }
        String author = TextNormaliser.normaliseLine(draft.author());
        if (hasBody) {
            Body b = checkBody(body, flags);
            if (b.rejection != null) {
                return new Result(null, b.rejection);
            }
            body = b.text;
            hasBody = body != null && !body.isBlank();
            if ((author == null || author.isBlank()) && b.credit != null) {
                author = b.credit; // "(Reporting by Jane Doe; ...)": the writer, when there is no byline
            }
        }
        if (!hasTitle) {
            title = Titles.fromText(body);
            flags.add(new ArticleFlag(Flags.TITLE_FROM_TEXT, "no headline: the text's first sentence stands in"));
        }
        long replaced = PayloadDecoder.replacements(title + (hasBody ? body : ""));
        if (replaced > 0) {
            flags.add(new ArticleFlag(Flags.REPLACEMENT_CHARACTERS, replaced + " character(s) could not be decoded"));
        }
        int size = title.getBytes(StandardCharsets.UTF_8).length
                + (hasBody ? body.getBytes(StandardCharsets.UTF_8).length : 0);
        if (size > settings.maxArticleBytes()) {
            return Result.rejected(Reasons.TOO_LARGE, "the article's text has " + size + " bytes; the limit "
                    + "(ingest.max.article.bytes) is " + settings.maxArticleBytes(), "body");
        }
        Instant now = meta.receivedAt();
        OffsetDateTime published = draft.published();
        String publishedFrom = draft.publishedFrom();
        if (published == null && draft.dateText() != null) {
            Optional<DateParser.Found> found = DateParser.find(draft.dateText(), now);
            if (found.isPresent()) {
                published = found.get().value();
                publishedFrom = found.get().relative() ? "relative" : publishedFrom;
            } else {
                flags.add(new ArticleFlag(Flags.UNREADABLE_DATE, "'" + ContentChecks.tail(draft.dateText().strip())
                        + "' is no date ingest reads"));
            }
        }
        if (published != null) {
            String implausible = implausible(published, now);
            if (implausible != null) {
                flags.add(new ArticleFlag(Flags.IMPLAUSIBLE_DATE, implausible));
                published = null;
            }
        }
        if (published == null) {
            published = now.atOffset(ZoneOffset.UTC);
            publishedFrom = "ingest-time";
        }
        String givenUrl = draft.url() != null ? draft.url().strip() : meta.url();
        // the link is kept as given (the canonical form, without www and tracking parameters, is for comparing, and
        // may not be a page the site serves); one that is not absolute http(s) (a "javascript:" link from a header
        // or ?url=) is not kept, and the flag says what it was
        String url = givenUrl == null || givenUrl.isBlank() ? null : givenUrl;
        if (url != null && !ArticleIds.isWebUrl(url)) {
            flags.add(new ArticleFlag(Flags.INVALID_URL, Flags.evidence(url)));
            url = null;
        }
        String source = TextNormaliser.normaliseLine(draft.source());
        if (source == null || source.isBlank()) {
            source = ArticleIds.host(url);
        }
        String text = hasBody ? body : "";
        String language = draft.language() != null && draft.language().matches("[a-z]{2}")
                ? draft.language() : LanguageDetector.detect(title + "\n" + text);
        String id = ArticleIds.ofText(title, text);
        String kind = hasBody ? Article.KIND_ARTICLE : Article.KIND_HEADLINE;
        return new Result(new Article(id, title, source, author == null || author.isBlank() ? null : author,
                published, publishedFrom, url, language, text, meta.origin(), meta.originName(), now, null, kind,
                flags), null);
    }

    private record Body(String text, String credit, Rejection rejection) {
    }

    /** Wire endings cut, paywall notice cut, and the doubts about what is left noted as flags. */
    private Body checkBody(String body, List<ArticleFlag> flags) {
        String charCount = ContentChecks.charCount(body);
        if (charCount != null) {
            body = ContentChecks.withoutCharCount(body);
            flags.add(new ArticleFlag(Flags.POSSIBLY_TRUNCATED, "ended with '" + charCount + "': the rest was left out"));
        }
        WireEndings.Cut cut = WireEndings.cut(body);
        body = cut.body();
        if (cut.continued()) {
            flags.add(new ArticleFlag(Flags.POSSIBLY_TRUNCATED, "ended with 'MORE': the story goes on in another item"));
        }
        ContentChecks.Paywall paywall = ContentChecks.paywall(body);
        if (paywall.onlyNotice()) {
            return new Body(null, null, new Rejection(Reasons.PAYWALL, "the only text is a paywall notice: '"
                    + paywall.notice() + "'", "body"));
        }
        if (paywall.teaser()) {
            flags.add(new ArticleFlag(Flags.POSSIBLY_PAYWALLED, "'" + paywall.notice() + "' and "
                    + paywall.otherWords() + " words besides (the notice is cut)"));
        }
        body = paywall.body();
        if (body.isBlank()) {
            return new Body(null, cut.credit(), null);
        }
        if (charCount == null && !cut.continued()) {
            String truncated = ContentChecks.truncation(body);
            if (truncated != null) {
                flags.add(new ArticleFlag(Flags.POSSIBLY_TRUNCATED, truncated));
            }
        }
        int words = ScrapeLines.words(body);
        if (words < settings.minBodyWords()) {
            flags.add(new ArticleFlag(Flags.SHORT_BODY, words + " words (ingest.min.body.words is "
                    + settings.minBodyWords() + ")"));
        }
        return new Body(body, cut.credit(), null);
    }

    /**
     * Why a date cannot be the article's publication time, or null. A date before {@link #EARLIEST} or more than
     * {@code ingest.max.future.hours} ahead is a typo, a placeholder or an attack, and a year such as -300000
     * breaks every consumer that formats it (browsers, epoch milliseconds): the article is kept with ingest time
     * and the date as given is the flag's evidence. Compared as instants, which hold any OffsetDateTime, so no
     * year overflows here.
     */
    private String implausible(OffsetDateTime published, Instant now) {
        Instant at = published.toInstant();
        if (at.isBefore(EARLIEST)) {
            return "'" + published + "' is before 1900: ingest time stands in";
        }
        Instant latest = now.plus(settings.maxFutureSkew());
        if (at.isAfter(latest)) {
            return "'" + published + "' is more than " + settings.maxFutureSkew().toHours()
                    + " h after ingest time " + now + ": ingest time stands in";
        }
        return null;
    }

    /** Why a text is not decoded text, or null. */
    private static String undecodable(String text) {
        double share = PayloadDecoder.replacementShare(text);
        if (share > UNDECODABLE_SHARE) {
            return String.format(java.util.Locale.ROOT, "%.0f%% of the characters could not be decoded (U+FFFD): "
                    + "declare the charset in the content type (text/plain; charset=...)", share * 100);
        }
        return null;
    }
}
