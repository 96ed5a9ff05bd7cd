package io.storywire.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SimilarityTest {

    private static final long SAME_DAY = 3_600_000L;

    @Test
    void shouldFindTheLongestRunOfConsecutiveSharedShingles() {
        int[] sorted = {2, 3, 4, 7, 9};
        assertThat(Similarity.longestRun(new int[] {1, 2, 3, 4, 5, 7, 9, 8}, sorted)).isEqualTo(3);
        assertThat(Similarity.longestRun(new int[] {1, 5, 8}, sorted)).isZero();
        assertThat(Similarity.longestRun(new int[] {9, 9, 7, 2}, sorted)).isEqualTo(4);
    }

    @Test
    void shouldFindTheLongestRunOfHashedShinglesWhateverTheirValues() {
        java.util.Random random = new java.util.Random(5);
        for (int round = 0; round < 200; round++) {
            int[] sorted = random.ints(random.nextInt(300), -1000, 1000).distinct().sorted().toArray();
            int[] sequence = random.ints(random.nextInt(400), -1200, 1200).toArray();
            int best = 0;
            int run = 0;
            for (int v : sequence) {
                run = java.util.Arrays.binarySearch(sorted, v) >= 0 ? run + 1 : 0;
                best = Math.max(best, run);
            }
            assertThat(Similarity.longestRun(sequence, sorted)).as("round %d", round).isEqualTo(best);
        }
        assertThat(Similarity.longestRun(new int[] {0, Integer.MIN_VALUE, Integer.MAX_VALUE},
                new int[] {Integer.MIN_VALUE, 0, Integer.MAX_VALUE})).isEqualTo(3);
        assertThat(Similarity.longestRun(new int[] {0, 1}, new int[0])).isZero();
    }

    @Test
    void shouldFindTheSameRunAmongTheSharedShinglesAsInTheWholeSet() {
        int[] small = {1, 2, 3, 4, 5, 7, 8, 9};
        int[] large = {0, 2, 3, 4, 6, 7, 9, 11, 12};
        int[] sequence = {1, 2, 3, 4, 5, 7, 9, 8, 9, 7, 2};
        assertThat(Similarity.common(small, large)).containsExactly(2, 3, 4, 7, 9);
        assertThat(Similarity.longestRun(sequence, Similarity.common(small, large)))
                .isEqualTo(Similarity.longestRun(sequence, large)).isEqualTo(3);
        assertThat(Similarity.common(new int[0], large)).isEmpty();
    }

    @Test
    void shouldAskLowContainmentForACopiedPassageButNotHighContainment() {
        // same facts, same subject, same day: only the wording and the passage differ
        Similarity scattered = new Similarity(0.2, 10, 0, 5, 0, 1.0, Similarity.MIN_PASSAGE - 1);
        Similarity passage = new Similarity(0.2, 10, 0, 5, 0, 1.0, Similarity.MIN_PASSAGE);
        Similarity copy = new Similarity(Similarity.PASSAGE_ZONE, 10, 0, 5, 0, 1.0, 3);
        assertThat(scattered.nearCopy(0.15, 0.7, SAME_DAY)).isFalse();
        assertThat(passage.nearCopy(0.15, 0.7, SAME_DAY)).isTrue();
        assertThat(copy.nearCopy(0.15, 0.7, SAME_DAY)).isTrue();
    }
}
