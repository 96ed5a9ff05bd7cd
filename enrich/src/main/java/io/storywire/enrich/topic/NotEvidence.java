package io.storywire.enrich.topic;

import io.storywire.core.model.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spans of an article that say who sent it, not what it is about: the wire dateline and credit at the head of the
 * body ("PYONGYANG, Dec 1 (KCNA) --", "SEOUL (Reuters) -", "TAIPEI, March 3 -") and every place the text writes the
 * article's own source name. A state agency's stories about other countries would otherwise all be about its country.
 */
final class NotEvidence {

    /**
     * An upper-case place (one to four words), an optional date, an optional credit in brackets, then a dash or
     * colon. A place in mixed case counts only with a credit ("Seoul (Yonhap) --").
     */
    private static final Pattern DATELINE = Pattern.compile(
            "^\\s*(?:(?<caps>[A-Z][A-Z.'\u2019-]+(?:[ ,]+[A-Z][A-Z.'\u2019-]+){0,3})|[A-Z][\\p{L}.'\u2019-]+(?: [A-Z][\\p{L}.'\u2019-]+){0,3})"
                    + "(?:,\\s*[A-Z][a-z]{2,8}\\.?\\s+\\d{1,2}(?:,?\\s+\\d{4})?)?"
                    + "\\s*(?<credit>\\([A-Za-z][\\w .&/-]{1,40}\\))?"
                    + "\\s*(?:--|-|\u2014|\u2013|:)\\s");

    private static final NotEvidence NONE = new NotEvidence(0, List.of(), List.of());

    private final int datelineEnd;
    private final List<int[]> titleSpans;
    private final List<int[]> bodySpans;

    private NotEvidence(int datelineEnd, List<int[]> titleSpans, List<int[]> bodySpans) {
        this.datelineEnd = datelineEnd;
        this.titleSpans = titleSpans;
        this.bodySpans = bodySpans;
    }

    static NotEvidence of(Article a) {
        String title = a.title() == null ? "" : a.title();
        String body = a.body() == null ? "" : a.body();
        int dateline = datelineEnd(body);
        List<int[]> inTitle = sourceSpans(title, a.source());
        List<int[]> inBody = sourceSpans(body, a.source());
        if (dateline == 0 && inTitle.isEmpty() && inBody.isEmpty()) {
            return NONE;
        }
        return new NotEvidence(dateline, inTitle, inBody);
    }

    /** Where the dateline at the head of the body ends, or 0 when there is none. */
    static int datelineEnd(String body) {
        Matcher m = DATELINE.matcher(body);
        if (!m.lookingAt()) {
            return 0;
        }
        return m.group("caps") != null || m.group("credit") != null ? m.end() : 0;
    }

    private static List<int[]> sourceSpans(String text, String source) {
        if (source == null || source.isBlank() || source.length() < 3 || text.isEmpty()) {
            return List.of();
        }
        List<int[]> spans = new ArrayList<>();
        Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(source.trim()) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        return spans;
    }

    /** True when [start, end) of the field lies in a dateline or a source name. */
    boolean covers(String field, int start, int end) {
        boolean body = field.equals("body");
        if (body && start < datelineEnd) {
            return true;
        }
        for (int[] s : body ? bodySpans : titleSpans) {
            if (start >= s[0] && end <= s[1]) {
                return true;
            }
        }
        return false;
    }
}
