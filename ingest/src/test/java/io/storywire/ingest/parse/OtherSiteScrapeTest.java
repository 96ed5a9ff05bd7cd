package io.storywire.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.storywire.core.model.Article;
import io.storywire.ingest.Fixtures;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Scrape-style pages of sites the rules were not written for. */
class OtherSiteScrapeTest {

    private final ArticleParser parser = new ArticleParser(Fixtures.SETTINGS);

    private Article parse(String file) {
        ParseOutcome out = parser.parse(Fixtures.bytes("scrape/" + file), Fixtures.meta(null, file));
        assertThat(out.rejections()).as(file).isEmpty();
        return out.articles().get(0);
    }

    @Test
    void shouldReadAWireStoryBehindBreadcrumbShareRowAndTimeZone() {
        Article a = parse("harbour-wire-original.txt");
        assertThat(a.title()).isEqualTo("Storm-battered port of Valmara reopens as ferries resume sailings");
        assertThat(a.author()).isEqualTo("Maria Santos");
        assertThat(a.published()).isEqualTo(OffsetDateTime.of(2025, 3, 3, 16, 15, 0, 0, ZoneOffset.ofHours(-5)));
        assertThat(a.body()).startsWith("The port of Valmara reopened on Monday")
                .endsWith("unlikely to force another closure of the port.")
                .doesNotContain("Advertisement", "Also Read", "Tags:", "Related Articles", "All rights reserved",
                        "5 min read", "Tweet");
    }

    @Test
    void shouldReadARewriteWithViewCounterAndReplyForm() {
        Article a = parse("harbour-rewrite-other-site.txt");
        assertThat(a.title()).isEqualTo("Valmara port back in business after Storm Edda");
        assertThat(a.author()).isNull(); // "Staff Reporter" names no one
        assertThat(a.published().toLocalDate()).hasToString("2025-03-04");
        assertThat(a.body()).doesNotContain("1.2k Views", "featured-image", "Leave a Reply", "email address");
    }

    @Test
    void shouldStopAtTheAuthorBox() {
        Article a = parse("harbour-independent-report.txt");
        assertThat(a.title()).isEqualTo("Ferries sail again from Valmara, but fishermen count the cost");
        assertThat(a.author()).isEqualTo("Jonas Lind");
        assertThat(a.body()).endsWith("\"a bit of wind is nothing.\"").doesNotContain("About the Author");
    }

    @Test
    void shouldResolveARelativeDateAgainstIngestTime() {
        Article a = parse("voa-style-brief.txt");
        assertThat(a.title()).isEqualTo("Panama Canal traffic returns to normal as rains refill lake");
        assertThat(a.source()).isEqualTo("VOA News");
        assertThat(a.publishedFrom()).isEqualTo("relative");
        assertThat(a.published().toInstant()).isEqualTo(Fixtures.NOW.minus(Duration.ofHours(2)));
        assertThat(a.body()).endsWith("came from The Associated Press and Reuters.");
    }

    @Test
    void shouldDetectSpanishAndReadItsSpanishDate() {
        Article a = parse("spanish-news.txt");
        assertThat(a.language()).isEqualTo("es");
        assertThat(a.title()).startsWith("El Gobierno aprueba un plan");
        assertThat(a.publishedFrom()).isEqualTo("text");
        assertThat(a.published().toLocalDate()).isEqualTo(java.time.LocalDate.of(2025, 2, 12));
        assertThat(a.author()).isNull();
    }

    @Test
    void shouldDropWireCreditsAndStandardsLinesAtTheEnd() {
        Article a = parse("rates-wire-original.txt");
        assertThat(a.author()).isEqualTo("Erik Halvorsen");
        assertThat(a.published()).isEqualTo(OffsetDateTime.of(2025, 2, 12, 10, 2, 0, 0, ZoneOffset.UTC));
        assertThat(a.body()).endsWith("the bank's next steps.").doesNotContain("Editing by", "Our Standards");
    }

    @Test
    void shouldNotTakeASectionNamedTodayForARelativeDate() {
        Article a = parse("rates-rewrite-aggregator.txt");
        assertThat(a.title()).isEqualTo("Nordland central bank keeps rates at 4.25%, hints at cuts");
        assertThat(a.published()).isEqualTo(OffsetDateTime.of(2025, 2, 12, 14, 30, 0, 0, ZoneOffset.ofHours(1)));
        assertThat(a.body()).doesNotContain("Share this", "LinkedIn", "Related Posts", "Oil prices");
    }

    @Test
    void shouldJoinHardWrappedLinesIntoParagraphs() {
        Article a = parse("hard-wrapped-plain-text.txt");
        assertThat(a.title()).isEqualTo("Volunteers plant ten thousand trees along the river in one weekend");
        assertThat(a.author()).isEqualTo("Sam Okoro");
        assertThat(a.published().toLocalDate()).hasToString("2025-11-16");
        assertThat(a.body().split("\n\n")).hasSize(4);
        assertThat(a.body()).startsWith("More than six hundred volunteers planted ten thousand native trees along "
                + "the banks of the Lenn river");
    }

    @Test
    void shouldSkipTheSiteTaglineKeepTheStandfirstAndStopAtComments() {
        Article a = parse("tagline-dek-comments.txt");
        assertThat(a.title()).isEqualTo("Lake ferry fares to rise for the first time in a decade");
        assertThat(a.author()).isEqualTo("Daniel Brooks");
        assertThat(a.published()).isEqualTo(OffsetDateTime.of(2025, 10, 14, 18, 15, 0, 0, ZoneOffset.ofHours(1)));
        assertThat(a.body()).startsWith("Operator says fuel and wages leave it no choice")
                .endsWith("fares would be reviewed again in two years.")
                .doesNotContain("Photo:", "Advertisement", "Comments", "outrageous", "Skip to content");
    }

    @Test
    void shouldKeepABodySentenceThatStartsLikeAByline() {
        String page = "River levels fall after a week of flooding\n\nBy Anna Berg and Tom Reid, Reuters\n\n"
                + "The river that flooded the lower town for a week began to fall on Sunday, and residents started "
                + "to return to their homes to assess the damage, the county said.\n\n"
                + "By Monday, the river had fallen.\n\n"
                + "Engineers will inspect the embankments before the county decides whether to reopen the road.";
        ParseOutcome out = parser.parse(page.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                Fixtures.meta("text/plain", null));
        Article a = out.articles().get(0);
        assertThat(a.author()).isEqualTo("Anna Berg and Tom Reid");
        assertThat(a.source()).isEqualTo("Reuters");
        assertThat(a.body()).contains("By Monday, the river had fallen.");
    }
}
