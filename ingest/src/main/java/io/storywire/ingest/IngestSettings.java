package io.storywire.ingest;

import io.storywire.core.config.StorywireConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * Settings of the ingest stage.
 *
 * @param maxBytes                largest payload accepted ({@code ingest.max.bytes}, default 1 MB)
 * @param minBodyWords            a shorter body is a teaser, not an article ({@code ingest.min.body.words})
 * @param maxFutureSkew           a published date further ahead of ingest time is rejected
 *                                ({@code ingest.max.future.hours})
 * @param shingleSize             words per shingle for near-duplicate detection ({@code ingest.near.duplicate.shingle})
 * @param nearDuplicateThreshold  containment of the shorter text's shingles in an earlier article's from which
 *                                the shorter is marked a near-duplicate ({@code ingest.near.duplicate.threshold})
 * @param dedupRetention          how long an article is remembered for exact and near-duplicate detection
 *                                ({@code ingest.dedup.retention.days}); bounds the dedup state
 * @param clock                   ingest time where a record carries none
 */
public record IngestSettings(int maxBytes, int minBodyWords, Duration maxFutureSkew, int shingleSize,
                             double nearDuplicateThreshold, Duration dedupRetention, Clock clock) {

    public static final int DEFAULT_MAX_BYTES = 1024 * 1024;
    public static final int DEFAULT_MIN_BODY_WORDS = 20;
    public static final int DEFAULT_SHINGLE = 3;
    public static final double DEFAULT_THRESHOLD = 0.15;
    public static final Duration DEFAULT_FUTURE_SKEW = Duration.ofHours(24);
    public static final Duration DEFAULT_RETENTION = Duration.ofDays(14);

    public static IngestSettings defaults() {
        return new IngestSettings(DEFAULT_MAX_BYTES, DEFAULT_MIN_BODY_WORDS, DEFAULT_FUTURE_SKEW, DEFAULT_SHINGLE,
                DEFAULT_THRESHOLD, DEFAULT_RETENTION, Clock.systemUTC());
    }

    public static IngestSettings from(StorywireConfig cfg) {
        Map<String, String> m = cfg.asMap();
        return new IngestSettings(
                Integer.parseInt(m.getOrDefault("ingest.max.bytes", String.valueOf(DEFAULT_MAX_BYTES)).trim()),
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

    public IngestSettings withClock(Clock c) {
        return new IngestSettings(maxBytes, minBodyWords, maxFutureSkew, shingleSize, nearDuplicateThreshold, dedupRetention, c);
    }

    public IngestSettings withMaxBytes(int bytes) {
        return new IngestSettings(bytes, minBodyWords, maxFutureSkew, shingleSize, nearDuplicateThreshold, dedupRetention,
                clock);
    }
}
