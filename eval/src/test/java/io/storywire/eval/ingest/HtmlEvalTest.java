package io.storywire.eval.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.storywire.eval.devsets.DevSets;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlEvalTest {

    /**
     * Guards at the figures reached (all pages). The targets are snippet F1 0.92 (reached: 0.921) and day
     * accuracy 0.90 (not reached: 0.875; the floor sits just under it so that a regression fails the build). A wrong
     * day is worse than none, so the dates' precision (0.955) has a floor too.
     */
    private static final double SNIPPET_F1_FLOOR = 0.92;
    private static final double DATE_ACCURACY_FLOOR = 0.87;
    private static final double DATE_PRECISION_FLOOR = 0.95;

    @Test
    void shouldScoreSnippetsAsTrafilaturasMetricDoes() throws Exception {
        var gold = new ObjectMapper().readTree("{\"id\":\"a\",\"with\":[\"Hello  world\",\"second part\"],"
                + "\"without\":[\"Impressum\",\"Share this\"]}");
        HtmlEval.Snippets s = HtmlEval.count(gold, "Hello world and the\nsecond   part. Impressum", null, "a");
        assertThat(List.of(s.tp(), s.fp(), s.fn(), s.tn())).containsExactly(2, 1, 0, 1);
        HtmlEval.Snippets none = HtmlEval.count(gold, null, null, "a");
        assertThat(List.of(none.tp(), none.fp(), none.fn(), none.tn())).containsExactly(0, 0, 2, 2);
        HtmlEval.Snippets caseSensitive = HtmlEval.count(gold, "hello world", new ArrayList<>(), "a");
        assertThat(caseSensitive.tp()).isZero();
    }

    @Test
    void shouldReachTheFloorsOnTheRealPages() {
        HtmlEval.Report r = HtmlEval.run();
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        r.print(new PrintStream(buf, true, StandardCharsets.UTF_8));
        System.out.print(buf.toString(StandardCharsets.UTF_8));
        assertThat(r.snippets().pages()).isEqualTo(353);
        assertThat(r.dates().pages()).isEqualTo(120);
        assertThat(r.snippets().f1()).isGreaterThanOrEqualTo(SNIPPET_F1_FLOOR);
        assertThat(r.dates().accuracy()).isGreaterThanOrEqualTo(DATE_ACCURACY_FLOOR);
        assertThat(r.dates().precision()).isGreaterThanOrEqualTo(DATE_PRECISION_FLOOR);
    }

    @Test
    void shouldGiveTheSameDateFiguresWhenRunningOnlyTheDates() {
        List<String> misses = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        HtmlEval.DateParts only = HtmlEval.dates(misses, lines);
        HtmlEval.Report all = HtmlEval.run();
        assertThat(only.tuned()).isEqualTo(all.datesTuned());
        assertThat(only.held()).isEqualTo(all.datesHeld());
        assertThat(lines).hasSize(120);
        assertThat(misses).hasSize(only.tuned().pages() - only.tuned().right());
    }

    /**
     * A page that reaches ingest without its URL (no {@code url} header) still names it in its canonical link; the
     * dates found then stay near the figures with the URL (accuracy 0.867 and precision 0.945 against 0.875 and
     * 0.955; accuracy 0.850 before the canonical link was read).
     */
    @Test
    void shouldFindTheDatesOfPagesThatCameWithoutTheirUrl() {
        HtmlEval.DateParts noUrl = HtmlEval.dates(new ArrayList<>(), new ArrayList<>(), false);
        HtmlEval.Dates all = noUrl.tuned().plus(noUrl.held());
        assertThat(all.pages()).isEqualTo(120);
        assertThat(all.accuracy()).isGreaterThanOrEqualTo(0.86);
        assertThat(all.precision()).isGreaterThanOrEqualTo(0.94);
    }
}
