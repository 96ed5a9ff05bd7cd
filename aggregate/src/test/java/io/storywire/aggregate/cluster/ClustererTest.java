package io.storywire.aggregate.cluster;

import static io.storywire.aggregate.cluster.Articles.KPOP_BODY;
import static io.storywire.aggregate.cluster.Articles.SUMMIT_BODY;
import static io.storywire.aggregate.cluster.Articles.SUMMIT_BODY_2;
import static io.storywire.aggregate.cluster.Articles.SUMMIT_ENTITIES;
import static io.storywire.aggregate.cluster.Articles.T0;
import static io.storywire.aggregate.cluster.Articles.enriched;
import static org.assertj.core.api.Assertions.assertThat;

import io.storywire.core.model.Article;
import io.storywire.core.model.EnrichedArticle;
import io.storywire.core.model.Story;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClustererTest {

    private final ClusterState state = ClusterState.inMemory();
    private final Clusterer clusterer = new Clusterer(state, ClusterSettings.defaults());

    @Test
    void shouldOpenAStoryNamedByTopicAndFirstArticle() {
        Clusterer.Assignment a = clusterer.add("asia", enriched("a1", "Lee and Xi meet", SUMMIT_BODY, T0,
                SUMMIT_ENTITIES, "asia")).orElseThrow();

        assertThat(a.opened()).isTrue();
        assertThat(a.story().id()).isEqualTo("asia:a1");
        assertThat(state.stories().get("asia:a1")).isEqualTo(a.story());
    }

    @Test
    void shouldJoinTheMostSimilarStory() {
        clusterer.add("asia", enriched("a1", "Lee and Xi meet", SUMMIT_BODY, T0, SUMMIT_ENTITIES, "asia"));
        clusterer.add("asia", enriched("k1", "World tour starts", KPOP_BODY, T0, List.of(), "asia"));

        Clusterer.Assignment a = clusterer.add("asia", enriched("a2", "Xi and Lee pledge cooperation",
                SUMMIT_BODY_2, T0.plusSeconds(600), SUMMIT_ENTITIES, "asia")).orElseThrow();

        assertThat(a.opened()).isFalse();
        assertThat(a.story().id()).isEqualTo("asia:a1");
        assertThat(a.story().size()).isEqualTo(2);
        assertThat(state.stories().get("asia:k1").size()).isEqualTo(1);
    }

    @Test
    void shouldIgnoreAnArticleAlreadyInTheTopic() {
        EnrichedArticle a1 = enriched("a1", "Lee and Xi meet", SUMMIT_BODY, T0, SUMMIT_ENTITIES, "asia");
        clusterer.add("asia", a1);
        Long docs = state.counters().get("asia|#docs");

        assertThat(clusterer.add("asia", a1)).isEmpty();
        assertThat(state.counters().get("asia|#docs")).isEqualTo(docs);
    }

    @Test
    void shouldKeepTheMostCentralTitleAsHeadline() {
        clusterer.add("asia", enriched("a1", "Breaking", SUMMIT_BODY, T0, SUMMIT_ENTITIES, "asia"));
        Story s = clusterer.add("asia", enriched("a2", "Lee and Xi hold summit in Beijing", SUMMIT_BODY_2,
                T0.plusSeconds(60), SUMMIT_ENTITIES, "asia")).orElseThrow().story();

        assertThat(s.headline()).isEqualTo("Lee and Xi hold summit in Beijing");
    }

    @Test
    void shouldCapTheStorysTermVector() {
        ClusterSettings small = new ClusterSettings(0.0, 1, 0, 1, 1.0, 0.5, Duration.ofDays(4), Duration.ofDays(3),
                Duration.ofDays(7), Duration.ofDays(30), 100, 5, 10, 5, 10, 10);
        Clusterer c = new Clusterer(state, small);
        c.add("asia", enriched("a1", "Lee and Xi meet", SUMMIT_BODY, T0, List.of(), "asia"));
        c.add("asia", enriched("a2", "Lee and Xi", SUMMIT_BODY_2, T0, List.of(), "asia"));

        assertThat(state.profiles().get("asia:a1").terms()).hasSize(5);
    }

    @Test
    void shouldScoreNoMoreStoriesPerArticleWhenTheTopicHoldsManyMore() {
        CountingTable<StoryProfile> profiles = new CountingTable<>();
        ClusterState counted = new ClusterState(new MemoryTable<>(), profiles, new MemoryTable<>(),
                new MemoryTable<>(), new MemoryTable<>());
        Clusterer c = new Clusterer(counted, ClusterSettings.defaults());
        Random random = new Random(7);
        int maxReads = 0;
        for (int i = 0; i < 2000; i++) {
            // every article shares common words with all others, and has a few of its own
            String body = "market government officials policy plan " + word(random) + " " + word(random) + " "
                    + word(random) + " " + word(random);
            profiles.reads = 0;
            c.add("big", enriched("x" + i, word(random) + " " + word(random), body, T0.plusSeconds(i), List.of(),
                    "big"));
            maxReads = Math.max(maxReads, profiles.reads);
        }

        // each article reads the profiles of at most maxCandidates stories plus the one it joins
        assertThat(maxReads).isLessThanOrEqualTo(ClusterSettings.defaults().maxCandidates() + 1);
    }

    @Test
    void shouldJoinANearDuplicateOnlyToAStoryOfTheSameTopic() {
        EnrichedArticle original = enriched("a1", "Lee and Xi meet", SUMMIT_BODY, T0, SUMMIT_ENTITIES, "asia");
        clusterer.add("asia", original);
        EnrichedArticle copy = Articles.nearDuplicate(original, "a1c", "Tour", KPOP_BODY, T0, "a1");

        Optional<Clusterer.Assignment> other = clusterer.add("music", copy);

        assertThat(other.orElseThrow().story().id()).isEqualTo("music:a1c");
        assertThat(clusterer.add("asia", copy).orElseThrow().story().id()).isEqualTo("asia:a1");
    }

    @Test
    void shouldLetTimeNotCountForAnArticleWithoutADateOfItsOwn() {
        clusterer.add("asia", enriched("a1", "Lee and Xi meet", SUMMIT_BODY, T0, SUMMIT_ENTITIES, "asia"));
        EnrichedArticle dated = enriched("a2", "Xi and Lee pledge cooperation", SUMMIT_BODY_2,
                T0.plus(Duration.ofDays(60)), SUMMIT_ENTITIES, "asia");
        // loaded two months later, with no date found: ingest time stands in for the published time
        EnrichedArticle undated = new EnrichedArticle(new Article(dated.id(),
                dated.article().title(), "site", null, dated.article().published(), "ingest-time", null, "en",
                dated.article().body(), "file", null, dated.article().ingestedAt(), null),
                dated.entities(), dated.topics());

        Story s = clusterer.add("asia", undated).orElseThrow().story();

        assertThat(s.id()).isEqualTo("asia:a1");
        assertThat(state.profiles().get("asia:a1").lastSeen()).isEqualTo(T0);
        assertThat(state.counters().get("asia|#clock")).isEqualTo(T0.toEpochMilli());
        // nor does its ingest time stretch the span the story shows
        assertThat(s.firstSeen()).isEqualTo(T0);
        assertThat(s.lastSeen()).isEqualTo(T0);
    }

    @Test
    void shouldLetADatedArticleJoinAStoryOpenedByAnUndatedOne() {
        EnrichedArticle loadedLater = enriched("a1", "Lee and Xi meet", SUMMIT_BODY, T0.plus(Duration.ofDays(300)),
                SUMMIT_ENTITIES, "asia");
        clusterer.add("asia", undated(loadedLater));

        Story s = clusterer.add("asia", enriched("a2", "Xi and Lee pledge cooperation", SUMMIT_BODY_2, T0,
                SUMMIT_ENTITIES, "asia")).orElseThrow().story();

        assertThat(s.id()).isEqualTo("asia:a1");
        assertThat(state.profiles().get("asia:a1").firstSeen()).isEqualTo(T0);
        assertThat(s.firstSeen()).isEqualTo(T0);
        assertThat(s.lastSeen()).isEqualTo(T0);
    }

    private static EnrichedArticle undated(EnrichedArticle e) {
        Article a = e.article();
        return new EnrichedArticle(new Article(a.id(), a.title(), a.source(), null, a.published(), "ingest-time", null,
                "en", a.body(), "file", null, a.ingestedAt(), null), e.entities(), e.topics());
    }

    @Test
    void shouldOpenANewStoryForADatedArticleWeeksLater() {
        clusterer.add("asia", enriched("a1", "Lee and Xi meet", SUMMIT_BODY, T0, SUMMIT_ENTITIES, "asia"));

        Clusterer.Assignment later = clusterer.add("asia", enriched("a2", "Lee and Xi meet", SUMMIT_BODY,
                T0.plus(Duration.ofDays(60)), SUMMIT_ENTITIES, "asia")).orElseThrow();

        assertThat(later.opened()).isTrue();
        assertThat(state.counters().get("asia|#clock")).isEqualTo(T0.plus(Duration.ofDays(60)).toEpochMilli());
    }

    @Test
    void shouldMakeTheSameStoriesWhateverOrderTheArticlesArriveIn() {
        // the same two stories three times, weeks apart (past the index TTL), and one in between
        List<EnrichedArticle> byDate = new ArrayList<>();
        for (int month = 0; month < 3; month++) {
            Instant start = T0.plus(Duration.ofDays(40L * month));
            byDate.add(enriched("m" + month + "a", "Lee and Xi meet", SUMMIT_BODY, start, SUMMIT_ENTITIES, "asia"));
            byDate.add(enriched("m" + month + "b", "Xi and Lee pledge cooperation", SUMMIT_BODY_2,
                    start.plus(Duration.ofDays(2)), SUMMIT_ENTITIES, "asia"));
        }
        byDate.add(enriched("k1", "World tour starts", KPOP_BODY, T0.plus(Duration.ofDays(20)), List.of(), "asia"));
        byDate.add(enriched("k2", "K-pop group starts world tour", KPOP_BODY, T0.plus(Duration.ofDays(21)),
                List.of(), "asia"));
        List<EnrichedArticle> newestFirst = new ArrayList<>(byDate);
        Collections.reverse(newestFirst);
        List<EnrichedArticle> shuffled = new ArrayList<>(byDate);
        Collections.shuffle(shuffled, new Random(7));

        Set<Set<String>> expected = Set.of(Set.of("m0a", "m0b"), Set.of("m1a", "m1b"), Set.of("m2a", "m2b"),
                Set.of("k1", "k2"));
        assertThat(storiesOf(byDate)).isEqualTo(expected);
        assertThat(storiesOf(newestFirst)).isEqualTo(expected);
        assertThat(storiesOf(shuffled)).isEqualTo(expected);
    }

    /** The articles of each story a fresh clusterer makes of {@code articles}, in that order. */
    private static Set<Set<String>> storiesOf(List<EnrichedArticle> articles) {
        Clusterer fresh = new Clusterer(ClusterState.inMemory(), ClusterSettings.defaults());
        Map<String, Set<String>> stories = new HashMap<>();
        for (EnrichedArticle a : articles) {
            Clusterer.Assignment assigned = fresh.add("asia", a).orElseThrow();
            stories.computeIfAbsent(assigned.story().id(), id -> new HashSet<>()).add(a.article().id());
        }
        return Set.copyOf(stories.values());
    }

    private static String word(Random random) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 7; i++) {
            sb.append((char) ('a' + random.nextInt(26)));
        }
        return sb.toString();
    }

    /** Counts reads, to show that the work per article does not follow the number of stories. */
    static final class CountingTable<V> implements Table<V> {
        private final MemoryTable<V> inner = new MemoryTable<>();
        int reads;

        @Override
        public V get(String key) {
            reads++;
            return inner.get(key);
        }

        @Override
        public void put(String key, V value) {
            inner.put(key, value);
        }

        @Override
        public void delete(String key) {
            inner.delete(key);
        }
    }

    /** Headlines only: every join is decided on the title views. Merging is on for any near candidate. */
    private static final ClusterSettings MERGE_ANY = ClusterSettings.defaults()
            .withViews(0.15, 0.15, 0.0).withMerge(0.0, 0.0);

    private static EnrichedArticle headline(String id, String title, int minute) {
        return enriched(id, title, "", T0.plusSeconds(60L * minute), List.of(), "all");
    }

    @Test
    void shouldMergeTwoStoriesThatAnArticleLinksIntoTheOlderOne() {
        Clusterer c = new Clusterer(state, MERGE_ANY);
        c.add("all", headline("h1", "Volcano erupts near Hualien harbour", 0));
        c.add("all", headline("h2", "Ash cloud grounds Ironwood flights", 1));

        Clusterer.Assignment a = c.add("all", headline("h3",
                "Hualien volcano ash cloud grounds Ironwood flights", 2)).orElseThrow();

        assertThat(a.story().id()).isEqualTo("all:h1");
        assertThat(a.story().size()).isEqualTo(3);
        assertThat(a.story().articles()).extracting(sa -> sa.id()).containsExactlyInAnyOrder("h1", "h2", "h3");
        assertThat(a.absorbed()).extracting(Story::id).containsExactly("all:h2");
        assertThat(a.absorbed().get(0).mergedInto()).isEqualTo("all:h1");
        assertThat(state.stories().get("all:h2")).isNull();
        assertThat(state.profiles().get("all:h2")).isNull();
        assertThat(state.seen().get("all|h2")).isEqualTo("all:h1");
        assertThat(state.seen().get("all|h3")).isEqualTo("all:h1");
        assertThat(state.profiles().get("all:h1").size()).isEqualTo(3);
    }

    @Test
    void shouldPointEveryStoryAbsorbedByOneArticleAtTheStoryThatSurvives() {
        Clusterer c = new Clusterer(state, MERGE_ANY);
        c.add("all", headline("h1", "Volcano erupts near Hualien harbour", 0));
        c.add("all", headline("h2", "Ash cloud grounds Ironwood flights", 1));
        c.add("all", headline("h3", "Keelung ferry schedules disrupted", 2));

        Clusterer.Assignment a = c.add("all", headline("h4",
                "Keelung ferry schedules disrupted as Hualien volcano ash cloud grounds Ironwood flights", 3))
                .orElseThrow();

        assertThat(a.story().id()).isEqualTo("all:h1");
        assertThat(a.absorbed()).extracting(Story::id).containsExactlyInAnyOrder("all:h2", "all:h3");
        assertThat(a.absorbed()).extracting(Story::mergedInto).containsOnly("all:h1");
        assertThat(state.stories().get("all:h2")).isNull();
        assertThat(state.stories().get("all:h3")).isNull();
        for (String article : List.of("h1", "h2", "h3", "h4")) {
            assertThat(state.seen().get("all|" + article)).as(article).isEqualTo("all:h1");
        }
    }

    @Test
    void shouldNotMergeStoriesWhoseCentroidsDifferEvenWhenAnArticleTouchesBoth() {
        Clusterer c = new Clusterer(state, MERGE_ANY.withMerge(0.0, 1.01));
        c.add("all", headline("h1", "Volcano erupts near Hualien harbour", 0));
        c.add("all", headline("h2", "Ash cloud grounds Ironwood flights", 1));

        Clusterer.Assignment a = c.add("all", headline("h3",
                "Hualien volcano ash cloud grounds Ironwood flights", 2)).orElseThrow();

        assertThat(a.absorbed()).isEmpty();
        assertThat(state.stories().get("all:h1")).isNotNull();
        assertThat(state.stories().get("all:h2")).isNotNull();
    }

    @Test
    void shouldKeepSiblingHeadlinesOfOneCompanyApartWhenTheirRareWordsDiffer() {
        Clusterer c = new Clusterer(state, ClusterSettings.defaults());
        // filler stories so that the company's name is common in the topic and its own words are rare
        String[] fillers = {"Ironwood shares rise after upbeat outlook", "Ironwood opens new office in Lisbon",
                "Ironwood chief praises staff at town hall", "Ironwood names new finance chief",
                "Ironwood shares slip as market cools", "Ironwood sponsors city marathon"};
        for (int i = 0; i < fillers.length; i++) {
            c.add("all", headline("f" + i, fillers[i], i));
        }
        c.add("all", headline("r1", "Regulators probe Ironwood brake recall", 10));
        c.add("all", headline("r2", "Ironwood brake recall widens, regulators say", 11));
        c.add("all", headline("e1", "Ironwood emissions software faces separate inquiry", 12));
        c.add("all", headline("e2", "Emissions software inquiry into Ironwood expands", 13));

        assertThat(state.seen().get("all|r2")).isEqualTo(state.seen().get("all|r1"));
        assertThat(state.seen().get("all|e2")).isEqualTo(state.seen().get("all|e1"));
        assertThat(state.seen().get("all|e1")).isNotEqualTo(state.seen().get("all|r1"));
    }
}
