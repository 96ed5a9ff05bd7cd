package io.storywire.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import io.storywire.core.model.NearDuplicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Band groups sharing one cache answer exactly as groups that each compute everything themselves. */
class ComparisonCacheTest {

    private static final String[] WORDS = {"the", "ferry", "operator", "of", "Marrowby", "said", "on", "Monday",
        "that", "it", "would", "add", "two", "evening", "crossings", "from", "May", "after", "complaints", "by",
        "commuters", "council", "member", "Ilse", "Varga", "welcomed", "plan", "but", "warned", "fares", "could",
        "rise", "4", "percent", "harbour", "board", "chairman", "Tomas", "Brandt", "expects", "traffic", "to", "grow",
        "in", "summer", "while", "unions", "asked", "for", "more", "staff", "and", "new", "boats", "12", "million"};

    private record Run(List<Answer> answers, long work) {
    }

    /** 40 articles: every third a rewrite (some sentences kept, some new) of an earlier one, the rest new. */
    private static List<String> articles() {
        SplittableRandom random = new SplittableRandom(19);
        List<String> out = new ArrayList<>();
        for (int a = 0; a < 40; a++) {
            List<String> sentences = new ArrayList<>();
            if (a % 3 == 2) {
                String[] earlier = out.get(random.nextInt(out.size())).split("\n");
                for (String s : earlier) {
                    sentences.add(random.nextInt(4) == 0 ? sentence(random) : s);
                }
            } else {
                for (int s = 0; s < 12; s++) {
                    sentences.add(sentence(random));
                }
            }
            out.add(String.join("\n", sentences));
        }
        return out;
    }

    private static String sentence(SplittableRandom random) {
        StringBuilder s = new StringBuilder();
        for (int w = 0, n = 9 + random.nextInt(8); w < n; w++) {
            s.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return s.append('.').toString();
    }

    /** The articles through four band groups, each with its own store; {@code shared}: one cache for all. */
    private static Run run(List<String> texts, boolean shared) {
        int groups = 4;
        Scatter scatter = new Scatter(3, groups);
        ComparisonCache one = new ComparisonCache(ComparisonCache.SETS, ComparisonCache.COMPARISONS);
        List<ComparisonCache> caches = new ArrayList<>();
        List<BandIndex> indexes = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            ComparisonCache c = shared ? one : new ComparisonCache(ComparisonCache.SETS, ComparisonCache.COMPARISONS);
            caches.add(c);
            indexes.add(new BandIndex(new MemoryBandStore(), 0.15, NearDuplicateDetector.MARKS_THRESHOLD, c));
        }
        List<Answer> answers = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String id = "article-" + i;
            List<Answer> mine = new ArrayList<>();
            for (Probe p : scatter.probes(id, i, i, "example.org", texts.get(i))) {
                mine.add(indexes.get(p.group()).answer(p));
            }
            NearDuplicate verdict = Gather.verdict(mine);
            if (verdict != null) {
                indexes.forEach(x -> x.settle(id, verdict.articleId()));
            }
            answers.addAll(mine);
        }
        long work = (shared ? List.of(one) : caches).stream().mapToLong(c -> c.work()[0] + c.work()[1]).sum();
        return new Run(answers, work);
    }

    @Test
    void shouldAnswerAsUnsharedGroupsDoWithLessWork() {
        List<String> texts = articles();
        Run alone = run(texts, false);
        Run shared = run(texts, true);

        assertThat(shared.answers()).isEqualTo(alone.answers());
        assertThat(alone.answers()).anyMatch(Answer::found);
        assertThat(alone.answers()).anyMatch(a -> !a.found());
        assertThat(shared.work()).isLessThan(alone.work());
    }

    @Test
    void shouldBuildTheSetsAgainForAnIdThatCameBackWithAnotherText() {
        ComparisonCache cache = new ComparisonCache(8, 8);
        List<String> texts = articles();
        TextFingerprint first = TextFingerprint.of(texts.get(0), 3);
        TextFingerprint second = TextFingerprint.of(texts.get(1), 3);

        Similarity.Sets a = cache.sets("same-id", first, Set.of());
        Similarity.Sets again = cache.sets("same-id", TextFingerprint.of(texts.get(0), 3), Set.of());
        Similarity.Sets other = cache.sets("same-id", second, Set.of());

        assertThat(again).isSameAs(a);
        assertThat(other.shingles()).isEqualTo(Similarity.Sets.of(second, Set.of()).shingles());
        assertThat(other.shingles()).isNotEqualTo(a.shingles());
        assertThat(cache.sets("same-id", second, Set.of(0)).shingles())
                .isEqualTo(Similarity.Sets.of(second, Set.of(0)).shingles());
    }
}
