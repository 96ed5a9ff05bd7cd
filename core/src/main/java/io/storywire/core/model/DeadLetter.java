package io.storywire.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * A record that a stage could not process, kept with the reason so nothing is dropped silently.
 *
 * @param stage          "ingest", "enrich" or "aggregate"
 * @param reason         a short machine-readable code, e.g. "empty", "malformed-json", "missing-title"
 * @param detail         what a person needs to fix the input
 * @param origin         the way in ("http", "drop", "kafka", ...)
 * @param originName     file name or client name; may be null
 * @param sourceTopic    topic, partition and offset of the failed record when it came from Kafka; may be null
 * @param payload        the original payload as UTF-8 text when it is text and small enough; else null
 * @param payloadBase64  the original payload in base64 when it is not valid UTF-8; else null
 * @param payloadBytes   the payload's size
 * @param at             when the failure happened
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeadLetter(
        String stage,
        String reason,
        String detail,
        String origin,
        String originName,
        String sourceTopic,
        String payload,
        String payloadBase64,
        long payloadBytes,
        Instant at) {
}
