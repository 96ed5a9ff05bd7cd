package io.storywire.ingest.parse;

import io.storywire.ingest.text.DateParser;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates of a feed's items as written, so that their zone survives: Rome hands dates over as
 * {@link java.util.Date}, which has none.
 */
final class FeedDates {

    private static final Pattern ITEM = Pattern.compile("<(item|entry)[\\s>].*?</\\1>", Pattern.DOTALL);
    private static final Pattern DATE = Pattern.compile(
            "<((?:\\w+:)?(?:pubDate|published|date|updated|issued|modified))(?:\\s[^>]*)?>\\s*([^<]+?)\\s*</\\1>");

    private FeedDates() {
    }

    /** The first date element of each item, in document order; null for an item without one. */
    static List<String> written(String xml) {
        List<String> dates = new ArrayList<>();
        Matcher item = ITEM.matcher(xml);
        while (item.find()) {
            Matcher d = DATE.matcher(item.group());
            dates.add(d.find() ? d.group(2) : null);
        }
        return dates;
    }

    /** The written date with its zone when it is the instant Rome read, else Rome's instant in UTC. */
    static OffsetDateTime withZone(Instant read, List<String> written, int index) {
        if (index < written.size() && written.get(index) != null) {
            OffsetDateTime zoned = DateParser.strict(written.get(index)).orElse(null);
            if (zoned != null && zoned.toInstant().equals(read)) {
                return zoned;
            }
        }
        return read.atOffset(java.time.ZoneOffset.UTC);
    }
}
