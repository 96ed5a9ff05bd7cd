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

    // the defaults are StorywireConfigDef's; these names stay for the tests and the eval code that use them
    private static final IngestSettings DEFAULTS = from(StorywireConfig.defaults());
    public static final int DEFAULT_MAX_RAW_BYTES = DEFAULTS.maxRawBytes;
    public static final int DEFAULT_MAX_ARTICLE_BYTES = DEFAULTS.maxArticleBytes;
    public static final int DEFAULT_MIN_BODY_WORDS = DEFAULTS.minBodyWords;
    public static final int DEFAULT_SHINGLE = DEFAULTS.shingleSize;
    public static final double DEFAULT_THRESHOLD = DEFAULTS.nearDuplicateThreshold;
    public static final Duration DEFAULT_FUTURE_SKEW = DEFAULTS.maxFutureSkew;
    public static final Duration DEFAULT_RETENTION = DEFAULTS.dedupRetention;
    /** Room for record headers and batch overhead above the largest payload in a Kafka message or request. */
    public static final int KAFKA_OVERHEAD_BYTES = 64 * 1024;

    public static IngestSettings defaults() {
        return DEFAULTS;
    }

    public static IngestSettings from(StorywireConfig cfg) {
        return new IngestSettings(
                cfg.maxPayloadBytes(),
                cfg.getInt("ingest.max.article.bytes"),
                cfg.getInt("ingest.min.body.words"),
                Duration.ofHours(cfg.getLong("ingest.max.future.hours")),
                cfg.getInt("ingest.near.duplicate.shingle"),
                cfg.getDouble("ingest.near.duplicate.threshold"),
                Duration.ofDays(cfg.getLong("ingest.dedup.retention.days")),
                Clock.systemUTC());
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
