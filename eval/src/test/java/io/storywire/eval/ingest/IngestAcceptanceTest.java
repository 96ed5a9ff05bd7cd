package io.storywire.eval.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every real article and headline of the four dev sets of real news is accepted by ingest's parser, as JSON and
 * as scraped text, and the doubts it notes stay rare on complete wire copy.
 */
class IngestAcceptanceTest {

    private static IngestReport report;

    @BeforeAll
    static void run() {
        report = IngestAcceptance.run();
        report.print(System.out);
        String details = System.getProperty("storywire.eval.details");
        if (details != null) {
            IngestAcceptance.writeDetails(report, java.nio.file.Path.of(details)); // a developer's look, under /tmp
        }
    }

    @Test
    void shouldAcceptEveryRealArticleOfEverySetInBothForms() {
        assertThat(report.acceptance()).hasSize(8);
        assertThat(report.acceptance()).allSatisfy(a -> {
            assertThat(a.tuned().rejections()).as("%s/%s tuned", a.set(), a.form()).isEmpty();
            assertThat(a.heldAside().rejections()).as("%s/%s held aside", a.set(), a.form()).isEmpty();
            assertThat(a.tuned().items()).isPositive();
            assertThat(a.heldAside().items()).isPositive();
        });
        assertThat(report.lowestAcceptedShare()).isEqualTo(1.0);
    }

    @Test
    void shouldTakeHeadlineOnlyItemsAsHeadlines() {
        IngestReport.Acceptance uci = find("stories/uci-dev", "json");
        assertThat(uci.tuned().headlines() + uci.heldAside().headlines()).isEqualTo(3270);
    }

    @Test
    void shouldRarelyFlagCompleteWireCopyAsTruncated() {
        for (String form : new String[] {"json", "text"}) {
            IngestReport.Acceptance reuters = find("topics/reuters-train", form);
            for (AcceptanceTally t : new AcceptanceTally[] {reuters.tuned(), reuters.heldAside()}) {
                int truncated = t.flags().getOrDefault("possibly-truncated", 0);
                assertThat((double) truncated / t.articles()).as("possibly-truncated share, %s", form)
                        .isLessThan(0.02);
            }
        }
    }

    private static IngestReport.Acceptance find(String set, String form) {
        return report.acceptance().stream().filter(a -> a.set().equals(set) && a.form().equals(form))
                .findFirst().orElseThrow();
    }
}
