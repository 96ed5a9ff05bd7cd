package io.storywire.eval.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.storywire.enrich.Enricher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The topic targets of issue 16 on the real dev sets in ../shared/devsets, measured through the real enricher: trade
 * F1 at least 0.75 on reuters-train (keyword floor 0.58), micro F1 at least 0.95 and every topic at least 0.90 on
 * handlabelled (phrase keyword floor 0.888). The held-aside fifth, never tuned on, must not fall far behind.
 */
class TopicDevTargetsTest {

    private static TopicDevReport report;

    @BeforeAll
    static void run() {
        // about 10 s on a quiet 2-core machine (9,597 + 425 items through the real enricher, two threads)
        report = TopicDevEval.run(Enricher.withDefaults());
    }

    @Test
    void shouldTagTradeOnReutersAtLeastAtTheTarget() {
        TopicDevReport.SetResult reuters = report.set("topics/reuters-train");
        assertThat(reuters.items()).isEqualTo(9597);
        assertThat(reuters.all().topic("trade").f1()).as("reuters-train trade F1").isGreaterThanOrEqualTo(0.75);
        assertThat(reuters.heldAside().topic("trade").f1()).as("held-aside trade F1").isGreaterThanOrEqualTo(0.72);
        // Reuters 1987 has no K-pop: a handful of false alarms at most
        assertThat(reuters.all().topic("k-pop").fp()).isLessThanOrEqualTo(10);
    }

    @Test
    void shouldTagTheFourTopicsOnHandLabelledItemsAtLeastAtTheTargets() {
        TopicDevReport.SetResult hand = report.set("topics/handlabelled");
        assertThat(hand.items()).isEqualTo(425);
        assertThat(hand.all().micro().f1()).as("handlabelled micro F1").isGreaterThanOrEqualTo(0.95);
        for (String topic : TopicDevEval.TOPICS) {
            assertThat(hand.all().topic(topic).f1()).as("handlabelled " + topic + " F1").isGreaterThanOrEqualTo(0.90);
        }
        assertThat(hand.heldAside().micro().f1()).as("held-aside micro F1").isGreaterThanOrEqualTo(0.90);
    }
}
