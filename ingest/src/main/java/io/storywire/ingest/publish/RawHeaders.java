package io.storywire.ingest.publish;

import io.storywire.ingest.parse.RawMeta;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/** The optional headers of records on the raw topic; anyone producing there (kcat included) may set them. */
public final class RawHeaders {

    public static final String CONTENT_TYPE = "content-type";
    public static final String ORIGIN = "origin";
    public static final String FILE_NAME = "file-name";
    public static final String URL = "url";

    private RawHeaders() {
    }

    /** The meta of a raw record; origin "kafka" when the producer did not say. */
    public static RawMeta read(Headers headers, Instant receivedAt, String sourceTopic) {
        String origin = value(headers, ORIGIN);
        return new RawMeta(value(headers, CONTENT_TYPE), origin == null ? "kafka" : origin,
                value(headers, FILE_NAME), value(headers, URL), receivedAt, sourceTopic);
    }

    public static void write(Headers headers, String contentType, String origin, String name, String url) {
        put(headers, CONTENT_TYPE, contentType);
        put(headers, ORIGIN, origin);
        put(headers, FILE_NAME, name);
        put(headers, URL, url);
    }

    private static void put(Headers headers, String key, String value) {
        if (value != null && !value.isBlank()) {
            headers.add(key, value.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static String value(Headers headers, String key) {
        Header h = headers == null ? null : headers.lastHeader(key);
        if (h == null || h.value() == null) {
            return null;
        }
        String v = new String(h.value(), StandardCharsets.UTF_8).strip();
        return v.isEmpty() ? null : v;
    }
}
