package io.storywire.aggregate.store;

import io.storywire.core.model.Story;
import java.time.Instant;
import java.util.Locale;

/**
 * Keys of the two story index slices of {@link StoryState}, {@link StoryState#RECENCY} and {@link StoryState#SIZES}.
 * Their byte order is the order the API lists a topic's stories in, so a page is a prefix scan that reads only as
 * many keys as the page's offset and limit:
 * <ul>
 * <li>recency: "{topic}|{inverted lastSeen}|{story id}", latest article first, ties by id;</li>
 * <li>size: "{topic}|{inverted size}|{inverted lastSeen}|{story id}", most articles first, then as recency.</li>
 * </ul>
 * That is exactly {@code StoryMerge.RECENT} and {@code StoryMerge.LARGEST}: a story without a time sorts as
 * {@link Instant#MIN} (last), times are ordered to the nanosecond (seconds and nanoseconds, each inverted and
 * zero-padded to a fixed width, so string order is numeric order), and ids, the last part after a fixed-width
 * middle, compare as the store compares bytes. For ids of characters below U+D800 (story ids are a topic id and a
 * hex article id) byte order is {@link String#compareTo} order.
 */
public final class StoryIndexKeys {

    private static final long MIN_SECOND = Instant.MIN.getEpochSecond();
    /** Seconds from {@link Instant#MIN} to {@link Instant#MAX}: 17 decimal digits. */
    private static final long SECOND_RANGE = Instant.MAX.getEpochSecond() - MIN_SECOND;
    private static final int SECOND_DIGITS = 17;
    private static final int NANO_DIGITS = 9;
    static final int TIME_WIDTH = SECOND_DIGITS + NANO_DIGITS;
    private static final int SIZE_WIDTH = 10;

    private StoryIndexKeys() {
    }

    /** Every key of one topic in either index starts with this. */
    public static String topicPrefix(String topic) {
        return topic + "|";
    }

    public static String recencyKey(String topic, Instant lastSeen, String storyId) {
        return topicPrefix(topic) + invertedTime(lastSeen) + "|" + storyId;
    }

    public static String sizeKey(String topic, int size, Instant lastSeen, String storyId) {
        return topicPrefix(topic) + String.format(Locale.ROOT, "%0" + SIZE_WIDTH + "d", Integer.MAX_VALUE - size)
                + "|" + invertedTime(lastSeen) + "|" + storyId;
    }

    public static String recencyKey(Story s) {
        return recencyKey(s.topic(), s.lastSeen(), s.id());
    }

    public static String sizeKey(Story s) {
        return sizeKey(s.topic(), s.size(), s.lastSeen(), s.id());
    }

    /**
     * The story's last seen time from a key of either index of topic {@code topic}; {@link Instant#MIN} for a
     * story without one.
     */
    public static Instant lastSeenOfRecencyKey(String topic, String key) {
        return timeAt(key, topicPrefix(topic).length());
    }

    public static Instant lastSeenOfSizeKey(String topic, String key) {
        return timeAt(key, topicPrefix(topic).length() + SIZE_WIDTH + 1);
    }

    /** Fixed-width and inverted: a later time gives a smaller string. */
    static String invertedTime(Instant t) {
        Instant at = t == null ? Instant.MIN : t;
        long seconds = SECOND_RANGE - (at.getEpochSecond() - MIN_SECOND);
        int nanos = 999_999_999 - at.getNano();
        return String.format(Locale.ROOT, "%0" + SECOND_DIGITS + "d%0" + NANO_DIGITS + "d", seconds, nanos);
    }

    private static Instant timeAt(String key, int from) {
        long seconds = Long.parseLong(key, from, from + SECOND_DIGITS, 10);
        int nanos = Integer.parseInt(key, from + SECOND_DIGITS, from + TIME_WIDTH, 10);
        return Instant.ofEpochSecond(SECOND_RANGE - seconds + MIN_SECOND, 999_999_999 - nanos);
    }
}
