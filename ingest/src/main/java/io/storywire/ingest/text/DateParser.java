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

    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String TIME = "(?:,?\\s*(?:at\\s+|-\\s*|\\|\\s*)?(\\d{1,2})[:.](\\d{2})(?::(\\d{2}))?"
            + "\\s*(am|pm|a\\.m\\.|p\\.m\\.)?)?";
    private static final String ZONE = "(?:\\s*\\(?((?:utc|gmt)[+-]\\d{1,2}(?::?\\d{2})?|z|utc|gmt|[+-]\\d{2}:?\\d{2}"
            + "|[a-z]{2,5}t)\\)?)?";
    /** "January 7, 2026", "Jan. 7th 2026 10:05 am EST". */
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})" + TIME + ZONE + "\\b",
            Pattern.CASE_INSENSITIVE);
    /** "02 Jan 2026", "Fri, 2 January 2026 14:00 GMT". */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4})" + TIME + ZONE + "\\b",
            Pattern.CASE_INSENSITIVE);
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
            Optional<OffsetDateTime> absolute = strict(text.strip())
                    .or(() -> monthNamed(MONTH_DAY_YEAR.matcher(text), 2, 1, 3))
                    .or(() -> monthNamed(DAY_MONTH_YEAR.matcher(text), 1, 2, 3))
                    .or(() -> iso(text));
            if (absolute.isPresent()) {
                return Optional.of(new Found(absolute.get(), false));
            }
            return relative(text, reference).map(d -> new Found(d, true));
        } catch (DateTimeException | ArithmeticException e) {
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

    private static Optional<OffsetDateTime> monthNamed(Matcher m, int dayGroup, int monthGroup, int yearGroup) {
        if (!m.find()) {
            return Optional.empty();
        }
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
        return Optional.of(LocalDate.of(year, month, day).atTime(time).atOffset(zone));
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
        return switch (name.toLowerCase(Locale.ROOT).substring(0, 3)) {
            case "jan" -> 1;
            case "feb" -> 2;
            case "mar" -> 3;
            case "apr" -> 4;
            case "may" -> 5;
            case "jun" -> 6;
            case "jul" -> 7;
            case "aug" -> 8;
            case "sep" -> 9;
            case "oct" -> 10;
            case "nov" -> 11;
            default -> 12;
        };
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
