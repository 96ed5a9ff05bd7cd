package io.storywire.core.http;

import io.javalin.http.Context;
import io.storywire.core.serde.Json;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * RFC 9457 problem+json answers, always as UTF-8 bytes with the charset said: Jetty encodes a String result of a
 * content type it does not know as ISO-8859-1, turning every non-ASCII character of a detail into '?'.
 */
public final class ProblemJson {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String CONTENT_TYPE = MEDIA_TYPE + "; charset=utf-8";

    private ProblemJson() {
    }

    /** Writes any body (a record or map) as this status's problem+json answer. */
    public static void write(Context ctx, int status, Object body) {
        ctx.status(status).contentType(CONTENT_TYPE).result(bytes(body));
    }

    /** A problem with a machine-readable reason: {@code type}, {@code title}, {@code status}, {@code detail}. */
    public static void write(Context ctx, int status, String title, String reason, String detail) {
        write(ctx, status, body(status, title, reason, detail, ctx.path()));
    }

    static Map<String, Object> body(int status, String title, String reason, String detail, String instance) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("type", reason == null ? "about:blank" : "urn:storywire:problem:" + reason);
        p.put("title", title);
        p.put("status", status);
        p.put("detail", detail == null ? title : detail);
        if (reason != null) {
            p.put("reason", reason);
        }
        if (instance != null) {
            p.put("instance", instance);
        }
        return p;
    }

    public static byte[] bytes(Object body) {
        return Json.write(body).getBytes(StandardCharsets.UTF_8);
    }

    /** Whether the answer already is a problem (so server-wide error pages leave it as it is). */
    public static boolean isProblem(String contentType) {
        return contentType != null && contentType.startsWith(MEDIA_TYPE);
    }
}
