package io.storywire.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitlesTest {

    @Test
    void shouldDropTheSiteNameAfterAPipeOrDash() {
        assertThat(Titles.withoutSiteName("Harbour reopens after storm | Ardmore Today", "Ardmore Today", null))
                .isEqualTo("Harbour reopens after storm");
        assertThat(Titles.withoutSiteName("Harbour reopens after storm - Ardmore Today", "Ardmore Today", null))
                .isEqualTo("Harbour reopens after storm");
        assertThat(Titles.withoutSiteName("Harbour reopens after storm \u2013 ardmore.example", null,
                "https://www.ardmore.example/x")).isEqualTo("Harbour reopens after storm");
    }

    @Test
    void shouldKeepADashThatBelongsToTheHeadline() {
        assertThat(Titles.withoutSiteName("Ferries run again - but only twice a day", "Ardmore Today", null))
                .isEqualTo("Ferries run again - but only twice a day");
        assertThat(Titles.withoutSiteName("Harbour reopens", "Ardmore Today", null)).isEqualTo("Harbour reopens");
    }
}
