package io.storywire.aggregate.query;

import io.storywire.aggregate.cluster.TopicCount;
import io.storywire.aggregate.query.local.StoryPageRequest;
import io.storywire.core.model.Story;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StoryMergeTest {

    @Test
    void shouldSumTopicCountsAcrossPartitionsMostArticlesFirst() {
        Instant t1 = Instant.parse("2026-01-07T00:00:00Z");
        Instant t2 = Instant.parse("2026-01-08T00:00:00Z");
        List<TopicCount> merged = StoryMerge.topicCounts(List.of(
                List.of(new TopicCount("taiwan", 2, 3, t1), new TopicCount("k-pop", 1, 1, t2)),
                List.of(new TopicCount("taiwan", 1, 4, t2))));

        assertThat(merged).containsExactly(new TopicCount("taiwan", 3, 7, t2), new TopicCount("k-pop", 1, 1, t2));
    }

    @Test
    void shouldSortByRecencyOrSizeFilterBySinceAndPage() {
        Story small = story("t:small", 1, "2026-01-09T00:00:00Z");
        Story big = story("t:big", 5, "2026-01-07T00:00:00Z");
        Story mid = story("t:mid", 3, "2026-01-08T00:00:00Z");
        List<Story> all = List.of(small, big, mid);

        assertThat(StoryMerge.page("t", all, StoryPageRequest.parse("recent", null, null, null), false).stories())
                .containsExactly(small, mid, big);
        assertThat(StoryMerge.page("t", all, StoryPageRequest.parse("size", null, null, null), false).stories())
                .containsExactly(big, mid, small);
        StoryPage page = StoryMerge.page("t", all, StoryPageRequest.parse("size", "1", "1", null), true);
        assertThat(page.stories()).containsExactly(mid);
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.stale()).isTrue();
        assertThat(StoryMerge.page("t", all,
                StoryPageRequest.parse(null, null, null, "2026-01-08T00:00:00+00:00"), false).stories())
                .containsExactly(small, mid);
    }

    @Test
    void shouldUniteStoriesFromPartitionsOncePerId() {
        Story a = story("t:a", 1, "2026-01-07T00:00:00Z");
        Story b = story("u:b", 1, "2026-01-08T00:00:00Z");

        assertThat(StoryMerge.union(List.of(List.of(a), List.of(b, a)))).containsExactly(b, a);
    }

    private static Story story(String id, int size, String last) {
        Instant t = Instant.parse(last);
        return new Story(id, Story.topicOf(id), id, size, t, t, List.of(), List.of(), List.of());
    }
}
