package io.storywire.ingest.id;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleIdsTest {

    private static final String TITLE = "Ferry service resumes across the northern strait";
    private static final String BODY = """
            The ferry between Northport and the island of Varn sailed again on Thursday morning, eleven days after \
            a winter storm damaged the pier at Northport and cut the island off from the mainland.

            The operator, Strait Lines, said the first crossing carried 212 passengers and 40 lorries, and that the \
            timetable would be back to six crossings a day by Monday.""";

    @Test
    void shouldGiveTheSameTextTheSameIdUnderAnyLink() {
        String a = ArticleIds.of("https://news.example.com/2026/03/ferry-resumes", TITLE, BODY);
        String b = ArticleIds.of("http://www.example-aggregator.net/world/europe/item-991?utm_source=rss", TITLE, BODY);
        String c = ArticleIds.of(null, TITLE, BODY);
        assertThat(a).isEqualTo(b).isEqualTo(c).hasSize(16);
    }

    @Test
    void shouldNotLetABorrowedUrlMakeOtherTextACopy() {
        String url = "https://news.example.com/2026/03/ferry-resumes";
        String other = BODY.replace("212 passengers", "180 passengers");
        assertThat(ArticleIds.of(url, TITLE, BODY)).isNotEqualTo(ArticleIds.of(url, TITLE, other));
    }

    @Test
    void shouldIgnoreCasePunctuationSpacingAndParagraphingOfTheSameText() {
        String reflowed = BODY.replace("\n\n", " ").replace(",", " ,").toUpperCase();
        assertThat(ArticleIds.of(null, TITLE, reflowed)).isEqualTo(ArticleIds.of(null, TITLE, BODY));
    }

    @Test
    void shouldIdentifyALongBodyByItsTextAloneAndAShortOneWithItsHeadline() {
        assertThat(ArticleIds.of(null, "Another headline for the same text", BODY))
                .isEqualTo(ArticleIds.of(null, TITLE, BODY));
        String flash = "Ferry sails again after storm.";
        assertThat(ArticleIds.of(null, "Ferry back", flash)).isNotEqualTo(ArticleIds.of(null, "Ferry returns", flash));
        assertThat(ArticleIds.of(null, "Ferry back", "")).isNotEqualTo(ArticleIds.of(null, "Ferry returns", ""));
    }

    @Test
    void shouldCanonicaliseSchemeHostWwwTrailingSlashFragmentAndTrackingParameters() {
        String canonical = "https://example.com/world/ferry-resumes?id=42";
        assertThat(ArticleIds.canonicalUrl("http://www.Example.com/world/ferry-resumes/?id=42#comments"))
                .isEqualTo(canonical);
        assertThat(ArticleIds.canonicalUrl(
                "https://example.com:443/world/./ferry-resumes?utm_source=tw&utm_medium=social&id=42&fbclid=abc"))
                .isEqualTo(canonical);
        assertThat(ArticleIds.canonicalUrl("https://example.com/world/ferry-resumes?gclid=x&id=42&mc_cid=y"))
                .isEqualTo(canonical);
        assertThat(ArticleIds.canonicalUrl("https://EXAMPLE.com/world/ferry-resumes?id=42&ref=homepage"))
                .isEqualTo(canonical);
    }

    @Test
    void shouldKeepTheParametersThatSayWhichPageItIs() {
        assertThat(ArticleIds.canonicalUrl("https://example.com/story.php?id=42&page=2"))
                .isEqualTo("https://example.com/story.php?id=42&page=2");
        assertThat(ArticleIds.canonicalUrl("https://example.com/story.php?id=42"))
                .isNotEqualTo(ArticleIds.canonicalUrl("https://example.com/story.php?id=43"));
    }

    @Test
    void shouldRefuseWhatIsNotAnAbsoluteWebUrl() {
        assertThat(ArticleIds.canonicalUrl("/world/ferry")).isNull();
        assertThat(ArticleIds.canonicalUrl("ftp://example.com/a")).isNull();
        assertThat(ArticleIds.canonicalUrl(" ")).isNull();
        assertThat(ArticleIds.host("http://www.example.com/a")).isEqualTo("example.com");
    }
}
