package io.storywire.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.storywire.core.model.Article;
import io.storywire.core.model.ArticleFlag;
import io.storywire.ingest.Fixtures;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What ingest makes of the styles of real news that look like faults: articles, with their doubts as flags. */
class ArticleFlagsTest {

    private static final String PARAGRAPH = "The harbour board said on Monday it would raise dock fees by four "
            + "percent from April to pay for dredging the eastern channel, which silted up after the storms.";

    private final ArticleParser parser = new ArticleParser(Fixtures.SETTINGS);

    private Article text(String payload) {
        ParseOutcome out = parser.parse(payload.getBytes(StandardCharsets.UTF_8), Fixtures.meta("text/plain", null));
        assertThat(out.rejections()).isEmpty();
        return out.articles().get(0);
    }

    private Article json(String payload) {
        ParseOutcome out = parser.parse(payload.getBytes(StandardCharsets.UTF_8),
                Fixtures.meta("application/json", null));
        assertThat(out.rejections()).isEmpty();
        return out.articles().get(0);
    }

    @Test
    void shouldTreatSingleNewlinesAsParagraphsAndNotFlagAWholeWireStory() {
        Article a = json("{\"title\": \"Harbour board raises dock fees\", \"body\": \"" + PARAGRAPH + "\\n"
                + "The rise will bring in about 12 million dollars a year, the board said\\nReuter\"}");
        assertThat(a.flags()).isEmpty();
        assertThat(a.body()).endsWith("the board said");
    }

    @Test
    void shouldUseTheCreditAsAuthorOnlyWhenThereIsNoByline() {
        String body = PARAGRAPH + "\\n(Reporting by Mara Lindqvist; Editing by Tom Okafor)";
        assertThat(json("{\"title\": \"Dock fees rise\", \"body\": \"" + body + "\"}").author())
                .isEqualTo("Mara Lindqvist");
        assertThat(json("{\"title\": \"Dock fees rise\", \"author\": \"Jo Berg\", \"body\": \"" + body + "\"}")
                .author()).isEqualTo("Jo Berg");
    }

    @Test
    void shouldTitleATextWithoutHeadlineByItsFirstSentence() {
        Article a = json("{\"body\": \"" + PARAGRAPH + " The board met in the port offices.\"}");
        assertThat(a.title()).isEqualTo("The harbour board said on Monday it would raise dock fees by four percent "
                + "from April to pay for dredging");
        assertThat(a.flags()).extracting(ArticleFlag::code).containsExactly("title-from-text");
        assertThat(json("{\"body\": \"Dock fees rise by four percent. " + PARAGRAPH + "\"}").title())
                .isEqualTo("Dock fees rise by four percent");
    }

    @Test
    void shouldFlagAShortBodyWithItsWordCount() {
        Article a = json("{\"title\": \"Dock fees rise\", \"body\": \"The harbour board raised dock fees.\"}");
        assertThat(a.kind()).isEqualTo("article");
        assertThat(a.flags()).containsExactly(new ArticleFlag("short-body", "6 words (ingest.min.body.words is 20)"));
    }

    @Test
    void shouldCutAPaywallNoticeAndFlagTheTeaser() {
        Article a = text("Harbour board raises dock fees\n\n" + PARAGRAPH
                + "\n\nSubscribe to continue reading. Already a subscriber? Log in.");
        assertThat(a.body()).isEqualTo(PARAGRAPH);
        assertThat(a.flags()).extracting(ArticleFlag::code).containsExactly("possibly-paywalled");
    }

    @Test
    void shouldFlagACutOffTextWithTheEvidence() {
        Article a = json("{\"title\": \"Dock fees rise\", \"body\": \"" + PARAGRAPH + " The board said the rise "
                + "would [+2210 chars]\"}");
        assertThat(a.body()).doesNotContain("chars]");
        assertThat(a.flags()).extracting(ArticleFlag::code).containsExactly("possibly-truncated");
        assertThat(a.flags().get(0).evidence()).contains("[+2210 chars]");
    }

    @Test
    void shouldNotTakeATableOrResultsForCutOffText() {
        Article a = json("{\"title\": \"Badminton results\", \"body\": \"Results of the second round of the open "
                + "on Friday, with the winners listed first and their countries in brackets after each name\\n"
                + "Jan Berg (Norway) beat Tom Lee (Korea) 15-10 8-15 15-10 and Ana Ruiz (Spain) beat Mia Park "
                + "(Korea) 15-4 15-12 and Lee Chan (Malaysia) beat Ole Sand (Denmark) 15-9 15-4\"}");
        assertThat(a.flags()).extracting(ArticleFlag::code).doesNotContain("possibly-truncated");
    }

    @Test
    void shouldKeepAHeadlineAloneAsAHeadlineWithItsDate() {
        Article a = json("{\"title\": \"Central bank leaves rates unchanged\", \"body\": \"\", "
                + "\"published\": \"2026-01-08T13:00:00Z\"}");
        assertThat(a.kind()).isEqualTo("headline");
        assertThat(a.headlineOnly()).isTrue();
        assertThat(a.body()).isEmpty();
        assertThat(a.publishedFrom()).isEqualTo("json");
        assertThat(a.flags()).isEmpty();
    }

    @Test
    void shouldKeepAnArticleWhoseDateCannotBeReadAndSayWhy() {
        Article a = json("{\"title\": \"Dock fees rise\", \"body\": \"" + PARAGRAPH + "\", \"published\": "
                + "\"around teatime\"}");
        assertThat(a.publishedFrom()).isEqualTo("ingest-time");
        assertThat(a.flags()).containsExactly(new ArticleFlag("unreadable-date", "'around teatime' is no date ingest reads"));
    }

    @Test
    void shouldFlagADateBefore1900AndUseIngestTimeWithoutOverflow() {
        for (String date : new String[] {"-300000-01-01T00:00:00Z", "-999999999-01-01T00:00:00Z",
                "-999999999-01-01T00:00:00+18:00", "1899-12-31T23:59:59Z"}) {
            Article a = json("{\"title\": \"Dock fees rise\", \"body\": \"" + PARAGRAPH + "\", \"published\": \""
                    + date + "\"}");
            assertThat(a.published().toInstant()).as(date).isEqualTo(Fixtures.NOW);
            assertThat(a.publishedFrom()).isEqualTo("ingest-time");
            assertThat(a.flags()).extracting(ArticleFlag::code).containsExactly("implausible-date");
            assertThat(a.flags().get(0).evidence()).contains(date.substring(0, 11)).contains("before 1900");
        }
    }

    @Test
    void shouldFlagADateMoreThanADayAheadButKeepOneWithinTheDay() {
        Article far = json("{\"title\": \"Dock fees rise\", \"body\": \"" + PARAGRAPH + "\", "
                + "\"published\": \"+999999999-12-31T23:59:59Z\"}");
        assertThat(far.published().toInstant()).isEqualTo(Fixtures.NOW);
        assertThat(far.publishedFrom()).isEqualTo("ingest-time");
        assertThat(far.flags()).extracting(ArticleFlag::code).containsExactly("implausible-date");
        assertThat(far.flags().get(0).evidence()).contains("+999999999-12-31T23:59:59Z").contains("24 h after");

        Article tomorrow = json("{\"title\": \"Dock fees rise\", \"body\": \"" + PARAGRAPH + "\", "
                + "\"published\": \"2026-01-10T11:00:00Z\"}");
        assertThat(tomorrow.published().toInstant()).isEqualTo(Instant.parse("2026-01-10T11:00:00Z"));
        assertThat(tomorrow.publishedFrom()).isEqualTo("json");
        assertThat(tomorrow.flags()).isEmpty();
    }

    @Test
    void shouldFlagAnImplausibleDateWrittenInAScrapedText() {
        Article a = text("Dock fees rise\n\nPublished March 3, 1066\n\n" + PARAGRAPH);
        assertThat(a.published().toInstant()).isEqualTo(Fixtures.NOW);
        assertThat(a.publishedFrom()).isEqualTo("ingest-time");
        assertThat(a.flags()).extracting(ArticleFlag::code).containsExactly("implausible-date");
        assertThat(a.flags().get(0).evidence()).contains("1066-03-03");
    }

    @Test
    void shouldKeepAnHttpUrlAsGivenAndFlagOneThatIsNot() {
        String payload = "Harbour board raises dock fees\n\n" + PARAGRAPH;
        ParseOutcome tracked = parser.parse(payload.getBytes(StandardCharsets.UTF_8), new RawMeta("text/plain",
                "kafka", null, "http://www.harbour.example/news/fees/?utm_source=feed#top", Fixtures.NOW, null));
        assertThat(tracked.articles().get(0).url())
                .isEqualTo("http://www.harbour.example/news/fees/?utm_source=feed#top");

        ParseOutcome script = parser.parse(payload.getBytes(StandardCharsets.UTF_8), new RawMeta("text/plain",
                "kafka", null, "javascript:alert(1)", Fixtures.NOW, null));
        Article a = script.articles().get(0);
        assertThat(a.url()).isNull();
        assertThat(a.flags()).containsExactly(new ArticleFlag("invalid-url", "javascript:alert(1)"));
    }
}
