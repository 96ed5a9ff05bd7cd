package io.storywire.ingest.settings;

import io.storywire.core.config.StorywireConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * Settings of the ingest stage.
 *
 * @param maxRawBytes             largest raw payload read ({@code ingest.max.raw.bytes}, default 10 MB: a full
 *                                newspaper page with inline scripts and styles runs to several MB); the raw topic's
 *                                {@code max.message.bytes} and the producers' {@code max.request.size} follow it
 * @param maxArticleBytes         largest extracted article, title and body in UTF-8
 *                                ({@code ingest.max.article.bytes}, default 256 KB: the enriched record, with its
 *                                entity mentions, must stay under the 1 MB default of the downstream topics)
 * @param minBodyWords            a shorter body is flagged {@code short-body} ({@code ingest.min.body.words})
 * @param maxFutureSkew           a published date further ahead of ingest time is flagged {@code implausible-date}
 *                                and replaced by ingest time ({@code ingest.max.future.hours})
 * @param shingleSize             words per shingle for near-duplicate detection ({@code ingest.near.duplicate.shingle})
 * @param nearDuplicateThreshold  containment of the shorter text's shingles in an earlier article's from which
 *                                the shorter is marked a near-duplicate ({@code ingest.near.duplicate.threshold})
 * @param dedupRetention          how long an article is remembered for exact and near-duplicate detection
 *                                ({@code ingest.dedup.retention.days}); bounds the dedup state
 * @param clock                   ingest time where a record carries none
 */
public record IngestSettings(int maxRawBytes, int maxArticleBytes, int minBodyWords, Duration maxFutureSkew,
                             int shingleSize, double nearDuplicateThreshold, Duration dedupRetention, Clock clock) {

    public static final int DEFAULT_MAX_RAW_BYTES = 10 * 1024 * 1024;
    public static final int DEFAULT_MAX_ARTICLE_BYTES = 256 * 1024;
    public static final int DEFAULT_MIN_BODY_WORDS = 20;
    public static final int DEFAULT_SHINGLE = 3;
    public static final double DEFAULT_THRESHOLD = 0.15;
    public static final Duration DEFAULT_FUTURE_SKEW = Duration.ofHours(24);
    public static final Duration DEFAULT_RETENTION = Duration.ofDays(14);
    /** Room for record headers and batch overhead above the largest payload in a Kafka message or request. */
    public static final int KAFKA_OVERHEAD_BYTES = 64 * 1024;

    public static IngestSettings defaults() {
        return new IngestSettings(DEFAULT_MAX_RAW_BYTES, DEFAULT_MAX_ARTICLE_BYTES, DEFAULT_MIN_BODY_WORDS,
                DEFAULT_FUTURE_SKEW, DEFAULT_SHINGLE, DEFAULT_THRESHOLD, DEFAULT_RETENTION, Clock.systemUTC());
    }

    public static IngestSettings from(StorywireConfig cfg) {
        Map<String, String> m = cfg.asMap();
        return new IngestSettings(
                maxRawBytes(m),
                Integer.parseInt(m.getOrDefault("ingest.max.article.bytes",
                        String.valueOf(DEFAULT_MAX_ARTICLE_BYTES)).trim()),
                Integer.parseInt(m.getOrDefault("ingest.min.body.words", String.valueOf(DEFAULT_MIN_BODY_WORDS)).trim()),
                Duration.ofHours(Long.parseLong(m.getOrDefault("ingest.max.future.hours",
                        String.valueOf(DEFAULT_FUTURE_SKEW.toHours())).trim())),
                Integer.parseInt(m.getOrDefault("ingest.near.duplicate.shingle", String.valueOf(DEFAULT_SHINGLE)).trim()),
                Double.parseDouble(m.getOrDefault("ingest.near.duplicate.threshold",
                        String.valueOf(DEFAULT_THRESHOLD)).trim()),
                Duration.ofDays(Long.parseLong(m.getOrDefault("ingest.dedup.retention.days",
                        String.valueOf(DEFAULT_RETENTION.toDays())).trim())),
                Clock.systemUTC());
    }

    /** {@code ingest.max.raw.bytes}; the older {@code ingest.max.bytes} still counts when it alone is set. */
    private static int maxRawBytes(Map<String, String> m) {
        String v = m.get("ingest.max.raw.bytes");
        if (v == null || v.isBlank()) {
            v = m.get("ingest.max.bytes");
        }
        return v == null || v.isBlank() ? DEFAULT_MAX_RAW_BYTES : Integer.parseInt(v.trim());
    }

    /** The producers' {@code max.request.size} and the raw topic's {@code max.message.bytes}: a raw payload fits. */
    public int maxKafkaMessageBytes() {
        return Math.max(1_048_576, maxRawBytes + KAFKA_OVERHEAD_BYTES);
    }

    /**
     * Configs of the raw topic, for whoever creates the topics: it must take a raw payload of
     * {@link #maxRawBytes} plus headers, which a broker's 1 MB default would refuse.
     */
    public Map<String, String> rawTopicConfig() {
        return Map.of("max.message.bytes", String.valueOf(maxKafkaMessageBytes()));
    }

    public IngestSettings withClock(Clock c) {
        return new IngestSettings(maxRawBytes, maxArticleBytes, minBodyWords, maxFutureSkew, shingleSize,
                nearDuplicateThreshold, dedupRetention, c);
    }

    public IngestSettings withMaxRawBytes(int bytes) {
        return new IngestSettings(bytes, maxArticleBytes, minBodyWords, maxFutureSkew, shingleSize,
                nearDuplicateThreshold, dedupRetention, clock);
    }

    public IngestSettings withMaxArticleBytes(int bytes) {
        return new IngestSettings(maxRawBytes, bytes, minBodyWords, maxFutureSkew, shingleSize,
                nearDuplicateThreshold, dedupRetention, clock);
    }
}
