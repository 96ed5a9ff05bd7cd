package io.storywire.ingest.http;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.storywire.core.model.Article;
import io.storywire.core.model.DeadLetter;
import io.storywire.core.http.ProblemJson;
import io.storywire.core.serde.Json;
import io.storywire.ingest.publish.IngestDeadLetters;
import io.storywire.ingest.settings.IngestSettings;
import io.storywire.ingest.publish.RawPublisher;
import io.storywire.ingest.parse.ArticleParser;
import io.storywire.ingest.parse.ParseOutcome;
import io.storywire.ingest.parse.RawMeta;
import io.storywire.ingest.parse.Reasons;
import io.storywire.ingest.parse.Rejection;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /articles}: one JSON article, a JSON array, or a text, HTML or feed body by its Content-Type. The body
 * is parsed here with the ingest parser, so a bad one is answered 400/413/415 at once (and kept on the
 * dead-letter topic); a good one is produced to the raw topic as it came and answered 202 with the article ids.
 * A batch is all or nothing: one bad item rejects the request and nothing of it is published. Form posts, and text
 * or untyped bodies without an explicit ingest header, are refused before reading ({@link BrowserSafeTypes}).
 */
public final class ArticleRoutes {

    private static final Logger log = LoggerFactory.getLogger(ArticleRoutes.class);
    private static final long PUBLISH_TIMEOUT_SECONDS = 15;

    private final IngestSettings settings;
    private final ArticleParser parser;
    private final Supplier<RawPublisher> publisher;

    public ArticleRoutes(IngestSettings settings, Supplier<RawPublisher> publisher) {
        this.settings = settings;
        this.parser = new ArticleParser(settings);
        this.publisher = publisher;
    }

    public void register(Javalin app) {
        app.post("/articles", this::post);
    }

    void post(Context ctx) throws Exception {
        Instant now = settings.clock().instant();
        String contentType = ctx.header("Content-Type");
        String name = firstNonBlank(ctx.queryParam("name"), ctx.header("file-name"));
        String url = firstNonBlank(ctx.queryParam("url"), ctx.header("url"));
        RawMeta meta = new RawMeta(contentType, "http", name, url, now, null);
        BrowserSafeTypes.Refusal refusal = BrowserSafeTypes.check(contentType,
                ctx.header(BrowserSafeTypes.INGEST_HEADER), ctx.header("Authorization"));
        if (refusal != null) {
            // nothing was read and nothing is kept: this is a request nobody meant to make, not a bad article
            problem(ctx, refusal.status(), refusal.status() == 415 ? "Unsupported content type" : "Forbidden",
                    List.of(Rejection.of(refusal.reason(), refusal.detail())));
            return;
        }
        long declared = ctx.req().getContentLengthLong();
        byte[] body = declared > settings.maxRawBytes() ? null : readLimited(ctx.bodyInputStream(), settings.maxRawBytes());
        if (body == null) {
            Rejection tooLarge = Rejection.of(Reasons.TOO_LARGE, "the body is larger than " + settings.maxRawBytes()
                    + " bytes (ingest.max.raw.bytes)");
            deadLetter(IngestDeadLetters.unread(tooLarge, meta, Math.max(declared, settings.maxRawBytes() + 1L)));
            problem(ctx, 413, "Payload too large", List.of(tooLarge));
            return;
        }
        ParseOutcome outcome = parser.parse(body, meta);
        if (!outcome.rejections().isEmpty()) {
            outcome.rejections().forEach(r -> deadLetter(IngestDeadLetters.of(r, meta, body)));
            Rejection first = outcome.rejections().get(0);
            int status = Reasons.unsupported(first.reason()) ? 415 : Reasons.tooLarge(first.reason()) ? 413 : 400;
            problem(ctx, status, status == 415 ? "Unsupported content type" : "Not an article", outcome.rejections());
            return;
        }
        try {
            publisher.get().publish(body, contentType, "http", name, url, now)
                    .get(PUBLISH_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            log.warn("POST /articles: could not publish to Kafka: {}", e.toString());
            problem(ctx, 503, "Kafka unavailable", List.of(Rejection.of("unavailable",
                    "the article could not be handed to Kafka; try again: " + e.getMessage())));
            return;
        }
        List<String> ids = outcome.articles().stream().map(Article::id).toList();
        ctx.status(202).contentType("application/json").result(Json.write(Map.of("ids", ids)));
    }

    private void deadLetter(DeadLetter letter) {
        try {
            publisher.get().deadLetter(letter);
        } catch (RuntimeException e) {
            log.warn("POST /articles: rejected input could not be sent to the dead-letter topic: {}", e.toString());
        }
    }

    private static void problem(Context ctx, int status, String title, List<Rejection> rejections) {
        Rejection first = rejections.get(0);
        List<Problem.Error> errors = rejections.stream()
                .map(r -> new Problem.Error(r.reason(), r.field(), r.detail())).toList();
        Problem p = Problem.of(status, title, first.reason(), first.field(), first.detail(),
                errors.size() > 1 ? errors : null);
        ProblemJson.write(ctx, status, p);
    }

    /** The body, or null when it is longer than the limit (read no further than that). */
    private static byte[] readLimited(InputStream in, int limit) throws IOException {
        byte[] b = in.readNBytes(limit + 1);
        return b.length > limit ? null : b;
    }

    private static String firstNonBlank(String a, String b) {
        return a != null && !a.isBlank() ? a : (b != null && !b.isBlank() ? b : null);
    }
}
