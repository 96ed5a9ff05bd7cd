package io.storywire.aggregate.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.storywire.core.serde.Json;
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
            .withIndex(Duration.ofDays(7), 3, 2)
            .withLateness(Duration.ofDays(30));
    private final CandidateIndex index = new CandidateIndex(table, settings);

    @Test
    void shouldRankStoriesByTheWeightOfTheKeysTheyShare() {
        index.index("t:a", NOW, NOW, List.of("t|t|tariff", "t|t|steel"), NOW);
        index.index("t:b", NOW, NOW, List.of("t|t|tariff"), NOW);
        index.index("t:c", NOW, NOW, List.of("t|t|concert"), NOW);

        List<String> found = index.candidates(Map.of("t|t|tariff", 0.5, "t|t|steel", 0.4, "t|t|quota", 0.3), NOW, NOW);

        assertThat(found).containsExactly("t:a", "t:b");
    }

    @Test
    void shouldReturnNoMoreThanMaxCandidates() {
        for (String s : List.of("t:a", "t:b", "t:c")) {
            index.index(s, NOW, NOW, List.of("t|t|tariff"), NOW);
        }

        assertThat(index.candidates(Map.of("t|t|tariff", 1.0), NOW, NOW)).hasSize(2);
    }

    @Test
    void shouldSkipStoriesQuietLongerThanTheQuietTime() {
        Instant fiveDaysAgo = NOW.minus(Duration.ofDays(5));
        Instant threeDaysAgo = NOW.minus(Duration.ofDays(3));
        index.index("t:old", fiveDaysAgo, fiveDaysAgo, List.of("t|t|tariff"), NOW);
        index.index("t:recent", threeDaysAgo, threeDaysAgo, List.of("t|t|tariff"), NOW);

        assertThat(index.candidates(Map.of("t|t|tariff", 1.0), NOW, NOW)).containsExactly("t:recent");
    }

    @Test
    void shouldSkipExpiredStoriesBeforeTheSweepRemovesThemEvenForAnArticleWithoutTime() {
        // written while the clock was earlier, so nothing was pruned on write
        Instant idle = NOW.minus(Duration.ofDays(40));
        Instant earlierClock = NOW.minus(Duration.ofDays(35));
        index.index("t:idle", idle, idle, List.of("t|t|tariff"), earlierClock);
        index.index("t:live", NOW, NOW, List.of("t|t|tariff"), earlierClock);
        assertThat(table.get("t|t|tariff").stories()).hasSize(2);

        assertThat(index.candidates(Map.of("t|t|tariff", 1.0), null, NOW)).containsExactly("t:live");
        assertThat(index.candidates(Map.of("t|t|tariff", 1.0), null, earlierClock))
                .containsExactly("t:live", "t:idle");
    }

    @Test
    void shouldKeepTheMostRecentStoriesWhenAPostingListIsFull() {
        index.index("t:a", NOW.minusSeconds(40), NOW.minusSeconds(40), List.of("t|t|tariff"), NOW);
        index.index("t:b", NOW.minusSeconds(30), NOW.minusSeconds(30), List.of("t|t|tariff"), NOW);
        index.index("t:c", NOW.minusSeconds(20), NOW.minusSeconds(20), List.of("t|t|tariff"), NOW);
        index.index("t:d", NOW.minusSeconds(10), NOW.minusSeconds(10), List.of("t|t|tariff"), NOW);

        assertThat(table.get("t|t|tariff").stories()).extracting(Postings.Posting::story)
                .containsExactly("t:d", "t:c", "t:b");
    }

    @Test
    void shouldKeepOnePostingPerStoryWithItsLatestTime() {
        Instant first = NOW.minus(Duration.ofHours(2));
        index.index("t:a", first, first, List.of("t|t|tariff"), NOW);
        index.index("t:a", first, NOW, List.of("t|t|tariff"), NOW);

        assertThat(table.get("t|t|tariff").stories())
                .containsExactly(new Postings.Posting("t:a", NOW.toEpochMilli(), first.toEpochMilli()));
    }

    @Test
    void shouldNotRewriteAPostingForLessThanTheRefreshTime() {
        Instant earlier = NOW.minus(CandidateIndex.REFRESH).plusSeconds(60);
        index.index("t:a", earlier, earlier, List.of("t|t|tariff"), NOW);
        index.index("t:a", earlier, NOW, List.of("t|t|tariff"), NOW);

        assertThat(table.get("t|t|tariff").stories())
                .containsExactly(new Postings.Posting("t:a", earlier.toEpochMilli(), earlier.toEpochMilli()));
    }

    @Test
    void shouldAgeIdleStoriesOutOfTheIndex() {
        Instant idle = NOW.minus(Duration.ofDays(40));
        index.index("t:idle", idle, idle, List.of("t|t|tariff", "t|t|steel"), NOW);
        index.index("t:live", NOW, NOW, List.of("t|t|tariff"), NOW);
        index.expire("t|t|steel", NOW);

        assertThat(table.get("t|t|tariff").stories()).extracting(Postings.Posting::story).containsExactly("t:live");
        assertThat(table.get("t|t|steel")).isNull();
    }

    @Test
    void shouldFindTheStoriesOfALateArticlesOwnDaysWhateverTheClock() {
        Instant june = NOW.plus(Duration.ofDays(20));
        index.index("t:march", NOW.minus(Duration.ofDays(1)), NOW, List.of("t|t|tariff"), june);
        index.index("t:june", june, june, List.of("t|t|tariff"), june);

        // an article of March 2nd loaded after June's news: March's story is a candidate, June's is not
        assertThat(index.candidates(Map.of("t|t|tariff", 1.0), NOW.plus(Duration.ofDays(1)), june))
                .containsExactly("t:march");
    }

    @Test
    void shouldOfferAStoryThatStartsWithinTheQuietTimeAfterTheArticle() {
        index.index("t:soon", NOW.plus(Duration.ofDays(3)), NOW.plus(Duration.ofDays(6)), List.of("t|t|tariff"),
                NOW.plus(Duration.ofDays(6)));
        index.index("t:later", NOW.plus(Duration.ofDays(5)), NOW.plus(Duration.ofDays(6)), List.of("t|t|tariff"),
                NOW.plus(Duration.ofDays(6)));

        assertThat(index.candidates(Map.of("t|t|tariff", 1.0), NOW, NOW.plus(Duration.ofDays(6))))
                .containsExactly("t:soon");
    }

    @Test
    void shouldRewriteAPostingWhenAnOlderArticleMovesTheStorysStart() {
        index.index("t:a", NOW, NOW, List.of("t|t|tariff"), NOW);
        index.index("t:a", NOW.minus(Duration.ofDays(2)), NOW, List.of("t|t|tariff"), NOW);

        assertThat(table.get("t|t|tariff").stories()).containsExactly(
                new Postings.Posting("t:a", NOW.toEpochMilli(), NOW.minus(Duration.ofDays(2)).toEpochMilli()));
    }

    @Test
    void shouldAgeStoriesOutOnlyPastTheTtlAndTheLatenessAllowance() {
        index.index("t:old", NOW, NOW, List.of("t|t|tariff"), NOW);
        Instant withinAllowance = NOW.plus(Duration.ofDays(7 + 30)).minusSeconds(1);
        Instant pastAllowance = NOW.plus(Duration.ofDays(7 + 30)).plusSeconds(1);

        assertThat(index.candidates(Map.of("t|t|tariff", 1.0), NOW, withinAllowance)).containsExactly("t:old");
        assertThat(index.candidates(Map.of("t|t|tariff", 1.0), NOW, pastAllowance)).isEmpty();
        index.expire("t|t|tariff", pastAllowance);
        assertThat(table.get("t|t|tariff")).isNull();
    }

    @Test
    void shouldReadAPostingWrittenBeforeSpansWereIndexedAsHavingNoStart() throws Exception {
        Postings old = Json.MAPPER.readValue("{\"stories\":[[\"t:a\",5]]}", Postings.class);

        assertThat(old.stories()).containsExactly(new Postings.Posting("t:a", 5, Postings.Posting.NO_START));
    }
}
