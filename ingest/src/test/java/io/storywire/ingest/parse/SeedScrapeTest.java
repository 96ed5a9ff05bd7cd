package io.storywire.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.storywire.core.model.Article;
import io.storywire.ingest.Fixtures;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SeedScrapeTest {

    private final ArticleParser parser = new ArticleParser(Fixtures.SETTINGS);

    private Article parse(String seed) {
        ParseOutcome out = parser.parse(Fixtures.seed(seed), Fixtures.meta(null, seed + ".txt"));
        assertThat(out.rejections()).isEmpty();
        assertThat(out.articles()).hasSize(1);
        return out.articles().get(0);
    }

    @Test
    void shouldReadSeed000WithSourceDateAndStaffAuthor() {
        Article a = parse("000");
        assertThat(a.title()).isEqualTo("Xi invites South Korea's Lee to Beijing as China moves to shore up ties");
        assertThat(a.source()).isEqualTo("AFP");
        assertThat(a.published()).isEqualTo(OffsetDateTime.of(2026, 1, 7, 0, 0, 0, 0, ZoneOffset.UTC));
        assertThat(a.publishedFrom()).isEqualTo("text");
        assertThat(a.author()).isEqualTo("Wyoming Star Staff");
        assertThat(a.body()).startsWith("Chinese President Xi Jinping has invited")
                .endsWith("US THAAD missile defence system.")
                .doesNotContain("Asia Politics World", "Wyoming Star publishes", "Source: AFP");
        assertThat(a.language()).isEqualTo("en");
    }

    @Test
    void shouldDropReadTimeAndTaggedFooterOfSeed001() {
        Article a = parse("001");
        assertThat(a.title()).startsWith("South Korea's Lee Jae-myung Meets China's Xi Jinping");
        assertThat(a.author()).isNull(); // "Admin" names no one
        assertThat(a.publishedFrom()).isEqualTo("ingest-time");
        assertThat(a.published().toInstant()).isEqualTo(Fixtures.NOW);
        assertThat(a.body()).startsWith("South Korean President Lee Jae-myung met")
                .contains("State Visit Begins Amid Regional Tensions")
                .doesNotContain("7 Min Read", "TAGGED", "Share this Article", "Leave a comment");
    }

    @Test
    void shouldDropCaptionAndRelatedPostsOfSeed002() {
        Article a = parse("002");
        assertThat(a.title()).startsWith("South Korea's President Lee Jae Myung Visits China");
        assertThat(a.body()).startsWith("South Korean President Lee Jae Myung is set to depart")
                .doesNotContain("Related Posts", "Chinese President Xi Jinping - South Korean");
    }

    @Test
    void shouldReadSeed003WithCountersAndPlaceholdersRemoved() {
        Article a = parse("003");
        assertThat(a.title()).isEqualTo(
                "Chinese President Xi extends an invitation to South Korean President Lee for a second summit.");
        assertThat(a.author()).isEqualTo("Ritesh Nambiar");
        assertThat(a.published()).isEqualTo(OffsetDateTime.of(2026, 1, 2, 0, 0, 0, 0, ZoneOffset.UTC));
        assertThat(a.body()).startsWith("Chinese President Xi Jinping on friday invited")
                .endsWith("principal deputy spokesperson.")
                .doesNotContain("0 Views", "news-image", "thumbnail", "Disclaimer", "Asia In News");
    }

    @Test
    void shouldReadSeed004BehindItsBreadcrumb() {
        Article a = parse("004");
        assertThat(a.title()).isEqualTo("China, South Korea Seek Reset As Xi Hosts Lee");
        assertThat(a.body()).startsWith("The pivot follows the two countries'")
                .doesNotContain("Home Asia", "+ posts");
    }

    @Test
    void shouldGiveTheSameIdToTheSameArticleTwice() {
        assertThat(parse("000").id()).isEqualTo(parse("000").id());
        assertThat(parse("000").id()).isNotEqualTo(parse("003").id());
    }
}
