package io.storywire.ingest.parse;

import java.time.Instant;

/**
 * What is known about a raw payload besides its bytes: the headers of the raw topic (or their HTTP / file
 * equivalents) and when it arrived.
 *
 * @param contentType  media type without parameters, e.g. "application/json"; null means: sniff the payload
 * @param origin       the way in: "http", "drop", "cli", "kafka", ...
 * @param originName   file name or client-supplied name; may be null
 * @param url          the page's URL when the sender knows it; may be null
 * @param receivedAt   ingest time: the reference for relative dates and the fallback published time
 * @param sourceTopic  topic/partition@offset when the payload came from Kafka; null otherwise
 */
public record RawMeta(String contentType, String origin, String originName, String url, Instant receivedAt,
                      String sourceTopic) {

    public static RawMeta of(String contentType, String origin, String originName, Instant receivedAt) {
        return new RawMeta(contentType, origin, originName, null, receivedAt, null);
    }

    public RawMeta withContentType(String type) {
        return new RawMeta(type, origin, originName, url, receivedAt, sourceTopic);
    }
}
