package io.storywire.aggregate.web;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The web page and the OpenAPI description, served from the classpath by explicit routes: the HTTP server is shared
 * and configured by the launcher, so no static-file configuration is ours to add.
 */
public final class PageRoutes {

    private static final Map<String, String> FILES = Map.of(
            "/", "web/index.html",
            "/app.js", "web/app.js",
            "/app.css", "web/app.css",
            "/openapi.json", "openapi.json");

    public void register(Javalin app) {
        FILES.forEach((path, resource) -> {
            byte[] body = read(resource);
            String type = contentType(resource);
            app.get(path, ctx -> ctx.header("Cache-Control", "no-cache").contentType(type).result(body));
        });
    }

    private static String contentType(String resource) {
        if (resource.endsWith(".html")) {
            return "text/html; charset=utf-8";
        }
        if (resource.endsWith(".js")) {
            return "text/javascript; charset=utf-8";
        }
        if (resource.endsWith(".css")) {
            return "text/css; charset=utf-8";
        }
        return "application/json";
    }

    private static byte[] read(String resource) {
        try (InputStream in = PageRoutes.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
