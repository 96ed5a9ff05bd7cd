package io.storywire.aggregate.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.common.utils.Bytes;
import org.junit.jupiter.api.Test;

class StoryStateTest {

    private static Bytes utf8(String s) {
        return Bytes.wrap(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void shouldBoundARangeOverASliceAboveEveryKeyOfItAndBelowTheNextSlice() {
        StoryState.Slice<?> slice = StoryState.STORIES;
        // a supplementary character encodes as F0..: above U+FFFF's EF BF BF, so "prefix + U+FFFF" would miss it
        for (String key : List.of("", "a", "taiwan:x", "\uFFFF", "\uD83D\uDE00story", "zzz")) {
            assertThat(utf8(slice.key(key))).isLessThan(utf8(slice.end()));
            assertThat(utf8(slice.key(key))).isGreaterThanOrEqualTo(utf8(slice.prefix()));
        }
        assertThat(slice.end()).isEqualTo("s}");
    }

    @Test
    void shouldGiveEverySliceItsOwnPrefix() {
        List<String> prefixes = List.of(StoryState.STORIES.prefix(), StoryState.TOPIC_COUNTS.prefix(),
                StoryState.RECENCY.prefix(), StoryState.SIZES.prefix(), StoryState.META,
                StoryState.PROFILES, StoryState.INDEX, StoryState.SEEN, StoryState.COUNTERS, StoryState.JOURNAL,
                StoryState.MEMBERS.prefix());
        assertThat(prefixes).doesNotHaveDuplicates().allSatisfy(p -> assertThat(p).hasSize(2).endsWith("|"));
    }
}
