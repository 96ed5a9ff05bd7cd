package io.storywire.enrich.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextFolderTest {

    @Test
    void shouldFoldSpellingsTogether() {
        assertThat(TextFolder.fold("LEE JAE-MYUNG")).isEqualTo("lee jae myung");
        assertThat(TextFolder.fold("Lee  Jae\u2011Myung")).isEqualTo("lee jae myung");
        assertThat(TextFolder.fold("U.S.")).isEqualTo("us");
        assertThat(TextFolder.fold("Rosé")).isEqualTo("rose");
        assertThat(TextFolder.fold("Korea’s")).isEqualTo("korea's");
    }

    @Test
    void shouldMapFoldedOffsetsBackToTheOriginal() {
        String text = "In the U.S. — and in São Paulo — LEE JAE‑MYUNG spoke.";
        NormalizedText n = TextFolder.normalize(text);
        int at = n.folded().indexOf("lee jae myung");
        int start = n.originStart(at);
        int end = n.originEnd(at + "lee jae myung".length());
        assertThat(text.substring(start, end)).isEqualTo("LEE JAE‑MYUNG");
        int us = n.folded().indexOf("us");
        assertThat(text.substring(n.originStart(us), n.originEnd(us + 2))).isEqualTo("U.S.");
    }
}
