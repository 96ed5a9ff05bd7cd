package io.storywire.app;

import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import io.storywire.core.http.HttpGuard;
import io.storywire.core.http.HttpPolicy;
import io.storywire.core.serde.Json;
import java.util.function.Consumer;

/**
 * The one HTTP server of a launcher JVM: every stage that serves HTTP registers its routes on it, behind the
 * {@link HttpGuard} (Host and Origin allow-lists, tokens, security headers, problem+json errors).
 */
final class HttpServer implements AutoCloseable {

    private final Javalin app;

    HttpServer(HttpPolicy policy, Consumer<Javalin> routes) {
        app = HttpGuard.create(policy, config -> config.jsonMapper(new JavalinJackson(Json.MAPPER, false)));
        routes.accept(app);
    }

    /** Binds and returns host:port as other instances reach it. */
    String start(String host, int port) {
        app.start(host, port);
        return host + ":" + app.port();
    }

    int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
