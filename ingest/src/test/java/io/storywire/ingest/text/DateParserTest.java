package io.storywire.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DateParserTest {

    private static final Instant REF = Instant.parse("2026-01-09T12:00:00Z");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Published January 7, 2026|2026-01-07T00:00Z",
            "Published On Fri, 02 Jan 2026|2026-01-02T00:00Z",
            "Fri, 02 Jan 2026 14:05:00 GMT|2026-01-02T14:05Z",
            "Tue, 10 Jun 2025 07:45:00 +0200|2025-06-10T07:45+02:00",
            "2025-06-14T08:30:00+02:00|2025-06-14T08:30+02:00",
            "2025-06-14T08:30:00Z|2025-06-14T08:30Z",
            "2025-06-14|2025-06-14T00:00Z",
            "Updated: Mar 3, 2025 4:15 PM EST|2025-03-03T16:15-05:00",
            "Jan. 7th, 2026 at 9:05 am KST|2026-01-07T09:05+09:00",
            "7 January 2026 12:30 (UTC+2)|2026-01-07T12:30+02:00",
            "Posted 12:00 AM December 31, 2025|2025-12-31T00:00Z",
            "2 hours ago|2026-01-09T10:00Z",
            "an hour ago|2026-01-09T11:00Z",
            "Updated 3 days ago|2026-01-06T12:00Z",
            "yesterday|2026-01-08T12:00Z"
    })
    void shouldReadTheFormsSeenInTheWild(String text, String expected) {
        assertThat(DateParser.find(text, REF)).hasValueSatisfying(
                f -> assertThat(f.value()).isEqualTo(OffsetDateTime.parse(expected)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "26. Januar 2022|2022-01-26",
            "26 janvier 2022|2022-01-26",
            "12 de febrero de 2025|2025-02-12",
            "3 marzo 2024|2024-03-03",
            "5 maja 2023|2023-05-05",
            "7 октября 2021|2021-10-07",
            "26.01.2022|2022-01-26",
            "2022-1-26|2022-01-26",
            "20201123T11:02:35Z|2020-11-23",
            "2022年1月26日|2022-01-26",
            "\u0662\u0660\u0662\u0662-\u0660\u0661-\u0662\u0666|2022-01-26"
    })
    void shouldReadOtherLanguagesAndNumericForms(String text, String day) {
        String t = text.contains("\\u") ? unescape(text) : text;
        assertThat(DateParser.find(t, REF)).hasValueSatisfying(
                f -> assertThat(f.value().toLocalDate()).hasToString(day));
    }

    private static String unescape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (s.startsWith("\\u", i)) {
                sb.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                sb.append(s.charAt(i));
            }
        }
        return sb.toString();
    }

    @Test
    void shouldKeepTheZoneItWasGiven() {
        OffsetDateTime d = DateParser.find("2025-06-14T08:30:00+02:00", REF).orElseThrow().value();
        assertThat(d.getOffset()).isEqualTo(ZoneOffset.ofHours(2));
    }

    @Test
    void shouldFindNothingAndNeverThrowOnNonsense() {
        for (String s : new String[] {"", "   ", "no date here", "February 31, 2026", "99:99", "2026-13-45",
                "999999999999 hours ago", null}) {
            assertThat(DateParser.find(s, REF)).as(String.valueOf(s)).isEmpty();
        }
    }
}
