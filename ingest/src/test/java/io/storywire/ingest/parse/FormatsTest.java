package io.storywire.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.storywire.core.model.Article;
import io.storywire.core.model.ArticleFlag;
import io.storywire.ingest.Fixtures;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormatsTest {

    private final ArticleParser parser = new ArticleParser(Fixtures.SETTINGS);

    private List<Article> parse(String file, String contentType) {
        ParseOutcome out = parser.parse(Fixtures.bytes(file), Fixtures.meta(contentType, file));
        assertThat(out.rejections()).as(file).isEmpty();
        return out.articles();
    }

    @Test
    void shouldReadAnHtmlPageWithMetaTagsAndMainText() {
        Article a = parse("html/article-with-meta.html", "text/html").get(0);
        assertThat(a.title()).isEqualTo("Rail link opens between two valley towns");
        assertThat(a.source()).isEqualTo("Valley Courier");
        assertThat(a.author()).isEqualTo("Priya Natarajan");
        assertThat(a.published()).isEqualTo(OffsetDateTime.of(2025, 6, 14, 8, 30, 0, 0, ZoneOffset.ofHours(2)));
        assertThat(a.publishedFrom()).isEqualTo("meta");
        assertThat(a.url()).isEqualTo("https://www.valley-courier.example/news/rail-link-opens");
        assertThat(a.body()).contains("A new rail link between Ardmore and Kestwick opened on Saturday")
                .contains("\"For people who commute")
                .doesNotContain("Most read", "Subscribe to our newsletter", "All rights reserved", "Tweet");
    }

    @Test
    void shouldSniffHtmlWithoutAContentType() {
        assertThat(parse("html/article-with-meta.html", null).get(0).title())
                .isEqualTo("Rail link opens between two valley towns");
    }

    @Test
    void shouldReadEveryItemOfAnRssFeedPreferringFullContent() {
        List<Article> items = parse("feed/rss2.xml", "application/rss+xml");
        assertThat(items).extracting(Article::title).containsExactly(
                "Lighthouse restoration finished ahead of summer", "Council approves new cycle lanes along the seafront");
        Article first = items.get(0);
        assertThat(first.source()).isEqualTo("Harbour Gazette");
        assertThat(first.author()).isEqualTo("Jonas Lind");
        assertThat(first.publishedFrom()).isEqualTo("feed");
        assertThat(first.published()).isEqualTo(OffsetDateTime.of(2025, 6, 10, 7, 45, 0, 0, ZoneOffset.ofHours(2)));
        assertThat(first.body()).startsWith("Work on the old lighthouse").doesNotContain("Short summary only");
        assertThat(first.body().split("\n\n")).hasSize(3);
    }

    @Test
    void shouldReadAnAtomFeed() {
        Article a = parse("feed/atom.xml", "application/atom+xml").get(0);
        assertThat(a.title()).isEqualTo("Library extends opening hours during exam season");
        assertThat(a.author()).isEqualTo("Priya Natarajan");
        assertThat(a.published()).isEqualTo(OffsetDateTime.of(2025, 6, 13, 9, 0, 0, 0, ZoneOffset.ofHours(1)));
        assertThat(a.url()).isEqualTo("https://valley-courier.example/library-hours");
    }

    @Test
    void shouldReadAJsonBatchAndDeriveWhatIsMissing() {
        List<Article> batch = parse("json/batch.json", "application/json");
        assertThat(batch).hasSize(2);
        Article full = batch.get(0);
        assertThat(full.published()).isEqualTo(OffsetDateTime.of(2025, 6, 5, 14, 0, 0, 0, ZoneOffset.ofHours(1)));
        assertThat(full.publishedFrom()).isEqualTo("json");
        assertThat(full.source()).isEqualTo("Culture Wire");
        assertThat(full.body()).contains("\n\n");
        Article bare = batch.get(1);
        assertThat(bare.source()).isNull();
        assertThat(bare.publishedFrom()).isEqualTo("ingest-time");
        assertThat(bare.language()).isEqualTo("en");
    }

    @Test
    void shouldTakeTheSourceFromTheUrlHostWhenMissing() {
        String json = "{\"title\":\"Bridge closed\",\"url\":\"https://www.example.org/a?utm_source=x\",\"body\":\""
                + "The old bridge over the river was closed on Friday after engineers found cracks in two of its "
                + "supports, the county said, and traffic was diverted through the town centre.\"}";
        Article a = parser.parse(json.getBytes(StandardCharsets.UTF_8), Fixtures.meta(null, null)).articles().get(0);
        assertThat(a.source()).isEqualTo("example.org");
    }

    @Test
    void shouldGiveAPageTheSameIdWhateverTrackingParametersItsUrlCarries() {
        String body = "The old bridge over the river was closed on Friday after engineers found cracks in two of "
                + "its supports, the county said, and traffic was diverted through the town centre.";
        String a = "{\"title\":\"Bridge closed\",\"url\":\"https://www.example.org/a?utm_source=x\",\"body\":\"" + body + "\"}";
        // the text decides the id (ids are content hashes), so the same text under any form of the link keeps it
        String b = "{\"title\":\"Bridge closed!\",\"url\":\"https://example.org/a/#top\",\"body\":\"" + body + "\"}";
        String idA = parser.parse(a.getBytes(StandardCharsets.UTF_8), Fixtures.meta(null, null)).articles().get(0).id();
        String idB = parser.parse(b.getBytes(StandardCharsets.UTF_8), Fixtures.meta(null, null)).articles().get(0).id();
        assertThat(idA).isEqualTo(idB);
    }

    @Test
    void shouldReadAFeedItemSentAlone() {
        Article item = parse("feed/lone-item.xml", "application/rss+xml").get(0);
        assertThat(item.title()).isEqualTo("Ferry timetable changes for the winter season");
        assertThat(item.published().toInstant()).hasToString("2025-10-01T05:00:00Z");
        Article entry = parse("feed/lone-entry.atom", null).get(0);
        assertThat(entry.title()).isEqualTo("School meals to include more local produce");
        assertThat(entry.body()).startsWith("Schools across the valley");
    }

    @Test
    void shouldSniffWhatCurlSendsAsAFormAndHonourADeclaredCharset() {
        byte[] seed = Fixtures.seed("001");
        assertThat(parser.parse(seed, Fixtures.meta("application/x-www-form-urlencoded", null)).ok()).isTrue();
        byte[] latin1 = ("Caf\u00e9 owners protest new rules in the old town\n\n" + "The owners of cafes in the old "
                + "town protested on Monday against new rules that limit the number of tables on the pavement, "
                + "saying the change would cost them a third of their summer trade.").getBytes(StandardCharsets.ISO_8859_1);
        Article detected = parser.parse(latin1, Fixtures.meta("text/plain", null)).articles().get(0);
        assertThat(detected.title()).isEqualTo("Caf\u00e9 owners protest new rules in the old town");
        assertThat(detected.flags()).extracting(ArticleFlag::code).containsExactly("charset-detected");
        Article a = parser.parse(latin1, Fixtures.meta("text/plain; charset=ISO-8859-1", null)).articles().get(0);
        assertThat(a.title()).isEqualTo("Caf\u00e9 owners protest new rules in the old town");
        assertThat(a.flags()).isEmpty();
    }

    @Test
    void shouldReadAPageWithoutMetaTagsFromItsMarkup() {
        Article a = parse("html/wordpress-no-meta.html", "text/html").get(0);
        assertThat(a.title()).isEqualTo("Town hall gets solar roof");
        assertThat(a.source()).isEqualTo("Ardmore Today");
        assertThat(a.author()).isEqualTo("Li Wei");
        assertThat(a.published()).isEqualTo(OffsetDateTime.of(2025, 8, 21, 11, 20, 0, 0, ZoneOffset.ofHours(-4)));
        assertThat(a.body()).startsWith("Ardmore's town hall now gets most of its electricity")
                .endsWith("approved in the autumn.")
                .doesNotContain("Share this", "Related Posts", "thoughts on", "Recent Posts", "WordPress");
    }

    @Test
    void shouldNotTakeAClosingCaptionForACutOffBody() {
        String json = "{\"title\":\"Bridge closed\",\"body\":\"The old bridge over the river was closed on Friday "
                + "after engineers found cracks in two of its supports, the county said.\\n\\nThe old bridge seen from "
                + "the north bank on Friday morning as engineers inspect its supports\"}";
        ParseOutcome out = parser.parse(json.getBytes(StandardCharsets.UTF_8), Fixtures.meta(null, null));
        assertThat(out.rejections()).isEmpty();
    }
}
