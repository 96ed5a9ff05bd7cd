package io.storywire.aggregate.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.storywire.aggregate.query.NotFoundException;
import io.storywire.aggregate.query.local.StoreUnavailableException;
import io.storywire.core.http.ProblemJson;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Errors as RFC 9457 problem details. Handlers are wrapped rather than registering app-wide exception mappers,
 * because the HTTP server is shared with other stages whose exceptions are not ours to map.
 */
public final class Problems {

    public static final String CONTENT_TYPE = ProblemJson.MEDIA_TYPE;
    /** Seconds a client should wait before asking again while stores rebalance. */
    public static final String RETRY_AFTER_SECONDS = "1";

    private static final Logger log = LoggerFactory.getLogger(Problems.class);

    private Problems() {
    }

    public static Handler guarded(Handler handler) {
        return ctx -> {
            try {
                handler.handle(ctx);
            } catch (NotFoundException e) {
                write(ctx, 404, "Not Found", e.getMessage());
            } catch (IllegalArgumentException e) {
                write(ctx, 400, "Bad Request", e.getMessage());
            } catch (StoreUnavailableException e) {
                log.debug("503 for {}: {}", ctx.path(), e.getMessage());
                ctx.header("Retry-After", RETRY_AFTER_SECONDS);
                write(ctx, 503, "Service Unavailable", e.getMessage());
            }
        };
    }

    public static void write(Context ctx, int status, String title, String detail) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail == null ? title : detail);
        problem.put("instance", ctx.path());
        ProblemJson.write(ctx, status, problem);
    }
}
