package io.storywire.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class MainTextExtractorTest {

    private static final String P1 = "The harbour of Ardmore reopened on Monday after a storm closed it for three days, "
            + "the port authority said, and the first ferries left on time.";
    private static final String P2 = "Crews worked through the weekend to clear fallen trees from the quay and to "
            + "repair two damaged moorings, a spokeswoman for the authority told reporters.";
    private static final String MIDDLE = "Fishermen said the closure had cost them a week of catches at the start of "
            + "the season, and asked the council for help with the losses.";
    private static final String END = "The authority expects traffic to be back to normal by the end of the week.";

    private static String extract(String body) {
        String html = "<html><head><title>Harbour reopens | Ardmore Today</title></head><body>" + body
                + "</body></html>";
        return MainTextExtractor.extract(Jsoup.parse(html), html, "https://ardmore.example/harbour");
    }

    private static String article(String inside) {
        return "<nav><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li></ul></nav>"
                + "<div class='entry-content'><p>" + P1 + "</p><p>" + P2 + "</p>" + inside + "<p>" + END + "</p></div>"
                + "<footer><p>Copyright Ardmore Today. All rights reserved.</p></footer>";
    }

    @Test
    void shouldKeepTheArticleFromItsFirstToItsLastParagraph() {
        String text = extract(article("<h2>Losses</h2><p>" + MIDDLE + "</p>"));
        assertThat(text).startsWith(P1).endsWith(END).contains(P2, "Losses", MIDDLE)
                .doesNotContain("Home", "Copyright");
    }

    @Test
    void shouldDropRelatedLinkLists() {
        String text = extract(article("<div class='related-posts'><h3>More news</h3><ul>"
                + "<li><a href='/a'>Bridge closed after cracks found in supports</a></li>"
                + "<li><a href='/b'>Council approves budget</a></li></ul></div>"));
        assertThat(text).contains(P2, END).doesNotContain("Bridge closed", "More news");
    }

    @Test
    void shouldDropShareNewsletterAndTagRows() {
        String text = extract(article("<div class='share-buttons'><a href='#'>Share on Facebook</a></div>"
                + "<div class='newsletter-box'><p>Get the morning briefing in your inbox every day.</p></div>"
                + "<div class='tags'><a href='/t/harbour'>harbour</a> <a href='/t/storm'>storm</a></div>"));
        assertThat(text).contains(END).doesNotContain("Share on Facebook", "morning briefing", "storm</a>")
                .doesNotContain("harbour storm");
    }

    @Test
    void shouldDropCaptionsCreditsAndTeasers() {
        String text = extract(article("<figure><img src='x.jpg'><figcaption>The quay on Sunday. Photo: J. Doe"
                + "</figcaption></figure><div class='image-caption'>Ferries waiting. Credit: Port authority</div>"
                + "<div class='teaser'><p>Storm season: what you need to know before you travel this winter</p></div>"));
        assertThat(text).contains(END).doesNotContain("The quay on Sunday", "Ferries waiting", "Storm season");
    }

    @Test
    void shouldDropCommentSections() {
        String text = extract(article("") + "<div id='comments'><p>Great news, finally the ferries run again and "
                + "we can visit our family on the island.</p></div>");
        assertThat(text).endsWith(END).doesNotContain("Great news");
    }

    @Test
    void shouldDropReadMorePromptsButKeepListsAndQuotes() {
        String text = extract(article("<p>Read more: Storm closes harbour for three days</p>"
                + "<ul><li>Ferries to the island run every hour.</li><li>The fish market opens on Wednesday.</li></ul>"
                + "<blockquote>We are glad to be back at work, said a ferry captain who had waited all week.</blockquote>"));
        assertThat(text).contains("Ferries to the island run every hour.", "The fish market opens on Wednesday.",
                "We are glad to be back at work").doesNotContain("Read more");
    }

    @Test
    void shouldFindTheTextWithoutAKnownContainer() {
        String text = extract("<div id='x1'><div><p>" + P1 + "</p><p>" + P2 + "</p><p>" + MIDDLE + "</p><p>" + END
                + "</p></div></div>");
        assertThat(text).startsWith(P1).endsWith(END);
    }

    @Test
    void shouldLetTheArticleDropTheHeadlineFromItsBody() {
        String html = "<html><head><title>Harbour reopens</title></head><body><article><h1>Harbour reopens</h1><p>"
                + P1 + "</p><p>" + P2 + "</p><p>" + END + "</p></article></body></html>";
        var page = Jsoup.parse(html);
        String text = MainTextExtractor.extract(page, html, null);
        assertThat(text).startsWith("Harbour reopens\n\n" + P1);
        assertThat(MainTextExtractor.withoutHeadline(text, page)).startsWith(P1);
    }
    @Test
    void shouldPutTheLeadStandingAboveTheContainerInFront() {
        String lead = "Storm damage kept the Ardmore harbour shut for three days; crews cleared the quay by Monday.";
        String page = "<p class='kicker'>Weather</p><h2>Harbour reopens</h2><p class='intro'>" + lead + "</p>"
                + article("");
        String html = "<html><head><meta property='og:description' content='" + lead + "'></head><body>" + page
                + "</body></html>";
        String text = MainTextExtractor.extract(Jsoup.parse(html), html, "https://ardmore.example/harbour");
        assertThat(text).startsWith(lead + "\n\n" + P1).doesNotContain("Weather");
        // without the description nothing says the paragraph is the article's lead
        assertThat(extract(page)).startsWith(P1);
    }
    @Test
    void shouldEndTheArticleAtTheCommentsHeading() {
        String text = extract(article("") .replace("</div><footer>",
                "<h3>3 Comments</h3><p>Great news for the town, at last the boats can go out again.</p></div><footer>"));
        assertThat(text).endsWith(END).doesNotContain("Great news", "Comments");
        // a heading that only mentions comments is part of the article
        String mentioned = extract(article("<h2>Comments from the harbour master</h2><p>" + MIDDLE + "</p>"));
        assertThat(mentioned).contains("Comments from the harbour master", MIDDLE);
    }

    @Test
    void shouldDropCopyrightNoticesAndCopyrightBoxes() {
        String notice = "(c) 2026 Ardmore Today. This article is the property of Ardmore Today. Written permission"
                + " is required before any reprint in print or online media.";
        String text = extract(article("<p>" + notice + "</p><div class='article-copyright'><p>Ardmore Today 12/2026"
                + "</p></div>"));
        assertThat(text).contains(P1, END).doesNotContain("property of", "12/2026");
    }
    @Test
    void shouldPutAnExcerptNamedAsTheArticlesLeadInFront() {
        String lead = "How many days may the harbour stay closed before the fishermen are owed compensation? The rules.";
        String text = extract("<article><header><h1>Harbour reopens</h1><p class='article-excerpt'>" + lead
                + "</p></header>" + article("") + "</article>");
        assertThat(text).startsWith(lead + "\n\n" + P1);
    }
    @Test
    void shouldDropInvitationsToTheSitesMessagingChannels() {
        String text = extract(article("<p>Did you know we have a Telegram channel? Join it from your phone.</p>"));
        assertThat(text).contains(P2, END).doesNotContain("Telegram");
    }
    @Test
    void shouldDropTeaserCardsWhoseDescriptionsAreNotLinked() {
        StringBuilder cards = new StringBuilder();
        for (String t : new String[] {"Lighthouse keeper retires", "Ferry timetable changes", "New quay for Ardmore"}) {
            cards.append("<div class='card'><a href='/x'>").append(t).append(" after forty years</a>")
                    .append("<p>A short description of the teased story that is not linked.</p></div>");
        }
        String text = extract(article(cards.toString()));
        assertThat(text).contains(P1, END).doesNotContain("Lighthouse", "teased story");
        // two such blocks are not yet a row of cards
        String two = extract(article("<div class='card'><a href='/x'>Lighthouse keeper retires after forty years</a>"
                + "<p>The keeper of the Ardmore light stepped down on Friday.</p></div>"
                + "<div class='card'><a href='/y'>Ferry timetable changes after forty years</a>"
                + "<p>The winter timetable starts in November.</p></div>"));
        assertThat(two).contains("The keeper of the Ardmore light");
    }
}
