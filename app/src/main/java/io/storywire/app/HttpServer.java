package io.storywire.app;

import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import io.storywire.core.serde.Json;
import java.util.function.Consumer;

/** The one HTTP server of a launcher JVM: every stage that serves HTTP registers its routes on it. */
final class HttpServer implements AutoCloseable {

    private final Javalin app;

    HttpServer(Consumer<Javalin> routes) {
        app = Javalin.create(config -> {
            config.jsonMapper(new JavalinJackson(Json.MAPPER, false));
            config.showJavalinBanner = false;
            config.useVirtualThreads = false;
        });
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
