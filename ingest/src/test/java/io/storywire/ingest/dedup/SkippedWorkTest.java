package io.storywire.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The shortcuts of the band lookup (a comparison stopped at a containment under the threshold, a candidate's
 * fingerprint taken from a cache instead of decoded) give what the full path gives.
 */
class SkippedWorkTest {

    private static final String[] WORDS = {"the", "council", "of", "Marrowby", "approved", "a", "new", "budget",
        "on", "Tuesday", "after", "long", "debate", "about", "roads", "and", "schools", "in", "district", "said",
        "mayor", "Ilse", "Varga", "who", "expects", "taxes", "to", "rise", "by", "3", "percent", "next", "year",
        "while", "opposition", "members", "called", "plan", "reckless", "Harbour", "Party", "leader", "Tomas",
        "Brandt", "told", "reporters", "vote", "was", "rushed", "17", "million", "euros", "for", "repairs"};

    /** Texts that share between nothing and everything with the first: every side of the threshold is met. */
    private static List<String> texts() {
        SplittableRandom random = new SplittableRandom(7);
        List<String> sentences = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            StringBuilder s = new StringBuilder();
            int n = 8 + random.nextInt(10);
            for (int w = 0; w < n; w++) {
                s.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
            }
            sentences.add(s.append('.').toString());
        }
        List<String> texts = new ArrayList<>();
        for (int keep = 0; keep <= 20; keep += 2) {
            StringBuilder t = new StringBuilder();
            for (int i = 0; i < 20; i++) {
                // the first `keep` sentences shared with text 0, the rest from the other half
                t.append(sentences.get(i < keep ? i : 20 + (i + keep) % 20)).append('\n');
            }
            texts.add(t.toString());
        }
        return texts;
    }

    @Test
    void shouldStopOnlyComparisonsThatTheFullComparisonCallsTooLowAndGiveTheRestUnchanged() {
        List<String> texts = texts();
        Similarity.Sets first = Similarity.Sets.of(TextFingerprint.of(texts.get(texts.size() - 1), 3), Set.of());
        int stopped = 0;
        int kept = 0;
        for (String t : texts) {
            Similarity.Sets other = Similarity.Sets.of(TextFingerprint.of(t, 3), Set.of());
            Similarity full = Similarity.of(first, other);
            Similarity quick = Similarity.ofAtLeast(first, other, 0.15);
            if (full.containment() < 0.15) {
                assertThat(quick).isNull();
                assertThat(full.nearCopy(0.15, 0.8, 0)).isFalse();
                stopped++;
            } else {
                assertThat(quick).isEqualTo(full);
                kept++;
            }
        }
        assertThat(stopped).isPositive();
        assertThat(kept).isPositive();
    }

    @Test
    void shouldReadTheSameArticleWithAKnownFingerprintAsByDecodingIt() {
        TextFingerprint text = TextFingerprint.of(texts().get(3), 3);
        Indexed stored = new Indexed(1_000L, 900L, "example.org", text, "orig-1", 0b101);
        byte[] bytes = stored.toBytes();

        Indexed decoded = Indexed.fromBytes(bytes);
        Indexed known = Indexed.fromBytes(bytes, decoded.text());

        assertThat(known.text()).isSameAs(decoded.text());
        assertThat(known.text().shingles()).isEqualTo(text.shingles());
        assertThat(List.of(known.time(), known.published(), known.source(), known.originalId(), known.groups()))
                .containsExactly(1_000L, 900L, "example.org", "orig-1", 0b101);
        Indexed noOriginal = Indexed.fromBytes(new Indexed(5L, 6L, "", text, null, 1).toBytes(), text);
        assertThat(noOriginal.originalId()).isNull();
        assertThat(noOriginal.groups()).isEqualTo(1);
    }

    @Test
    void shouldDropTheLeastRecentlyUsedFingerprintFirst() {
        FingerprintCache cache = new FingerprintCache(2);
        TextFingerprint a = TextFingerprint.of("Alpha text one two three four.", 3);
        TextFingerprint b = TextFingerprint.of("Beta text one two three four.", 3);
        TextFingerprint c = TextFingerprint.of("Gamma text one two three four.", 3);
        cache.put("a", a);
        cache.put("b", b);
        assertThat(cache.get("a")).isSameAs(a); // a used last: b goes first
        cache.put("c", c);
        assertThat(cache.get("b")).isNull();
        assertThat(cache.get("a")).isSameAs(a);
        assertThat(cache.get("c")).isSameAs(c);
        assertThat(cache.size()).isEqualTo(2);
    }
}
