package io.storywire.aggregate.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TermVectorizerTest {

    private final TermVectorizer vectorizer = new TermVectorizer();

    @Test
    void shouldStemAndDropStopWordsNumbersAndReportingVerbs() {
        assertThat(vectorizer.stems("The leaders said on Monday they were meeting 2 times in 2026 at the summits"))
                .containsExactly("leader", "meet", "summit");
    }

    @Test
    void shouldFoldPossessivesAndAccentsAndKeepTheFirstSurfaceWord() {
        TermVectorizer.TermCounts counts = vectorizer.count("China’s exports", "Chinas export café", 1);

        assertThat(counts.counts()).containsEntry("china", 2).containsEntry("export", 2).containsEntry("cafe", 1);
        assertThat(counts.labels()).containsEntry("export", "exports").containsEntry("china", "china");
    }

    @Test
    void shouldCountTitleTermsTitleBoostTimes() {
        TermVectorizer.TermCounts counts = vectorizer.count("Tariffs", "tariffs and quotas", 3);

        assertThat(counts.counts()).containsEntry("tariff", 4).containsEntry("quota", 1);
    }

    @Test
    void shouldGiveNothingForBlankOrMissingText() {
        assertThat(vectorizer.count(null, "  ", 2).isEmpty()).isTrue();
    }

    @Test
    void shouldTakeWordsCapitalisedMidSentenceAsNamesButNotSentenceStarts() {
        TermVectorizer.TermCounts counts = vectorizer.count("Quake Hits Hualien",
                "Rescuers reached Hualien overnight. Landslides closed the Suhua Highway, and landslides cut power.",
                2);

        assertThat(counts.names()).containsExactlyInAnyOrder("hualien", "suhua", "highway");
    }
}
