package io.storywire.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WireEndingsTest {

    private static final String STORY = "The harbour board said it would raise dock fees by four pct from\n"
            + "April to pay for dredging the eastern channel.\n"
            + "    The board said the rise would bring in about 12 mln dlrs a year.";

    @ParameterizedTest
    @ValueSource(strings = {"Reuter", "REUTER", " Reuter", "REUTER...", "-0-", "- 0 -", "■", "###", "-30-", "ENDS",
            "(END)", "Copyright 2026 Harbour Daily. All rights reserved.", "© 2026 Harbour Daily"})
    void shouldCutAnEndMarkOnALineOfItsOwn(String mark) {
        WireEndings.Cut cut = WireEndings.cut(STORY + "\n" + mark + "\n");
        assertThat(cut.body()).isEqualTo(STORY);
        assertThat(cut.removed()).hasSize(1);
        assertThat(cut.continued()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {" Reuter", " REUTER", " ■", "■"})
    void shouldCutAnEndMarkRunOnAfterTheLastSentence(String mark) {
        assertThat(WireEndings.cut(STORY + mark).body()).isEqualTo(STORY);
    }

    @Test
    void shouldCutASignOffRunOnAfterAWrappedTableRow() {
        assertThat(WireEndings.cut("Net profit 24.9 mln vs 20.1 mln in prior year Reuter").body())
                .isEqualTo("Net profit 24.9 mln vs 20.1 mln in prior year");
    }

    @Test
    void shouldKeepReutersWhenItIsPartOfTheText() {
        String text = "The minister said the talks would go on, a spokesman told Reuters";
        assertThat(WireEndings.cut(text).body()).isEqualTo(text);
        String sentence = "The talks will go on next week, the minister told Reuters.";
        assertThat(WireEndings.cut(sentence).body()).isEqualTo(sentence);
    }

    @Test
    void shouldCutCreditsAndKeepTheWriterForTheByline() {
        WireEndings.Cut cut = WireEndings.cut(STORY + "\n(Reporting by Mara Lindqvist in Oslo; Editing by Tom Okafor)");
        assertThat(cut.body()).isEqualTo(STORY);
        assertThat(cut.credit()).isEqualTo("Mara Lindqvist");
        WireEndings.Cut writing = WireEndings.cut(STORY + "\n\n(Writing by Ana Ruiz; editing by Lee Park)\nReuter");
        assertThat(writing.body()).isEqualTo(STORY);
        assertThat(writing.credit()).isEqualTo("Ana Ruiz");
        WireEndings.Cut editing = WireEndings.cut(STORY + "\nEditing by Lee Park");
        assertThat(editing.body()).isEqualTo(STORY);
        assertThat(editing.credit()).isNull();
    }

    @Test
    void shouldSayWhenTheStoryGoesOnInAnotherTake() {
        WireEndings.Cut cut = WireEndings.cut(STORY + "\n MORE");
        assertThat(cut.body()).isEqualTo(STORY);
        assertThat(cut.continued()).isTrue();
    }

    @Test
    void shouldLeaveATextWithoutEndingAlone() {
        assertThat(WireEndings.cut(STORY).body()).isEqualTo(STORY);
        assertThat(WireEndings.cut(STORY).removed()).isEmpty();
        assertThat(WireEndings.cut("").body()).isEmpty();
    }
}
