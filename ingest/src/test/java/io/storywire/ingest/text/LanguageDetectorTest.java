package io.storywire.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageDetectorTest {

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "a", "12 345 678", "!!!", "\uFFFD\uFFFD\uFFFD", "Seoul", "\u0000\u0001",
            "\uD83D\uDE00\uD83D\uDE00 \uD83D\uDE00", "xxxxxxxxxx"})
    void shouldAnswerUndeterminedForTinyOrLetterlessText(String text) {
        assertThat(LanguageDetector.detect(text)).isEqualTo(LanguageDetector.UNDETERMINED);
    }

    @Test
    void shouldNeverThrowOnMixedScriptsOrNoise() {
        String mixed = "Seoul 서울 Tokyo 東京 Москва Athína Αθήνα القاهرة תל אביב मुंबई 上海 Bangkok กรุงเทพ ";
        assertThatCode(() -> LanguageDetector.detect(mixed.repeat(20))).doesNotThrowAnyException();
        Random random = new Random(7);
        for (int i = 0; i < 200; i++) {
            StringBuilder b = new StringBuilder();
            for (int j = 0; j < random.nextInt(400); j++) {
                b.appendCodePoint(random.nextInt(0x2FFFF));
            }
            String noise = b.toString();
            assertThatCode(() -> LanguageDetector.detect(noise)).doesNotThrowAnyException();
            assertThat(LanguageDetector.detect(noise)).matches("[a-z]{2}|und");
        }
        assertThat(LanguageDetector.detect(null)).isEqualTo(LanguageDetector.UNDETERMINED);
    }

    @Test
    void shouldFindTheLanguageOfAParagraph() {
        assertThat(LanguageDetector.detect("The city council approved the new budget on Tuesday after a long debate "
                + "about road repairs, school funding and the cost of running the public library.")).isEqualTo("en");
        assertThat(LanguageDetector.detect("Le conseil municipal a adopté mardi le nouveau budget après un long "
                + "débat sur la réfection des routes et le financement des écoles.")).isEqualTo("fr");
    }
}
