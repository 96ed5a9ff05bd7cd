package io.storywire.enrich.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WordFunctionCacheTest {

    private static final List<String> WORDS = List.of("colour", "Colour", "organisation", "centre", "labour",
            "Labour", "theatre", "analysed", "harbour", "the", "a", "Marrowby", "defence", "programme", "travelled",
            "realise", "COLOUR", "", "12", "U.S.");

    @Test
    void shouldAnswerAsTheModelsOwnWordFunctionTheFirstTimeAndEveryTimeAfter() {
        NameModel.warmUp();
        assertThat(NameModel.wordFunction()).isInstanceOf(WordFunctionCache.class);
        WordFunctionCache model = (WordFunctionCache) NameModel.wordFunction();
        WordFunctionCache fresh = new WordFunctionCache(model.wrapped());
        for (int round = 0; round < 2; round++) {
            for (String w : WORDS) {
                assertThat(fresh.apply(w)).as(w).isEqualTo(model.wrapped().apply(w));
            }
        }
        assertThat(fresh.hits()).isEqualTo(WORDS.size());
        assertThat(fresh.apply("colour")).isNotEqualTo("colour"); // the function does change words
    }

    @Test
    void shouldBeWhatTheRecogniserReadsWordsThrough() {
        WordFunctionCache model = (WordFunctionCache) NameModel.wordFunction();
        long before = model.hits();
        List<NameModel.Name> names = new NameModel().find(Map.of("body",
                "Mayor Ilse Varga of Marrowby met the harbour board on Monday. Varga said the board agreed."));
        assertThat(names).extracting(NameModel.Name::text).contains("Ilse Varga");
        assertThat(model.hits()).isGreaterThan(before);
    }
}
