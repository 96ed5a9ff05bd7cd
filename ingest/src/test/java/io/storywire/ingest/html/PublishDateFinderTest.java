package io.storywire.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class PublishDateFinderTest {

    private static final Instant NOW = Instant.parse("2026-01-09T12:00:00Z");
    private static final String TEXT = "<h1>Harbour reopens</h1><p>The harbour reopened on Monday after the storm.</p>";

    private static Optional<PublishDateFinder.Found> find(String head, String body, String url) {
        return PublishDateFinder.find(Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>"),
                url, NOW);
    }

    private static LocalDate day(String head, String body, String url) {
        return find(head, body, url).map(f -> f.value().toLocalDate()).orElse(null);
    }

    @Test
    void shouldReadPublicationMetaTags() {
        assertThat(day("<meta property='article:published_time' content='2022-01-26T10:00:00+01:00'>", TEXT, null))
                .isEqualTo("2022-01-26");
        assertThat(day("<meta name='DC.date.issued' content='2021-03-04'>", TEXT, null)).isEqualTo("2021-03-04");
        assertThat(day("<meta name='sailthru.date' content='2020-11-23 11:02:35'>", TEXT, null))
                .isEqualTo("2020-11-23");
        assertThat(find("<meta name='parsely-pub-date' content='2019-05-06T08:00:00Z'>", TEXT, null))
                .hasValueSatisfying(f -> assertThat(f.source()).isEqualTo("meta"));
    }

    @Test
    void shouldKeepThePublishersLocalDay() {
        assertThat(day("<meta property='article:published_time' content='2022-01-26T23:30:00-05:00'>", TEXT, null))
                .isEqualTo("2022-01-26");
    }

    @Test
    void shouldSeeAUtcTimeInTheZoneOfTheSitesCountry() {
        assertThat(day("<meta property='article:published_time' content='2022-11-06T23:30:00Z'>", TEXT,
                "https://zeitung.example.de/artikel")).isEqualTo("2022-11-07");
    }

    @Test
    void shouldParseJsonLdAsJsonWithGraphsArraysAndOddScriptTypes() {
        assertThat(day("<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@graph\":["
                + "{\"@type\":\"WebPage\"},{\"@type\":\"NewsArticle\",\"datePublished\":\"2021-07-08T09:00:00+02:00\"}]}"
                + "</script>", TEXT, null)).isEqualTo("2021-07-08");
        assertThat(day("<script type='text/ld+json'>[{\"@type\":\"Article\",\"datePublished\":\"2020-02-03\"}]"
                + "</script>", TEXT, null)).isEqualTo("2020-02-03");
    }

    @Test
    void shouldTryTheNextCandidateWhenOneDoesNotParse() {
        assertThat(day("<meta property='article:published_time' content='soon'>"
                + "<meta name='date' content='2019-12-01'>", TEXT, null)).isEqualTo("2019-12-01");
    }

    @Test
    void shouldReadMicrodataAndTimeElements() {
        assertThat(day("", "<h1>Harbour</h1><span itemprop='datePublished' content='2018-04-05'>5 April</span>",
                null)).isEqualTo("2018-04-05");
        assertThat(day("", "<h1>Harbour</h1><time datetime='2017-06-07T10:00:00+02:00'>7 June</time>", null))
                .isEqualTo("2017-06-07");
    }

    @Test
    void shouldTakeTheUrlsDayOverAUtcStampADayOff() {
        assertThat(day("<meta property='article:published_time' content='2022-05-04T03:37:00+00:00'>", TEXT,
                "https://news.example/2022/05/03/harbour-reopens/")).isEqualTo("2022-05-03");
    }

    @Test
    void shouldReadTheUrlPath() {
        assertThat(find("", TEXT, "https://news.example/2022/01/26/harbour-reopens/"))
                .hasValueSatisfying(f -> {
                    assertThat(f.value().toLocalDate()).isEqualTo("2022-01-26");
                    assertThat(f.source()).isEqualTo("url");
                });
    }

    @Test
    void shouldReadDatesWrittenInThePageInSeveralForms() {
        assertThat(day("", "<h1>Hafen</h1><span class='date'>26.01.2022</span>" + TEXT, null))
                .isEqualTo("2022-01-26");
        assertThat(day("", "<h1>Hafen</h1><div class='meta'>26. Januar 2022</div>", null)).isEqualTo("2022-01-26");
        assertThat(day("", "<h1>Port</h1><p>Publié le 26 janvier 2022</p>", null)).isEqualTo("2022-01-26");
        assertThat(day("", "<h1>Port</h1><p>Actualité 2022-1-26</p>", null)).isEqualTo("2022-01-26");
        assertThat(day("", "<h1>Port</h1><p>\u0662\u0660\u0662\u0662-\u0660\u0661-\u0662\u0666</p>", null))
                .isEqualTo("2022-01-26");
    }

    @Test
    void shouldPreferThePublishedDateAndFallBackToTheUpdatedOne() {
        assertThat(day("<meta property='article:modified_time' content='2022-02-01T10:00:00Z'>"
                + "<meta property='article:published_time' content='2022-01-26T10:00:00Z'>", TEXT, null))
                .isEqualTo("2022-01-26");
        assertThat(find("<meta property='article:modified_time' content='2022-02-01T10:00:00+00:00'>", TEXT, null))
                .hasValueSatisfying(f -> assertThat(f.source()).isEqualTo("modified"));
    }

    @Test
    void shouldFindNoDateRatherThanGuess() {
        assertThat(find("", TEXT, "https://news.example/harbour-reopens")).isEmpty();
        assertThat(find("<meta name='date' content='2099-01-01'>", TEXT, null)).isEmpty();
    }
    @Test
    void shouldTakeTheDateShownAtTheHeadlineOverADisagreeingMetaStamp() {
        String meta = "<meta property='article:published_time' content='2021-11-22T17:42:22Z'>";
        String shown = "<h1>Harbour reopens</h1><div class='article-date'>1. Januar 2023</div>"
                + "<p>The harbour reopened on Monday after the storm.</p>";
        assertThat(day(meta, shown, null)).isEqualTo("2023-01-01");
        // a date in a related list below is not the article's
        String related = "<h1>Harbour reopens</h1><p>The harbour reopened on Monday after the storm.</p>"
                + "<ul class='related'><li><span class='date'>1. Januar 2023</span></li></ul>";
        assertThat(day(meta, related, null)).isEqualTo("2021-11-22");
    }

    @Test
    void shouldKeepTheMetaDayWhenTheShownDateOnlyReadsTheOtherWayRound() {
        String meta = "<meta property='article:published_time' content='2022-05-03T10:00:00-03:00'>";
        String shown = "<h1>Harbour reopens</h1><span class='date'>03/05/2022</span><p>The harbour reopened.</p>";
        assertThat(day(meta, shown, null)).isEqualTo("2022-05-03");
    }
    @Test
    void shouldReadATwoDigitYearOnlyInAnElementNamedForDates() {
        assertThat(day("", "<h1>Harbour reopens</h1><div class='uploaded-date'> 23.09.22 </div><p>It reopened.</p>",
                null)).isEqualTo("2022-09-23");
        assertThat(day("", "<h1>Harbour reopens</h1><p>23.09.22</p><p>It reopened.</p>", null)).isNull();
    }

    @Test
    void shouldReadATimeElementsStampRatherThanItsText() {
        String meta = "<meta property='article:published_time' content='2022-05-04T02:15:10+00:00'>";
        String shown = "<h1>Harbour reopens</h1><time class='entry-date' datetime='2022-05-03T22:15:10-04:00'>"
                + "4 May 2022</time><p>The harbour reopened on Monday after the storm.</p>";
        assertThat(day(meta, shown, null)).isEqualTo("2022-05-03");
    }

    @Test
    void shouldIgnoreThePrintDateOfAPrintOnlyHeader() {
        String page = "<header class='print-header'><span class='date'>02.01.23</span></header>"
                + "<h1>Harbour reopens</h1><p>The harbour reopened on Monday after the storm.</p>";
        assertThat(day("<meta name='date' content='2022-12-26'>", page, null)).isEqualTo("2022-12-26");
    }
    @Test
    void shouldReadAnAmbiguousSlashedDateDayFirstOnPagesOutsideTheUnitedStates() {
        String meta = "<meta property='article:published_time' content='10/05/2022 05:22 pm'>";
        String es = "<html lang='es'><head>" + meta + "</head><body>" + TEXT + "</body></html>";
        String us = "<html lang='en-US'><head>" + meta + "</head><body>" + TEXT + "</body></html>";
        assertThat(PublishDateFinder.find(Jsoup.parse(es), null, NOW).map(f -> f.value().toLocalDate()))
                .hasValue(LocalDate.of(2022, 5, 10));
        assertThat(PublishDateFinder.find(Jsoup.parse(us), null, NOW).map(f -> f.value().toLocalDate()))
                .hasValue(LocalDate.of(2022, 10, 5));
    }
    @Test
    void shouldNotTakeTodaysDateFromTheMastheadForTheArticles() {
        String meta = "<title>Harbour reopens after the storm</title>"
                + "<meta property='article:published_time' content='2025-12-01T10:00:00+01:00'>";
        String page = "<header class='site-header'><h1>Ardmore Today</h1><span class='date'>9 January 2026</span>"
                + "</header><h1>Harbour reopens after the storm</h1><p>The harbour reopened on Monday.</p>";
        assertThat(day(meta, page, null)).isEqualTo("2025-12-01");
    }

    @Test
    void shouldReadAClassNamedForAStateAsAModifierNotAsWhatTheElementHolds() {
        // the article column says it has a sidebar beside it: its dateline is still the article's
        String column = "<div class='main has-right-sidebar'><h6>Harbour reopens</h6>"
                + "<p>(14. März 2021) The harbour reopened on Monday after the storm, the port authority said.</p>"
                + "</div><div class='sidebar'><span class='date'>20.03.2021</span></div>";
        assertThat(day("", column, null)).isEqualTo("2021-03-14");
        // a block marked as having no date is not a date line: the real one follows
        String marked = "<h1>Harbour reopens</h1><div class='no-date'>Port news 2019/12/01 archive</div>"
                + "<span class='posted'>14 March 2021</span><p>The harbour reopened.</p>";
        assertThat(day("", marked, null)).isEqualTo("2021-03-14");
    }

    @Test
    void shouldTakeADateLineButNotASentenceThatMentionsADate() {
        String dateline = "<h1>Harbour reopens</h1><p>Ardmore | Kilbride, 14. März 2021</p>"
                + "<p>The harbour reopened on Monday after the storm.</p>";
        assertThat(day("", dateline, null)).isEqualTo("2021-03-14");
        assertThat(day("", "<h1>Harbour reopens</h1><p>Written by Ann Lee on March 14, 2021</p>", null))
                .isEqualTo("2021-03-14");
        String sentence = "<h1>Harbour reopens</h1><p>The ferry will sail again on 14 March 2021.</p>"
                + "<p>The harbour reopened on Monday after the storm.</p>";
        assertThat(find("", sentence, null)).isEmpty();
    }

    @Test
    void shouldNotTakeTheStartOrEndOfAPeriodForThePublicationDate() {
        assertThat(find("", "<h1>Harbour</h1><p>As of March 31, 2021, the port holds 40 berths.</p>", null))
                .isEmpty();
        assertThat(find("", "<h1>Kurse</h1><table><tr><td>Dienstags, ab 14.03.2021</td><td>18 Uhr</td></tr>"
                + "<tr><td>bis 30.06.2021</td></tr></table>", null)).isEmpty();
        assertThat(day("", "<h1>Harbour</h1><p>Published 2 April 2021</p><p>From 14 March 2021 the port is shut.</p>",
                null)).isEqualTo("2021-04-02");
        // "vom" and "du" say whose day it is, not where a period starts
        assertThat(day("", "<h1>Hafen</h1><p>Mitteilung vom 14.03.2021</p>", null)).isEqualTo("2021-03-14");
        assertThat(day("", "<h1>Port</h1><p>Communiqué du 14 mars 2021</p>", null)).isEqualTo("2021-03-14");
    }

    @Test
    void shouldReadTheDateInTheUrlThePageNamesAsItsOwnWhenItCameWithoutOne() {
        String canonical = "<link rel='canonical' href='https://news.example.com/world/2021/06/15/ferry-returns'>";
        assertThat(find(canonical, TEXT, null)).hasValueSatisfying(f -> {
            assertThat(f.value().toLocalDate()).isEqualTo("2021-06-15");
            assertThat(f.source()).isEqualTo("url");
        });
        assertThat(day("<meta property='og:url' content='https://news.example.com/2021-06-16-ferry'>", TEXT, null))
                .isEqualTo("2021-06-16");
        assertThat(day("<link rel='canonical' href='/archive/2021/06/17/ferry'>", TEXT, null))
                .isEqualTo("2021-06-17");
        // a short or tracking link without a date: the canonical one has it
        assertThat(day(canonical, TEXT, "https://t.example/abc123?utm_source=feed")).isEqualTo("2021-06-15");
        // the URL it came from wins over the one it names
        assertThat(day(canonical, TEXT, "https://news.example.com/world/2021/06/14/ferry-returns"))
                .isEqualTo("2021-06-14");
        assertThat(find("<link rel='canonical' href='https://news.example.com/world/ferry-returns'>", TEXT, null))
                .isEmpty();
    }

    @Test
    void shouldPlaceThePublisherByTheCanonicalUrlWhenThePageCameWithoutOne() {
        // 23:30 UTC is already the next day in Germany; without any URL the stamp keeps its UTC day
        String stamp = "<meta property='article:published_time' content='2022-11-06T23:30:00Z'>";
        assertThat(day(stamp + "<link rel='canonical' href='https://zeitung.example.de/artikel/hafen'>", TEXT, null))
                .isEqualTo("2022-11-07");
        assertThat(day(stamp, TEXT, null)).isEqualTo("2022-11-06");
    }

    private static final String LONG = "The harbour reopened on Monday after the storm, and the first ferries left on time "
            + "with more passengers than on any day last summer.";

    @Test
    void shouldReadALabelledDateInsideALongerText() {
        assertThat(find("", "<h1>Harbour reopens</h1><div>" + LONG + " Published: 04.05.2021</div>", null))
                .hasValueSatisfying(f -> {
                    assertThat(f.value().toLocalDate()).isEqualTo("2021-05-04");
                    assertThat(f.source()).isEqualTo("text");
                });
        assertThat(day("", "<h1>Hafen</h1><div>" + LONG + " <b>Erscheinungsdatum:</b> 04.05.2021</div>", null))
                .isEqualTo("2021-05-04");
        assertThat(day("", "<h1>Liman</h1><div>" + LONG + " Yayınlanma tarihi: 04.05.2021</div>", null))
                .isEqualTo("2021-05-04");
        assertThat(day("", "<h1>Liman</h1><div>" + LONG + " 04.05.2021 tarihinde yayınlandı.</div>", null))
                .isEqualTo("2021-05-04");
    }

    @Test
    void shouldTakeALabelledUpdateOnlyWhenNoPublishedDateExists() {
        String update = "<h1>Hafen</h1><div>" + LONG + " Stand: 06.05.2021</div>";
        assertThat(find("", update, null)).hasValueSatisfying(f -> {
            assertThat(f.value().toLocalDate()).isEqualTo("2021-05-06");
            assertThat(f.source()).isEqualTo("modified");
        });
        assertThat(day("", update + "<div>" + LONG + " Veröffentlicht am 04.05.2021</div>", null))
                .isEqualTo("2021-05-04");
    }

    @Test
    void shouldNotReadALabelInFurnitureOrBeforeSomethingThatIsNoDate() {
        assertThat(find("", "<h1>Harbour reopens</h1><p>" + LONG + "</p><div class='comments'><div>" + LONG
                + " Posted: 04.05.2021</div></div>", null)).isEmpty();
        assertThat(find("", "<h1>Harbour reopens</h1><div>" + LONG + " Posted 3 days ago</div>", null)).isEmpty();
        assertThat(find("", "<h1>Harbour reopens</h1><div>" + LONG + " Published in 2021 by the port.</div>", null))
                .isEmpty();
    }
}
