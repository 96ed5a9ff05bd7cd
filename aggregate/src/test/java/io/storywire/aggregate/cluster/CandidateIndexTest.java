package io.storywire.aggregate.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CandidateIndexTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private final MemoryTable<Postings> table = new MemoryTable<>();
    private final ClusterSettings settings = ClusterSettings.defaults()
            .withTime(Duration.ofDays(4), Duration.ofDays(3))
            .withIndex(Duration.ofDays(7), 3, 2);
    private final CandidateIndex index = new CandidateIndex(table, settings);

    @Test
    void shouldRankStoriesByTheWeightOfTheKeysTheyShare() {
        index.index("t:a", NOW, List.of("t|t|tariff", "t|t|steel"), NOW);
        index.index("t:b", NOW, List.of("t|t|tariff"), NOW);
        index.index("t:c", NOW, List.of("t|t|concert"), NOW);

        List<String> found = index.candidates(Map.of("t|t|tariff", 0.5, "t|t|steel", 0.4, "t|t|quota", 0.3), NOW, NOW);

        assertThat(found).containsExactly("t:a", "t:b");
    }

    @Test
    void shouldReturnNoMoreThanMaxCandidates() {
        for (String s : List.of("t:a", "t:b", "t:c")) {
            index.index(s, NOW, List.of("t|t|tariff"), NOW);
        }

        assertThat(index.candidates(Map.of("t|t|tariff", 1.0), NOW, NOW)).hasSize(2);
    }

    @Test
    void shouldSkipStoriesQuietLongerThanTheQuietTime() {
        index.index("t:old", NOW.minus(Duration.ofDays(5)), List.of("t|t|tariff"), NOW);
        index.index("t:recent", NOW.minus(Duration.ofDays(3)), List.of("t|t|tariff"), NOW);

        assertThat(index.candidates(Map.of("t|t|tariff", 1.0), NOW, NOW)).containsExactly("t:recent");
    }

    @Test
    void shouldSkipExpiredStoriesBeforeTheSweepRemovesThemEvenForAnArticleWithoutTime() {
        // written while the clock was earlier, so nothing was pruned on write
        index.index("t:idle", NOW.minus(Duration.ofDays(10)), List.of("t|t|tariff"), NOW.minus(Duration.ofDays(5)));
        index.index("t:live", NOW, List.of("t|t|tariff"), NOW.minus(Duration.ofDays(5)));
        assertThat(table.get("t|t|tariff").stories()).hasSize(2);

        assertThat(index.candidates(Map.of("t|t|tariff", 1.0), null, NOW)).containsExactly("t:live");
        assertThat(index.candidates(Map.of("t|t|tariff", 1.0), null, NOW.minus(Duration.ofDays(5))))
                .containsExactly("t:live", "t:idle");
    }

    @Test
    void shouldKeepTheMostRecentStoriesWhenAPostingListIsFull() {
        index.index("t:a", NOW.minusSeconds(40), List.of("t|t|tariff"), NOW);
        index.index("t:b", NOW.minusSeconds(30), List.of("t|t|tariff"), NOW);
        index.index("t:c", NOW.minusSeconds(20), List.of("t|t|tariff"), NOW);
        index.index("t:d", NOW.minusSeconds(10), List.of("t|t|tariff"), NOW);

        assertThat(table.get("t|t|tariff").stories()).extracting(Postings.Posting::story)
                .containsExactly("t:d", "t:c", "t:b");
    }

    @Test
    void shouldKeepOnePostingPerStoryWithItsLatestTime() {
        index.index("t:a", NOW.minus(Duration.ofHours(2)), List.of("t|t|tariff"), NOW);
        index.index("t:a", NOW, List.of("t|t|tariff"), NOW);

        assertThat(table.get("t|t|tariff").stories()).containsExactly(new Postings.Posting("t:a", NOW.toEpochMilli()));
    }

    @Test
    void shouldNotRewriteAPostingForLessThanTheRefreshTime() {
        Instant earlier = NOW.minus(CandidateIndex.REFRESH).plusSeconds(60);
        index.index("t:a", earlier, List.of("t|t|tariff"), NOW);
        index.index("t:a", NOW, List.of("t|t|tariff"), NOW);

        assertThat(table.get("t|t|tariff").stories())
                .containsExactly(new Postings.Posting("t:a", earlier.toEpochMilli()));
    }

    @Test
    void shouldAgeIdleStoriesOutOfTheIndex() {
        index.index("t:idle", NOW.minus(Duration.ofDays(10)), List.of("t|t|tariff", "t|t|steel"), NOW);
        index.index("t:live", NOW, List.of("t|t|tariff"), NOW);
        index.expire("t|t|steel", NOW);

        assertThat(table.get("t|t|tariff").stories()).extracting(Postings.Posting::story).containsExactly("t:live");
        assertThat(table.get("t|t|steel")).isNull();
    }
}
