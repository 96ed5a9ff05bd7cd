package io.storywire.ingest.parse;

import io.storywire.core.model.Article;
import io.storywire.ingest.IngestSettings;
import io.storywire.ingest.id.ArticleIds;
import io.storywire.ingest.text.DateParser;
import io.storywire.ingest.text.LanguageDetector;
import io.storywire.ingest.text.TextNormaliser;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Turns a draft of any format into an {@link Article}: normalises the text, resolves the date (or falls back to
 * ingest time and says so), checks that it is a whole article, detects the language and assigns the content id.
 */
final class ArticleAssembler {

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
        String title = TextNormaliser.normaliseLine(draft.title());
        String body = TextNormaliser.normalise(draft.body());
        if (title == null || title.isBlank()) {
            return Result.rejected(Reasons.MISSING_TITLE, "no headline found: the article needs a title", "title");
        }
        if (body == null || body.isBlank()) {
            return Result.rejected(Reasons.MISSING_BODY, "no article text found: the article needs a body", "body");
        }
        if (ContentChecks.isPaywall(body)) {
            return Result.rejected(Reasons.PAYWALL, "the body is a paywall notice, not the article text", "body");
        }
        String cut = ContentChecks.truncation(body);
        if (cut != null) {
            return Result.rejected(Reasons.TRUNCATED, cut, "body");
        }
        int words = ScrapeLines.words(body);
        if (words < settings.minBodyWords()) {
            return Result.rejected(Reasons.BODY_TOO_SHORT, "the body has " + words + " words; an article has at least "
                    + settings.minBodyWords(), "body");
        }
        Instant now = meta.receivedAt();
        OffsetDateTime published = draft.published();
        String publishedFrom = draft.publishedFrom();
        if (published == null && draft.dateText() != null) {
            Optional<DateParser.Found> found = DateParser.find(draft.dateText(), now);
            if (found.isPresent()) {
                published = found.get().value();
                publishedFrom = found.get().relative() ? "relative" : publishedFrom;
            }
        }
        if (published == null) {
            published = now.atOffset(ZoneOffset.UTC);
            publishedFrom = "ingest-time";
        } else if (published.toInstant().isAfter(now.plus(settings.maxFutureSkew()))) {
            return Result.rejected(Reasons.FUTURE_DATE, "published " + published + " is more than "
                    + settings.maxFutureSkew().toHours() + " h after ingest time " + now, "published");
        }
        String url = draft.url() != null ? draft.url().strip() : meta.url();
        String source = TextNormaliser.normaliseLine(draft.source());
        if (source == null || source.isBlank()) {
            source = ArticleIds.host(url);
        }
        String language = draft.language() != null && draft.language().matches("[a-z]{2}")
                ? draft.language() : LanguageDetector.detect(title + "\n" + body);
        String id = ArticleIds.of(url, title, body);
        return new Result(new Article(id, title, source, TextNormaliser.normaliseLine(draft.author()), published,
                publishedFrom, url, language, body, meta.origin(), meta.originName(), now, null), null);
    }
}
