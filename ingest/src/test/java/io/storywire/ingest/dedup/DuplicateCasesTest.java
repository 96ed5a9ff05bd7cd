package io.storywire.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import io.storywire.ingest.settings.IngestSettings;
import io.storywire.ingest.id.ArticleIds;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The cases duplicate detection must tell apart, each on text written for the test. */
class DuplicateCasesTest {

    private static final Instant MONDAY = Instant.parse("2026-03-02T08:00:00Z");

    private final NearDuplicateDetector detector = new NearDuplicateDetector(IngestSettings.DEFAULT_SHINGLE,
            IngestSettings.DEFAULT_THRESHOLD);

    private NearDuplicateDetector.Verdict admit(String id, String source, String body, Instant published) {
        return detector.admit(id, source, body, published, null);
    }

    private static final String FERRY = """
            The ferry between Northport and the island of Varn sailed again on Thursday morning, eleven days after \
            a winter storm damaged the pier at Northport and cut the island off from the mainland.

            The operator, Strait Lines, said the first crossing carried 212 passengers and 40 lorries, and that the \
            timetable would be back to six crossings a day by Monday. Harbour master Tomas Evander said divers had \
            checked the repaired pier twice before the port reopened.

            Shops on Varn had run short of fresh milk and fuel during the closure, and the regional council flew \
            medicines to the island's clinic by helicopter. Council leader Mari Holm said the island would ask for \
            a second pier so that one storm could not close its only link again.

            Repairs cost about 3.4 million crowns, the port authority said, and will be paid from the regional \
            storm fund.""";

    @Test
    void shouldGiveAnExactRepostUnderAnotherLinkTheSameIdAndCallItAnExactDuplicate() {
        String first = ArticleIds.of("https://northport-news.example/2026/03/ferry-sails", "Ferry sails again", FERRY);
        String repost = ArticleIds.of("http://www.island-daily.example/region/ferry/?utm_source=fb&fbclid=x1#top",
                "Ferry to Varn sails again after storm", FERRY.replace("\n\n", "\n"));
        assertThat(repost).isEqualTo(first);
        assertThat(admit(first, "Northport News", FERRY, MONDAY).kind()).isEqualTo(NearDuplicateDetector.Kind.NEW);
        assertThat(admit(repost, "Island Daily", FERRY, MONDAY).kind())
                .isEqualTo(NearDuplicateDetector.Kind.EXACT_DUPLICATE);
    }

    @Test
    void shouldMarkACopyWithOneParagraphEditedAsANearDuplicate() {
        String edited = FERRY.replace("Shops on Varn had run short of fresh milk and fuel during the closure",
                "During the closure the island's two shops ran out of fresh milk, bread and petrol");
        admit("original", "Northport News", FERRY, MONDAY);
        var v = admit("edited", "Island Daily", edited, MONDAY.plusSeconds(3600));
        assertThat(v.kind()).isEqualTo(NearDuplicateDetector.Kind.NEAR_DUPLICATE);
        assertThat(v.nearDuplicateOf().articleId()).isEqualTo("original");
        assertThat(v.nearDuplicateOf().similarity()).isGreaterThan(0.8);
    }

    /** A site's own lead and ending around one paragraph it took word for word from the wire story. */
    private static final String REPRINT = """
            The ferry from Northport sounded its horn off Varn on Thursday for the first time in eleven days, and \
            islanders walked down to the harbour in their hundreds to watch the boat come in.

            The operator, Strait Lines, said the first crossing carried 212 passengers and 40 lorries, and that the \
            timetable would be back to six crossings a day by Monday. Harbour master Tomas Evander said divers had \
            checked the repaired pier twice before the port reopened.

            Our readers told us the closure had been the longest since the pier was built, and several said they \
            would now keep a week of supplies at home through the winter months. The school on the island stayed \
            open throughout, its head teacher said, though two teachers who live on the mainland could not reach it. \
            Fishermen on Varn said they had lost most of a season's first catch because they could not ship it.""";

    @Test
    void shouldMarkASiteThatReprintsAWireParagraphUnderItsOwnLeadAndEnding() {
        Similarity s = Similarity.of(Similarity.Sets.of(TextFingerprint.of(FERRY, IngestSettings.DEFAULT_SHINGLE),
                java.util.Set.of()), Similarity.Sets.of(TextFingerprint.of(REPRINT, IngestSettings.DEFAULT_SHINGLE),
                java.util.Set.of()));
        assertThat(s.containment()).isBetween(IngestSettings.DEFAULT_THRESHOLD, Similarity.PASSAGE_ZONE);
        assertThat(s.passage()).isGreaterThanOrEqualTo(Similarity.MIN_PASSAGE);
        admit("wire", "Northport News", FERRY, MONDAY);
        var v = admit("reprint", "Island Daily", REPRINT, MONDAY.plusSeconds(7200));
        assertThat(v.kind()).isEqualTo(NearDuplicateDetector.Kind.NEAR_DUPLICATE);
        assertThat(v.nearDuplicateOf().articleId()).isEqualTo("wire");
    }

    @Test
    void shouldPointEveryCopyAtTheFirstArticleOfItsGroupNeverAtAnotherCopy() {
        String second = FERRY.replace("212 passengers and 40 lorries", "212 passengers, 40 lorries and a school class")
                .replace("storm fund.", "storm fund, which was set up in 2019.");
        String third = second.replace("Council leader Mari Holm said", "Mari Holm, who leads the council, said")
                .replace("divers had checked", "two divers had checked");
        admit("first", "Northport News", FERRY, MONDAY);
        assertThat(admit("second", "Island Daily", second, MONDAY).nearDuplicateOf().articleId()).isEqualTo("first");
        assertThat(admit("third", "Coast Radio", third, MONDAY).nearDuplicateOf().articleId()).isEqualTo("first");
    }

    private static String greeting(String leader, String country, String day, String counterpart, String field) {
        return """
                President Arvel Dunmore on Monday sent a message of congratulations to %1$s, leader of %2$s, on \
                the occasion of %3$s.

                In the message, Dunmore said that the friendship between the two peoples had a long history, and \
                that relations between the two countries had grown steadily in recent years under the joint \
                efforts of both sides.

                Dunmore said he attached great importance to the development of relations with %2$s, and was \
                willing to work with %1$s to deepen cooperation in %5$s and bring more benefits to the two \
                peoples.

                Foreign Minister Lena Sorvik also sent a message of congratulations to her counterpart %4$s on the \
                same day, the official news agency said.""".formatted(leader, country, day, counterpart, field);
    }

    @Test
    void shouldNotMarkGreetingsWrittenFromOneFormulaForOtherCountries() {
        admit("greeting-1", "State News Agency", greeting("President Tamsin Oduya", "Kelvaria",
                "Kelvaria's National Day", "Joren Maddock", "trade and energy"), MONDAY);
        var v = admit("greeting-2", "State News Agency", greeting("King Osric Valemont", "Brennmark",
                "the 75th anniversary of Brennmark's independence", "Ilse Grunwald", "agriculture and ports"),
                MONDAY.plusSeconds(7200));
        assertThat(v.kind()).isEqualTo(NearDuplicateDetector.Kind.NEW);
    }

    private static String weather(String city, int high, int low, String wind, String tomorrow) {
        return """
                The weather service forecast a high of %2$d degrees in %1$s on Tuesday and a low of %3$d degrees \
                overnight, with %4$s winds along the coast.

                Motorists were advised to allow extra time on the ring road in the morning, when patches of fog \
                are expected in low-lying areas, the service said in its daily bulletin.

                On Wednesday %5$s is expected, with temperatures close to the seasonal average for the region. \
                Pollen counts will stay moderate, and the service said the air quality index in %1$s would remain \
                in the good range through the end of the week.""".formatted(city, high, low, wind, tomorrow);
    }

    @Test
    void shouldNotMarkTheSameWeatherBulletinForAnotherCityOrDay() {
        admit("weather-1", "Metro Herald", weather("Ostrava Bay", 14, 6, "north-westerly", "light rain"), MONDAY);
        assertThat(admit("weather-2", "Metro Herald",
                weather("Kelmington", 19, 11, "southerly", "sunshine in the afternoon"), MONDAY).kind())
                .isEqualTo(NearDuplicateDetector.Kind.NEW);
        assertThat(admit("weather-3", "Metro Herald",
                weather("Ostrava Bay", 11, 4, "north-easterly", "sleet in the hills"), MONDAY.plusSeconds(86400 * 3))
                .kind()).isEqualTo(NearDuplicateDetector.Kind.NEW);
    }

    private static String market(String day, String index, String points, String pct, String leader, String laggard) {
        return """
                The Northbourne All-Share index closed at %2$s on %1$s, %3$s points or %4$s percent, as trading \
                volumes stayed close to their monthly average.

                Shares of %5$s led the gainers after the company reported higher quarterly sales, while %6$s was \
                the biggest loser on the main board after analysts cut their price targets.

                The benchmark ten-year government bond yield was little changed, and the currency traded in a \
                narrow range against the dollar and the euro, dealers said. Turnover on the main board reached \
                1,284 million crowns.""".formatted(day, index, points, pct, leader, laggard);
    }

    @Test
    void shouldNotMarkMarketReportsOfOtherDaysOrOtherFigures() {
        admit("market-1", "Capital Times", market("Monday", "4,812.35", "up 21.40", "0.45", "Halvard Steel",
                "Norwick Telecom"), MONDAY);
        assertThat(admit("market-2", "Capital Times", market("Tuesday", "4,790.02", "down 22.33", "0.46",
                "Brightwater Foods", "Estmere Shipping"), MONDAY.plusSeconds(86400)).kind())
                .isEqualTo(NearDuplicateDetector.Kind.NEW);
    }

    private static String pressReview(String topic, String paper, String quote, String other, String quote2) {
        return """
                The morning papers on Friday gave most of their front pages to %1$s.

                The %2$s wrote in its editorial that "%3$s", and called on the government to explain its plans to \
                parliament before the end of the month.

                The %4$s took a different view, writing that "%5$s". Both papers also covered the weekend \
                football results and the weather, which is expected to turn colder.

                This press review is compiled by the agency's editors; the agency does not vouch for the accuracy \
                of the reports it quotes.""".formatted(topic, paper, quote, other, quote2);
    }

    @Test
    void shouldNotMarkPressReviewsOfOtherDaysAsCopies() {
        admit("review-1", "Wire Agency", pressReview("the rise in rail fares", "Morning Ledger",
                "commuters in Halden and Rosk will pay for years of poor planning", "Evening Courier",
                "the increase is modest when compared with Kelvaria and Brennmark"), MONDAY);
        assertThat(admit("review-2", "Wire Agency", pressReview("the hospital strike in Estmere",
                "Evening Courier", "nurses at Saint Alban's have waited long enough for a fair offer",
                "Daily Observer", "the union of Dr Kessler should return to talks with the ministry"),
                MONDAY.plusSeconds(86400 * 4)).kind()).isEqualTo(NearDuplicateDetector.Kind.NEW);
    }

    private static final String FOOTER = """
            Northport News is an independent newspaper founded in 1921. Our reporters follow the standards of the \
            Press Council of Varn and we correct mistakes promptly. To report an error, write to the Readers' \
            Editor at Northport News, 14 Harbour Street, Northport, or use the form on our website.

            Subscribe to the Northport News morning briefing to get the day's most important stories from the \
            region delivered to your inbox every weekday, free of charge. You can unsubscribe at any time.""";

    @Test
    void shouldLeaveASitesRecurringFooterOutOfTheComparison() {
        String[] stories = {
            "The town council of Northport approved a new bus route to the hospital on Tuesday evening, after "
                + "residents of the eastern districts collected 1,800 signatures for it.",
            "A fishing boat ran aground near Cape Lind on Monday night; the crew of four was rescued by the "
                + "coast guard and nobody was hurt, officials said.",
            "The Northport public library will stay open until nine in the evening from April, the culture "
                + "department said, after a survey of 2,300 readers.",
            "Ticket prices at the Varn football club will rise by 5 percent next season, the club's board "
                + "decided, citing higher energy and security costs.",
            "A new primary school in the western district of Northport will open in September with places for "
                + "420 pupils, the education office announced.",
            "The regional airport handled 1.2 million passengers last year, up 8 percent, thanks to two new "
                + "routes to the capital and to Brennmark, its director said.",
        };
        for (int i = 0; i < stories.length; i++) {
            var v = admit("local-" + i, "Northport News", stories[i] + "\n\n" + FOOTER, MONDAY.plusSeconds(i * 600L));
            assertThat(v.kind()).as("story %d", i).isEqualTo(NearDuplicateDetector.Kind.NEW);
        }
    }

    @Test
    void shouldStillMarkACopyWhoseOnlyDifferenceIsAnotherSitesFooter() {
        admit("ferry", "Northport News", FERRY + "\n\n" + FOOTER, MONDAY);
        var v = admit("ferry-copy", "Island Daily", FERRY + "\n\nIsland Daily: news from Varn since 1950.",
                MONDAY.plusSeconds(900));
        assertThat(v.kind()).isEqualTo(NearDuplicateDetector.Kind.NEAR_DUPLICATE);
        assertThat(v.nearDuplicateOf().articleId()).isEqualTo("ferry");
    }

    @Test
    void shouldNeverCallAnArticleACopyOfItselfWhenItsProbeComesAgain() {
        var index = new BandIndex(new MemoryBandStore(), IngestSettings.DEFAULT_THRESHOLD,
                NearDuplicateDetector.MARKS_THRESHOLD);
        var scatter = new Scatter(IngestSettings.DEFAULT_SHINGLE, 2);
        for (Probe p : scatter.probes("ferry", 1, 1, "Northport News", FERRY)) {
            assertThat(index.answer(p).found()).isFalse();
        }
        for (Probe p : scatter.probes("ferry", 1, 1, "Northport News", FERRY)) {
            assertThat(index.answer(p).found()).as("replayed probe of group %d", p.group()).isFalse();
        }
        // and a later article is answered the same however often its probe is delivered
        String copy = FERRY.replace("eleven days", "nearly two weeks");
        for (Probe p : scatter.probes("copy", 2, 2, "Island Daily", copy)) {
            Answer once = index.answer(p);
            assertThat(index.answer(p)).isEqualTo(once);
        }
    }
}
