package io.storywire.aggregate.query.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.storywire.aggregate.store.StoryState;
import io.storywire.core.model.Story;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecodedStoriesTest {

    private static Story story(String id, String headline, int size) {
        Instant t = Instant.parse("2026-11-30T08:15:00Z");
        return new Story(id, Story.topicOf(id), headline, size, t, t.plusSeconds(60L * size), List.of(),
                List.of("harbour", "ferry"), List.of());
    }

    @Test
    void shouldDecodeOncePerVersionAndAnewWhenTheStoryChanged() {
        Story first = story("trade:s-1", "Ferry line reopens after storm", 2);
        String key = StoryState.STORIES.key(first.id());
        byte[] bytes = StoryState.STORIES.encode(first);

        Story decoded = DecodedStories.of(key, bytes);
        assertThat(decoded).isEqualTo(first);
        // the same record read again (a fresh array with equal bytes, as every store read returns) is not decoded again
        assertThat(DecodedStories.of(key, bytes.clone())).isSameAs(decoded);

        Story grown = story("trade:s-1", "Ferry line reopens after three-day storm", 3);
        Story changed = DecodedStories.of(key, StoryState.STORIES.encode(grown));
        assertThat(changed).isEqualTo(grown).isNotEqualTo(first);
        assertThat(DecodedStories.of(key, null)).isNull();
    }

    @Test
    void shouldStillAnswerEveryStoryRightPastTheLimitOfKeptStories() {
        int n = DecodedStories.MAX_STORIES + 10;
        for (int i = 0; i < n; i++) {
            Story s = story("trade:s-" + i, "Harbour story " + i, 1 + i % 5);
            assertThat(DecodedStories.of(StoryState.STORIES.key(s.id()), StoryState.STORIES.encode(s))).isEqualTo(s);
        }
        Story early = story("trade:s-3", "Harbour story 3", 4);
        assertThat(DecodedStories.of(StoryState.STORIES.key(early.id()), StoryState.STORIES.encode(early)))
                .isEqualTo(early);
    }
}
