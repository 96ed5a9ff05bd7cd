package io.storywire.core.ops;

import io.storywire.core.http.HttpGuard;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.storywire.core.serde.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * {@code /health/live}, {@code /health/ready} and {@code /metrics} of one HTTP server, over every stage that server
 * reports for. Each stage adds itself with {@code OpsRoutes.on(app).add(health)}; the routes are registered once per
 * server however many stages share it ({@code run} serves all three on one port).
 *
 * <p>Answers: 200 {@code {"status":"UP","stages":{...}}} when every stage is up, else 503 with {@code Retry-After}
 * and each stage's state and reason.
 */
public final class OpsRoutes {

    /** Seconds a client should wait before asking again after a 503. */
    public static final String RETRY_AFTER_SECONDS = "1";
    /** Prometheus text exposition format. */
    public static final String METRICS_CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private static final Map<Javalin, OpsRoutes> SERVERS = new WeakHashMap<>();

    private final List<StageHealth> stages = new CopyOnWriteArrayList<>();
    private final List<Runnable> beforeScrape = new CopyOnWriteArrayList<>();

    private OpsRoutes() {
    }

    /** The ops routes of this server, registered on first use; call before the server starts. */
    public static OpsRoutes on(Javalin app) {
        synchronized (SERVERS) {
            return SERVERS.computeIfAbsent(app, a -> {
                OpsRoutes routes = new OpsRoutes();
                routes.register(a);
                return routes;
            });
        }
    }

    /** Reports this stage's health on this server. */
    public OpsRoutes add(StageHealth health) {
        stages.add(health);
        return this;
    }

    /** Runs before every scrape: gauges that read stores refresh here rather than on every update. */
    public OpsRoutes beforeScrape(Runnable refresh) {
        beforeScrape.add(refresh);
        return this;
    }

    private void register(Javalin app) {
        app.get("/health/live", ctx -> answer(ctx, StageHealth::live));
        app.get("/health/ready", ctx -> answer(ctx, StageHealth::ready));
        app.get("/metrics", ctx -> {
            beforeScrape.forEach(Runnable::run);
            ctx.contentType(METRICS_CONTENT_TYPE).result(Telemetry.scrape());
        });
    }

    private void answer(Context ctx, Function<StageHealth, StageHealth.Check> check) {
        boolean up = true;
        Map<String, Object> byStage = new LinkedHashMap<>();
        for (StageHealth s : new ArrayList<>(stages)) {
            StageHealth.Check c = check.apply(s);
            up &= c.up();
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("status", c.up() ? "UP" : "DOWN");
            one.put("state", c.state());
            if (c.detail() != null) {
                one.put("detail", c.detail());
            }
            byStage.put(s.stage(), one);
        }
        if (!up) {
            ctx.header("Retry-After", RETRY_AFTER_SECONDS);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", up ? "UP" : "DOWN");
        body.put("stages", byStage);
        ctx.attribute(HttpGuard.OWN_ANSWER, true);
        ctx.status(up ? 200 : 503).contentType("application/json").result(Json.write(body));
    }
}
