package io.storywire.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import io.storywire.core.model.Article;
import io.storywire.ingest.Fixtures;
import io.storywire.ingest.settings.IngestSettings;
import io.storywire.ingest.parse.ArticleParser;
import org.junit.jupiter.api.Test;

class NearDuplicateDetectorTest {

    private final ArticleParser parser = new ArticleParser(Fixtures.SETTINGS);
    private final NearDuplicateDetector detector = new NearDuplicateDetector(
            IngestSettings.DEFAULT_SHINGLE, IngestSettings.DEFAULT_THRESHOLD);

    private Article scrape(String file) {
        return parser.parse(Fixtures.bytes("scrape/" + file), Fixtures.meta(null, file)).articles().get(0);
    }

    private Article seed(String prefix) {
        return parser.parse(Fixtures.seed(prefix), Fixtures.meta(null, prefix)).articles().get(0);
    }

    private NearDuplicateDetector.Verdict admit(Article a) {
        return detector.admit(a.id(), a.body());
    }

    @Test
    void shouldMarkAShortenedRewriteOfAnotherSitesStory() {
        Article original = scrape("harbour-wire-original.txt");
        assertThat(admit(original).kind()).isEqualTo(NearDuplicateDetector.Kind.NEW);
        NearDuplicateDetector.Verdict v = admit(scrape("harbour-rewrite-other-site.txt"));
        assertThat(v.kind()).isEqualTo(NearDuplicateDetector.Kind.NEAR_DUPLICATE);
        assertThat(v.nearDuplicateOf().articleId()).isEqualTo(original.id());
    }

    @Test
    void shouldNotMarkAnIndependentReportOfTheSameEvent() {
        admit(scrape("harbour-wire-original.txt"));
        admit(scrape("harbour-rewrite-other-site.txt"));
        assertThat(admit(scrape("harbour-independent-report.txt")).kind()).isEqualTo(NearDuplicateDetector.Kind.NEW);
    }

    @Test
    void shouldSeparateTheSeedsWireCopiesFromTheirIndependentReports() {
        Article first = seed("000");
        admit(first);
        assertThat(admit(seed("001")).kind()).isEqualTo(NearDuplicateDetector.Kind.NEW);
        assertThat(admit(seed("002")).kind()).isEqualTo(NearDuplicateDetector.Kind.NEW);
        assertThat(admit(seed("003")).nearDuplicateOf().articleId()).isEqualTo(first.id());
        assertThat(admit(seed("004")).nearDuplicateOf().articleId()).isEqualTo(first.id());
    }

    @Test
    void shouldTellAnAggregatorsRewriteFromAnAnalysisOfTheSameNews() {
        Article original = scrape("rates-wire-original.txt");
        admit(original);
        admit(scrape("harbour-wire-original.txt")); // an unrelated story in the index
        var rewrite = admit(scrape("rates-rewrite-aggregator.txt"));
        assertThat(rewrite.kind()).isEqualTo(NearDuplicateDetector.Kind.NEAR_DUPLICATE);
        assertThat(rewrite.nearDuplicateOf().articleId()).isEqualTo(original.id());
        assertThat(admit(scrape("rates-independent-analysis.txt")).kind()).isEqualTo(NearDuplicateDetector.Kind.NEW);
    }

    @Test
    void shouldPointARewriteOfARewriteAtTheFirstCopy() {
        Article original = scrape("harbour-wire-original.txt");
        Article rewrite = scrape("harbour-rewrite-other-site.txt");
        admit(original);
        admit(rewrite);
        String again = rewrite.body() + "\n\nThe harbour authority thanked the crews for their work.";
        var v = detector.admit("rewrite-2", again);
        assertThat(v.nearDuplicateOf().articleId()).isEqualTo(original.id());
    }

    @Test
    void shouldRepublishTheVerdictWhenTheSameRecordIsReplayed() {
        Article original = seed("000");
        detector.admit(original.id(), null, original.body(), "0@10");
        Article rewrite = seed("003");
        var first = detector.admit(rewrite.id(), null, rewrite.body(), "0@11");
        var replay = detector.admit(rewrite.id(), null, rewrite.body(), "0@11");
        assertThat(replay.kind()).isEqualTo(NearDuplicateDetector.Kind.REPLAY);
        assertThat(replay.nearDuplicateOf()).isEqualTo(first.nearDuplicateOf());
        assertThat(detector.admit(rewrite.id(), null, rewrite.body(), "0@12").kind())
                .isEqualTo(NearDuplicateDetector.Kind.EXACT_DUPLICATE);
    }

    @Test
    void shouldCallTheSameIdAgainAnExactDuplicate() {
        Article a = seed("002");
        admit(a);
        assertThat(admit(a).kind()).isEqualTo(NearDuplicateDetector.Kind.EXACT_DUPLICATE);
    }

    @Test
    void shouldKeepTheThresholdInsideTheGapBetweenRewritesAndIndependentReports() {
        // measured containment, shingles of three words: every rewrite pair above, every independent pair below
        double threshold = IngestSettings.DEFAULT_THRESHOLD;
        assertThat(containment(scrape("harbour-wire-original.txt"), scrape("harbour-rewrite-other-site.txt")))
                .isGreaterThan(threshold + 0.1);
        assertThat(containment(seed("000"), seed("003"))).isGreaterThan(threshold);
        assertThat(containment(seed("000"), seed("004"))).isGreaterThan(threshold);
        assertThat(containment(scrape("harbour-wire-original.txt"), scrape("harbour-independent-report.txt")))
                .isLessThan(threshold / 2);
        assertThat(containment(scrape("rates-wire-original.txt"), scrape("rates-rewrite-aggregator.txt")))
                .isGreaterThan(threshold + 0.1);
        assertThat(containment(scrape("rates-wire-original.txt"), scrape("rates-independent-analysis.txt")))
                .isLessThan(threshold / 2);
        assertThat(containment(scrape("rates-wire-original.txt"), scrape("harbour-wire-original.txt")))
                .isLessThan(threshold / 4);
        for (String[] pair : new String[][] {{"000", "001"}, {"000", "002"}, {"001", "002"}, {"002", "003"}}) {
            assertThat(containment(seed(pair[0]), seed(pair[1]))).as("%s-%s", pair[0], pair[1])
                    .isLessThan(threshold * 0.7);
        }
    }

    private static double containment(Article a, Article b) {
        return Shingles.containment(Shingles.of(a.body(), IngestSettings.DEFAULT_SHINGLE),
                Shingles.of(b.body(), IngestSettings.DEFAULT_SHINGLE));
    }
}
