package io.storywire.aggregate.web;

import io.javalin.Javalin;
import io.storywire.core.serde.Json;
import java.util.Map;
import java.util.function.BooleanSupplier;

/** Liveness (the process answers) and readiness (Streams RUNNING, this instance's stores queryable, feed reading). */
public final class HealthRoutes {

    private final BooleanSupplier ready;

    public HealthRoutes(BooleanSupplier ready) {
        this.ready = ready;
    }

    public void register(Javalin app) {
        app.get("/health/live", ctx -> ctx.contentType("application/json").result(Json.write(Map.of("status", "UP"))));
        app.get("/health/ready", ctx -> {
            boolean up = ready.getAsBoolean();
            if (!up) {
                ctx.header("Retry-After", Problems.RETRY_AFTER_SECONDS);
            }
            ctx.status(up ? 200 : 503).contentType("application/json")
                    .result(Json.write(Map.of("status", up ? "UP" : "DOWN")));
        });
    }
}
