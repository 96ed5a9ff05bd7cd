package io.storywire.aggregate.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryIndexKeysTest {

    /** Latest first, as the API lists them; null (no time) last, as StoryMerge.RECENT puts it. */
    private static final List<Instant> LATEST_FIRST = Arrays.asList(Instant.MAX,
            Instant.parse("2026-01-07T10:00:00.000000001Z"), Instant.parse("2026-01-07T10:00:00Z"),
            Instant.parse("2026-01-07T09:59:59.999999999Z"), Instant.EPOCH.plusNanos(1), Instant.EPOCH,
            Instant.parse("1969-12-31T23:59:59.5Z"), Instant.parse("1900-01-01T00:00:00Z"), Instant.MIN, null);

    @Test
    void shouldSortLaterTimesFirstInTheStoresByteOrderAndReadTheTimeBack() {
        List<String> keys = new ArrayList<>();
        for (Instant t : LATEST_FIRST) {
            String key = StoryIndexKeys.recencyKey("world", t, "world:a1");
            keys.add(key);
            assertThat(StoryIndexKeys.lastSeenOfRecencyKey("world", key)).isEqualTo(t == null ? Instant.MIN : t);
        }
        List<String> byBytes = new ArrayList<>(keys);
        byBytes.sort((a, b) -> Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8),
                b.getBytes(StandardCharsets.UTF_8)));
        // Instant.MIN and null share a key part: a story without a time sorts as the earliest one
        assertThat(byBytes).isEqualTo(keys);
        assertThat(keys.stream().map(String::length).distinct()).hasSize(1);
    }

    @Test
    void shouldSortLargerStoriesFirstThenLaterThenById() {
        Instant t = Instant.parse("2026-01-07T10:00:00Z");
        List<String> expected = List.of(
                StoryIndexKeys.sizeKey("world", Integer.MAX_VALUE, null, "world:z"),
                StoryIndexKeys.sizeKey("world", 12, t, "world:b"),
                StoryIndexKeys.sizeKey("world", 12, t, "world:c"),
                StoryIndexKeys.sizeKey("world", 12, t.minusNanos(1), "world:a"),
                StoryIndexKeys.sizeKey("world", 9, t, "world:a"),
                StoryIndexKeys.sizeKey("world", 1, Instant.MAX, "world:a"),
                StoryIndexKeys.sizeKey("world", 0, null, "world:a"));
        List<String> sorted = new ArrayList<>(expected);
        sorted.sort(String::compareTo);
        assertThat(sorted).isEqualTo(expected);
        assertThat(StoryIndexKeys.lastSeenOfSizeKey("world", expected.get(3))).isEqualTo(t.minusNanos(1));
        // another topic's keys never share the prefix, even one that starts with this topic's id
        assertThat(StoryIndexKeys.sizeKey("world-cup", 5, t, "world-cup:a"))
                .doesNotStartWith(StoryIndexKeys.topicPrefix("world"));
    }
}
