package io.storywire.app.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MemorySoakBenchTest {

    private static Map<String, Object> at(double seconds, long rssMb, double stateMb) {
        return Map.of("s", seconds, "rss_mb", rssMb, "state_mb", stateMb);
    }

    @Test
    void shouldGiveTheSlopeOfTheResidentSetOverTheSecondHalfInMegabytesPerMinute() {
        // grows 300 MB in the first minute, then 6 MB a minute (2 per 20 s); the state grows 1 MB a minute
        List<Map<String, Object>> samples = List.of(at(0, 500, 0), at(60, 800, 1), at(120, 806, 2), at(180, 812, 3),
                at(240, 818, 4));
        Map<String, Object> s = MemorySoakBench.summary(samples);
        assertThat(s.get("rss_first_mb")).isEqualTo(500L);
        assertThat(s.get("rss_last_mb")).isEqualTo(818L);
        assertThat(s.get("rss_peak_mb")).isEqualTo(818L);
        assertThat((double) s.get("rss_slope_second_half_mb_per_min")).isCloseTo(6.0, within(1e-9));
        assertThat((double) s.get("state_slope_second_half_mb_per_min")).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void shouldCallAFlatRunFlatEvenWhenItsSamplesWobble() {
        List<Map<String, Object>> samples = List.of(at(0, 700, 1), at(60, 900, 1), at(120, 905, 1), at(180, 895, 1),
                at(240, 905, 1), at(300, 895, 1));
        assertThat(MemorySoakBench.slopePerMinute(samples.subList(3, 6), "rss_mb")).isCloseTo(0.0, within(1e-9));
    }
}
