package io.storywire.aggregate.query.local;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Which stories of a topic to list: order, page and lower time bound. Built from raw query parameters, rejecting
 * anything malformed with {@link IllegalArgumentException} (a 400).
 *
 * @param since only stories with an article at or after this time; null for all
 */
public record StoryPageRequest(Sort sort, int limit, int offset, Instant since) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 200;

    public enum Sort { RECENT, SIZE }

    public static StoryPageRequest parse(String sort, String limit, String offset, String since) {
        return new StoryPageRequest(parseSort(sort), parseInt("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT),
                parseInt("offset", offset, 0, 0, Integer.MAX_VALUE), parseSince(since));
    }

    private static Sort parseSort(String sort) {
        if (sort == null || sort.isBlank() || sort.equals("recent")) {
            return Sort.RECENT;
        }
        if (sort.equals("size")) {
            return Sort.SIZE;
        }
        throw new IllegalArgumentException("sort must be 'recent' or 'size', not '" + sort + "'");
    }

    /**
     * A whole-number query parameter between {@code min} and {@code max}; {@code dflt} when absent or blank.
     * Public for the API's page of a story's articles, so every page parameter of the API is read and refused alike.
     */
    public static int parseInt(String name, String raw, int dflt, int min, int max) {
        if (raw == null || raw.isBlank()) {
            return dflt;
        }
        int v;
        try {
            v = Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, not '" + raw + "'");
        }
        if (v < min || v > max) {
            throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", not " + v);
        }
        return v;
    }

    private static Instant parseSince(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(raw.trim()).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(raw.trim());
            } catch (DateTimeParseException e2) {
                throw new IllegalArgumentException("since must be an ISO-8601 time such as 2026-01-07T00:00:00Z, not '"
                        + raw + "'");
            }
        }
    }
}
