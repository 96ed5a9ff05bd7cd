package io.storywire.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void shouldNormaliseQuotesDashesSpacesAndComposition() {
        String raw = "\u201CSeoul\u2019s\u201D\u00A0talks \u2014 again\u2026 Cafe\u0301\u200B\r\n\r\n\r\n\r\nNext";
        assertThat(TextNormaliser.normalise(raw)).isEqualTo("\"Seoul's\" talks - again... Caf\u00E9\n\nNext");
    }

    @Test
    void shouldDetectCommonLanguages() {
        assertThat(LanguageDetector.detect("The council approved the budget on Tuesday after a long debate "
                + "about road repairs and schools.")).isEqualTo("en");
        assertThat(LanguageDetector.detect("Der Stadtrat hat am Dienstag nach einer langen Debatte über "
                + "Straßenreparaturen und Schulen den Haushalt beschlossen.")).isEqualTo("de");
        assertThat(LanguageDetector.detect("Le conseil municipal a approuvé le budget mardi après un long débat "
                + "sur les routes et les écoles.")).isEqualTo("fr");
    }

    @Test
    void shouldSayUndeterminedInsteadOfThrowing() {
        for (String s : new String[] {null, "", "   ", "12345 67890 2026-01-07", "OK", "!!! ??? ...",
                "\u0000\u0001", "a".repeat(100_000)}) {
            assertThat(LanguageDetector.detect(s)).as(String.valueOf(s)).matches("und|[a-z]{2}");
        }
        assertThat(LanguageDetector.detect("12345 67890 2026-01-07")).isEqualTo("und");
        assertThat(LanguageDetector.detect("")).isEqualTo("und");
    }
}
