package io.storywire.ingest.text;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates articles carry in the wild: ISO-8601, RFC 822/1123, "Published January 7, 2026",
 * "Published On Fri, 02 Jan 2026", "7 Jan 2026 10:05 AM EST", and relative ones ("2 hours ago", "yesterday")
 * against a reference time. The zone the text gives is kept; a date without one is taken as UTC.
 */
public final class DateParser {

    /** Month names and abbreviations in English, German, French, Spanish, Italian, Portuguese, Dutch, Polish,
     *  Swedish/Danish/Norwegian, Turkish and Russian (nominative and genitive), each mapped to its number. */
    private static final Map<String, Integer> MONTHS = months(
            "january jan januar janvier enero ene gennaio gen janeiro januari januar stycznia styczeń styczen "
                    + "jänner jaenner ocak января январь янв",
            "february feb februar février fevrier févr fevr febrero febbraio fevereiro fev februari lutego luty "
                    + "şubat subat февраля февраль фев",
            "march mar märz maerz marz mars marzo março marco maart marca marzec mart марта март мар",
            "april apr avril avr abril abr aprile aprili kwietnia kwiecień kwiecien nisan апреля апрель апр",
            "may mai mayo maggio mag maio mei maj maja mayıs mayis мая май",
            "june jun juni juin junio giugno giu junho czerwca czerwiec haziran июня июнь июн",
            "july jul juli juillet juil julio luglio lug julho lipca lipiec temmuz июля июль июл",
            "august aug august août aout agosto ago augustus augusti sierpnia sierpień sierpien ağustos agustos "
                    + "августа август авг",
            "september sep sept septembre septiembre setiembre settembre set setembro september września "
                    + "wrzesień wrzesien eylül eylul сентября сентябрь сен",
            "october oct oktober octobre octubre ottobre ott outubro out okt października październik "
                    + "pazdziernika ekim октября октябрь окт",
            "november nov november novembre noviembre novembro listopada listopad kasım kasim ноября ноябрь ноя",
            "december dec dezember décembre decembre déc diciembre dic dicembre dezembro dez december grudnia "
                    + "grudzień grudzien aralık aralik декабря декабрь дек");
    private static final String MONTH = "(" + alternation(MONTHS.keySet()) + ")\\.?";
    private static final String TIME = "(?:,?\\s*(?:at\\s+|-\\s*|\\|\\s*)?(\\d{1,2})[:.](\\d{2})(?::(\\d{2}))?"
            + "\\s*(am|pm|a\\.m\\.|p\\.m\\.)?)?";
    private static final String ZONE = "(?:\\s*\\(?((?:utc|gmt)[+-]\\d{1,2}(?::?\\d{2})?|z|utc|gmt|[+-]\\d{2}:?\\d{2}"
            + "|[a-z]{2,5}t)\\)?)?";
    /** "January 7, 2026", "Jan. 7th 2026 10:05 am EST". */
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?<![\\p{L}\\d])" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})" + TIME + ZONE + "\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "02 Jan 2026", "Fri, 2 January 2026 14:00 GMT". */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<!\\d)(\\d{1,2})(?:st|nd|rd|th|er|\\.|º|°)?\\s*(?:of\\s+|de\\s+)?" + MONTH
                    + ",?\\s*(?:de\\s+|del\\s+)?(\\d{4})" + TIME + ZONE + "\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "26.01.2022", "26/01/2022", "1-26-2022" (slashes read month first when the first number can be one). */
    private static final Pattern NUMERIC_DMY = Pattern.compile(
            "(?<![\\d.,/-])(\\d{1,2})([./-])\\s?(\\d{1,2})\\2\\s?(\\d{4})(?![\\d-])");
    /** "2022-1-26", "2022/01/26", "2022.01.26". */
    private static final Pattern NUMERIC_YMD = Pattern.compile(
            "(?<![\\d.,/-])(\\d{4})([./-])(\\d{1,2})\\2(\\d{1,2})(?![\\d])");
    /** Compact ISO-8601: "20201123T11:02:35Z", "20201123T110235+0100". */
    private static final Pattern COMPACT_ISO = Pattern.compile(
            "(?<!\\d)(\\d{4})(\\d{2})(\\d{2})T(\\d{2}):?(\\d{2})(?::?(\\d{2}))?(Z|[+-]\\d{2}:?\\d{2})?");
    /** Chinese, Japanese and Korean: "2022年1月26日", "2022년 1월 26일". */
    private static final Pattern CJK = Pattern.compile(
            "(\\d{4})\\s*[年년]\\s*(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})\\s*[日일]?");
    /** ISO-8601 date, optionally with time and offset, anywhere in a line. */
    private static final Pattern ISO = Pattern.compile(
            "\\b(\\d{4}-\\d{2}-\\d{2})(?:[T ](\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?)\\s*(Z|[+-]\\d{2}:?\\d{2})?)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RELATIVE = Pattern.compile(
            "\\b(\\d+|an?|one)\\s+(second|sec|minute|min|hour|hr|day|week|month|year)s?\\s+ago\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RELATIVE_WORD = Pattern.compile("\\b(just now|today|yesterday)\\b",
            Pattern.CASE_INSENSITIVE);

    /** Common zone abbreviations; the JDK's short ids are ambiguous (IST, CST) and omit daylight variants. */
    private static final Map<String, ZoneOffset> ZONES = Map.ofEntries(
            Map.entry("Z", ZoneOffset.UTC), Map.entry("UTC", ZoneOffset.UTC), Map.entry("GMT", ZoneOffset.UTC),
            Map.entry("UT", ZoneOffset.UTC),
            Map.entry("EST", ZoneOffset.ofHours(-5)), Map.entry("EDT", ZoneOffset.ofHours(-4)),
            Map.entry("CST", ZoneOffset.ofHours(-6)), Map.entry("CDT", ZoneOffset.ofHours(-5)),
            Map.entry("MST", ZoneOffset.ofHours(-7)), Map.entry("MDT", ZoneOffset.ofHours(-6)),
            Map.entry("PST", ZoneOffset.ofHours(-8)), Map.entry("PDT", ZoneOffset.ofHours(-7)),
            Map.entry("BST", ZoneOffset.ofHours(1)), Map.entry("CET", ZoneOffset.ofHours(1)),
            Map.entry("CEST", ZoneOffset.ofHours(2)), Map.entry("EET", ZoneOffset.ofHours(2)),
            Map.entry("MSK", ZoneOffset.ofHours(3)), Map.entry("IST", ZoneOffset.ofHoursMinutes(5, 30)),
            Map.entry("SGT", ZoneOffset.ofHours(8)), Map.entry("HKT", ZoneOffset.ofHours(8)),
            Map.entry("KST", ZoneOffset.ofHours(9)), Map.entry("JST", ZoneOffset.ofHours(9)),
            Map.entry("AEST", ZoneOffset.ofHours(10)), Map.entry("AEDT", ZoneOffset.ofHours(11)));

    private DateParser() {
    }

    /** A parsed date and how it was read ("relative" for "2 hours ago", else "text"). */
    public record Found(OffsetDateTime value, boolean relative) {
    }

    /** The first date found in the text, absolute forms first; empty when there is none. Never throws. */
    public static Optional<Found> find(String text, Instant reference) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            Optional<OffsetDateTime> absolute = absolute(text);
            if (absolute.isPresent()) {
                return Optional.of(new Found(absolute.get(), false));
            }
            return relative(text, reference).map(d -> new Found(d, true));
        } catch (DateTimeException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    /**
     * The first absolute date in the text (no relative ones): ISO-8601 and RFC 1123 first, then month names in
     * several languages ("January 7, 2026", "26. Januar 2022", "26 de enero de 2022"), then numeric forms.
     * Digits of other scripts are read as ASCII ones. Never throws.
     */
    public static Optional<OffsetDateTime> absolute(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String text = asciiDigits(value);
        try {
            return strict(text.strip())
                    .or(() -> monthNamed(MONTH_DAY_YEAR.matcher(text), 2, 1, 3))
                    .or(() -> monthNamed(DAY_MONTH_YEAR.matcher(text), 1, 2, 3))
                    .or(() -> iso(text))
                    .or(() -> numeric(text));
        } catch (DateTimeException | ArithmeticException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The whole value as one date: ISO-8601 or RFC 1123, as JSON fields, meta tags and feeds give them. */
    public static Optional<OffsetDateTime> strict(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        for (DateTimeFormatter f : new DateTimeFormatter[] {
                DateTimeFormatter.ISO_OFFSET_DATE_TIME, DateTimeFormatter.RFC_1123_DATE_TIME}) {
            try {
                return Optional.of(OffsetDateTime.parse(v, f));
            } catch (DateTimeParseException ignored) {
                // try the next form
            }
        }
        try {
            ZonedDateTime z = ZonedDateTime.parse(v, DateTimeFormatter.ISO_ZONED_DATE_TIME);
            return Optional.of(z.toOffsetDateTime());
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return Optional.of(LocalDateTime.parse(v, DateTimeFormatter.ISO_LOCAL_DATE_TIME).atOffset(ZoneOffset.UTC));
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return Optional.of(LocalDate.parse(v).atStartOfDay().atOffset(ZoneOffset.UTC));
        } catch (DateTimeParseException ignored) {
            return Optional.empty();
        }
    }

    /** The first match that is a real date ("February 31" is not: the next match is tried). */
    private static Optional<OffsetDateTime> monthNamed(Matcher m, int dayGroup, int monthGroup, int yearGroup) {
        while (m.find()) {
            try {
                return Optional.of(monthNamedAt(m, dayGroup, monthGroup, yearGroup));
            } catch (DateTimeException e) {
                // not a date: try the next match
            }
        }
        return Optional.empty();
    }

    private static OffsetDateTime monthNamedAt(Matcher m, int dayGroup, int monthGroup, int yearGroup) {
        int day = Integer.parseInt(m.group(dayGroup));
        int month = month(m.group(monthGroup));
        int year = Integer.parseInt(m.group(yearGroup));
        LocalTime time = LocalTime.MIDNIGHT;
        if (m.group(4) != null) {
            int hour = Integer.parseInt(m.group(4));
            String half = m.group(7) == null ? "" : m.group(7).toLowerCase(Locale.ROOT).replace(".", "");
            if ("pm".equals(half) && hour < 12) {
                hour += 12;
            } else if ("am".equals(half) && hour == 12) {
                hour = 0;
            }
            int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
            time = LocalTime.of(hour, Integer.parseInt(m.group(5)), second);
        }
        ZoneOffset zone = zone(m.group(8));
        return LocalDate.of(year, month, day).atTime(time).atOffset(zone);
    }

    private static Optional<OffsetDateTime> iso(String text) {
        Matcher m = ISO.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        LocalDate date = LocalDate.parse(m.group(1));
        LocalTime time = m.group(2) == null ? LocalTime.MIDNIGHT : LocalTime.parse(m.group(2));
        return Optional.of(date.atTime(time).atOffset(zone(m.group(3))));
    }

    private static Optional<OffsetDateTime> relative(String text, Instant reference) {
        OffsetDateTime ref = reference.atOffset(ZoneOffset.UTC);
        Matcher m = RELATIVE.matcher(text);
        if (m.find()) {
            String n = m.group(1).toLowerCase(Locale.ROOT);
            long amount = n.startsWith("a") || n.equals("one") ? 1 : n.length() > 4 ? -1 : Long.parseLong(n);
            if (amount < 0) {
                return Optional.empty(); // "99999 years ago" is no publication date
            }
            ChronoUnit unit = switch (m.group(2).toLowerCase(Locale.ROOT)) {
                case "second", "sec" -> ChronoUnit.SECONDS;
                case "minute", "min" -> ChronoUnit.MINUTES;
                case "hour", "hr" -> ChronoUnit.HOURS;
                case "day" -> ChronoUnit.DAYS;
                case "week" -> ChronoUnit.WEEKS;
                case "month" -> ChronoUnit.MONTHS;
                default -> ChronoUnit.YEARS;
            };
            return Optional.of(ref.minus(amount, unit));
        }
        Matcher w = RELATIVE_WORD.matcher(text);
        if (w.find()) {
            return Optional.of(switch (w.group(1).toLowerCase(Locale.ROOT)) {
                case "yesterday" -> ref.minus(Duration.ofDays(1));
                default -> ref;
            });
        }
        return Optional.empty();
    }

    private static int month(String name) {
        return MONTHS.get(name.toLowerCase(Locale.ROOT).replace(".", ""));
    }

    private static Map<String, Integer> months(String... perMonth) {
        Map<String, Integer> out = new java.util.HashMap<>();
        for (int i = 0; i < perMonth.length; i++) {
            for (String name : perMonth[i].split(" ")) {
                out.putIfAbsent(name.toLowerCase(Locale.ROOT), i + 1);
            }
        }
        return Map.copyOf(out);
    }

    /** The names as a regex alternation, longest first so that "januar" is not read as "jan". */
    private static String alternation(java.util.Set<String> names) {
        return names.stream().sorted(java.util.Comparator.comparingInt(String::length).reversed()
                .thenComparing(java.util.Comparator.naturalOrder())).map(Pattern::quote)
                .collect(java.util.stream.Collectors.joining("|"));
    }

    /** Arabic-Indic, Devanagari, full-width and other decimal digits as ASCII ones. */
    static String asciiDigits(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 127 && Character.isDigit(c)) {
                if (sb == null) {
                    sb = new StringBuilder(text);
                }
                sb.setCharAt(i, (char) ('0' + Character.digit(c, 10)));
            }
        }
        return sb == null ? text : sb.toString();
    }

    /** "26.01.2022", "01/26/2022", "2022-1-26", "2022年1月26日", "20201123T11:02:35Z": the first that is a date. */
    private static Optional<OffsetDateTime> numeric(String text) {
        Matcher m = COMPACT_ISO.matcher(text);
        while (m.find()) {
            Optional<OffsetDateTime> d = day(m.group(1), m.group(2), m.group(3));
            if (d.isPresent()) {
                LocalTime t = LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                        m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
                return Optional.of(d.get().toLocalDate().atTime(t).atOffset(zone(m.group(7))));
            }
        }
        m = NUMERIC_YMD.matcher(text);
        while (m.find()) {
            Optional<OffsetDateTime> d = day(m.group(1), m.group(3), m.group(4));
            if (d.isPresent()) {
                return d;
            }
        }
        m = NUMERIC_DMY.matcher(text);
        while (m.find()) {
            int a = Integer.parseInt(m.group(1));
            boolean monthFirst = m.group(2).equals("/") && a <= 12;
            Optional<OffsetDateTime> d = monthFirst ? day(m.group(4), m.group(1), m.group(3))
                    : day(m.group(4), m.group(3), m.group(1));
            if (d.isEmpty() && monthFirst) {
                d = day(m.group(4), m.group(3), m.group(1));
            }
            if (d.isPresent()) {
                return d;
            }
        }
        m = CJK.matcher(text);
        while (m.find()) {
            Optional<OffsetDateTime> d = day(m.group(1), m.group(2), m.group(3));
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    private static Optional<OffsetDateTime> day(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day))
                    .atStartOfDay().atOffset(ZoneOffset.UTC));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static ZoneOffset zone(String token) {
        if (token == null) {
            return ZoneOffset.UTC;
        }
        String t = token.toUpperCase(Locale.ROOT);
        ZoneOffset named = ZONES.get(t);
        if (named != null) {
            return named;
        }
        try {
            String offset = t.replaceFirst("^(UTC|GMT)", "");
            if (offset.matches("[+-]\\d{1,2}")) {
                offset = offset.charAt(0) + String.format("%02d", Integer.parseInt(offset.substring(1)));
            }
            if (offset.matches("[+-]\\d{4}")) {
                offset = offset.substring(0, 3) + ":" + offset.substring(3);
            }
            return ZoneOffset.of(offset);
        } catch (DateTimeException e) {
            return ZoneOffset.UTC; // an unknown abbreviation: keep the wall time, say UTC
        }
    }

    /** For callers that hold a zone id (feeds): the instant at that zone's offset. */
    public static OffsetDateTime at(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toOffsetDateTime();
    }
}
