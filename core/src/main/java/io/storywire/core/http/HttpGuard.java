package io.storywire.core.http;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.function.Consumer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every answer of a Storywire HTTP server gets, whichever stage's routes it serves: the {@link HttpPolicy}
 * checks (Host, Origin, bearer tokens) before any route, security headers on every answer, and problem+json in
 * UTF-8 for every error, the server's own included (unknown path, wrong method, an exception, and Jetty's answers
 * to requests it cannot parse: a bad URI, a URI or headers too long).
 *
 * <p>Checks, in order: a Host not allowed is 421 (a page that rebinds its DNS name to this machine reaches it with
 * its own name as Host); an Origin that is neither the request's own nor allowed is 403, reads included (browsers
 * send Origin on every cross-origin request, no-cors ones too); {@code /internal/**} without the internal token and
 * any other write without the write token is 401, when those tokens are set.
 */
public final class HttpGuard {

    /** Forbids inline script and style, plugins, framing, and talking to any other origin. */
    public static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private static final Logger log = LoggerFactory.getLogger(HttpGuard.class);
    private static final int[] ERROR_STATUSES = {400, 401, 403, 404, 405, 406, 408, 409, 410, 411, 413, 414, 415,
        416, 421, 422, 429, 431, 500, 501, 502, 503, 504};

    private final HttpPolicy policy;

    private HttpGuard(HttpPolicy policy) {
        this.policy = policy;
    }

    /** A Javalin server with the guard in place; {@code more} adds the caller's own configuration. */
    public static Javalin create(HttpPolicy policy, Consumer<JavalinConfig> more) {
        HttpGuard guard = new HttpGuard(policy);
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.useVirtualThreads = false;
            config.http.prefer405over404 = true; // a known path with the wrong method says so
            ProblemErrorHandler errors = new ProblemErrorHandler();
            config.jetty.modifyServer(server -> server.setErrorHandler(errors));
            config.jetty.modifyServletContextHandler(handler -> handler.setErrorHandler(errors));
            more.accept(config);
        });
        guard.register(app);
        return app;
    }

    /**
     * Request attribute a route sets when its error status carries a body of its own that must reach the client as
     * written (a health answer's 503 with each stage's state); any other error answer becomes problem+json.
     */
    public static final String OWN_ANSWER = "storywire.own-answer";

    public static Javalin create(HttpPolicy policy) {
        return create(policy, config -> { });
    }

    private void register(Javalin app) {
        app.before(this::check);
        app.exception(Exception.class, (e, ctx) -> {
            log.warn("{} {} failed", ctx.method(), ctx.path(), e);
            ProblemJson.write(ctx, 500, "Internal Server Error", "internal-error",
                    "the server failed on this request: " + e.getClass().getSimpleName());
        });
        for (int status : ERROR_STATUSES) {
            app.error(status, ctx -> {
                String type = ctx.res().getContentType();
                if (ProblemJson.isProblem(type) || (type != null && type.startsWith("text/event-stream"))
                        || Boolean.TRUE.equals(ctx.attribute(OWN_ANSWER))) {
                    return; // a route's own answer stays as it is: a problem, or a health answer's 503 JSON
                }
                String said = ctx.result();
                String title = HttpStatus.forStatus(ctx.statusCode()).getMessage();
                String detail = said == null || said.isBlank() || said.length() > 300 ? title : said;
                if (ctx.statusCode() == 404) {
                    detail = "no endpoint " + ctx.method() + " " + ctx.path();
                }
                ProblemJson.write(ctx, ctx.statusCode(), title, null, detail);
            });
        }
    }

    private void check(Context ctx) {
        headers(ctx.res());
        String host = ctx.header("Host");
        if (!policy.hostAllowed(host)) {
            refuse(ctx, 421, "Misdirected Request", "host-not-allowed", "this server does not answer to Host '"
                    + host + "'; a name it serves must be listed in http.allowed.hosts");
            return;
        }
        String origin = ctx.header("Origin");
        if (origin != null && !policy.originAllowed(origin, host)) {
            refuse(ctx, 403, "Forbidden", "origin-not-allowed", "requests from pages of origin '" + origin
                    + "' are not allowed; list it in http.allowed.origins to allow it");
            return;
        }
        boolean write = ctx.method() != HandlerType.GET && ctx.method() != HandlerType.HEAD
                && ctx.method() != HandlerType.OPTIONS;
        boolean internal = ctx.path().startsWith("/internal/");
        String expected = internal ? policy.internalToken() : write ? policy.token() : "";
        if (!HttpPolicy.authorised(expected, ctx.header("Authorization"))) {
            ctx.header("WWW-Authenticate", "Bearer");
            refuse(ctx, 401, "Unauthorized", "token-required", internal
                    ? "/internal needs 'Authorization: Bearer <http.internal.token>'"
                    : "writes need 'Authorization: Bearer <http.token>'");
        }
    }

    private static void refuse(Context ctx, int status, String title, String reason, String detail) {
        ProblemJson.write(ctx, status, title, reason, detail);
        ctx.skipRemainingHandlers();
    }

    static void headers(HttpServletResponse res) {
        res.setHeader("Content-Security-Policy", CSP);
        res.setHeader("X-Content-Type-Options", "nosniff");
        res.setHeader("X-Frame-Options", "DENY");
        res.setHeader("Referrer-Policy", "no-referrer");
        res.setHeader("Cross-Origin-Resource-Policy", "same-origin");
        res.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    }

    /** Jetty's own answers (requests it cannot parse, errors outside Javalin) as problem+json instead of HTML. */
    static final class ProblemErrorHandler extends ErrorHandler {

        @Override
        public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
            String title = HttpStatus.forStatus(status).getMessage();
            fields.put(HttpHeader.CONTENT_TYPE, ProblemJson.CONTENT_TYPE);
            fields.put("Content-Security-Policy", CSP);
            fields.put("X-Content-Type-Options", "nosniff");
            fields.put("X-Frame-Options", "DENY");
            fields.put("Referrer-Policy", "no-referrer");
            return ByteBuffer.wrap(ProblemJson.bytes(ProblemJson.body(status, title, "bad-request",
                    reason == null ? title : reason, null)));
        }

        @Override
        protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request,
                                                  HttpServletResponse response, int code, String message)
                throws IOException {
            String title = HttpStatus.forStatus(code).getMessage();
            headers(response);
            response.setContentType(ProblemJson.CONTENT_TYPE);
            byte[] body = ProblemJson.bytes(ProblemJson.body(code, title, null,
                    message == null || message.isBlank() ? title : message, request.getRequestURI()));
            response.getOutputStream().write(body);
            baseRequest.setHandled(true);
        }
    }
}
