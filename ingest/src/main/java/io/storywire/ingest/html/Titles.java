package io.storywire.ingest.html;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Headlines without the site name that pages append or prepend ("Harbour reopens | Harbor Daily"). */
public final class Titles {

    private static final Pattern SEPARATED = Pattern.compile(
            "^(.+?)\\s+[|\\-\u2013\u2014:\u00b7\u2022\u00bb/]+\\s+(.+)$");

    private Titles() {
    }

    /**
     * The headline without a trailing (or leading) " | Site", " - Site", " – Site" part, when that part is the
     * site's name (as the page gives it, or its host) or short and the other part is clearly the headline.
     */
    public static String withoutSiteName(String title, String siteName, String url) {
        if (title == null || title.isBlank()) {
            return title;
        }
        String t = title.strip();
        String host = host(url);
        // the last separator first: "Headline - with a dash | Site"
        int cut = lastSeparator(t);
        if (cut > 0) {
            String head = t.substring(0, cut).strip();
            String tail = t.substring(cut).replaceFirst("^\\s*[|\\-\u2013\u2014:\u00b7\u2022\u00bb/]+\\s*", "").strip();
            char separator = t.substring(cut).strip().charAt(0);
            boolean pipe = separator == '|' || separator == '\u00b7' || separator == '\u00bb';
            if (isSite(tail, siteName, host) || (pipe && words(tail) <= 4 && words(head) >= 2 * words(tail) + 2)) {
                return head;
            }
        }
        Matcher m = SEPARATED.matcher(t);
        if (m.matches() && isSite(m.group(1), siteName, host)) {
            return m.group(2).strip();
        }
        return t;
    }

    /** A site-name separator between spaces: " | ", " - ", " – ", " · ", " » ". Compiled once: it runs per page. */
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-\u2013\u2014\u00b7\u2022\u00bb]+\\s+");

    private static int lastSeparator(String t) {
        Matcher m = SEPARATOR.matcher(t);
        int at = -1;
        while (m.find()) {
            at = m.start();
        }
        return at;
    }

    private static boolean isSite(String part, String siteName, String host) {
        String p = squash(part);
        if (p.isEmpty()) {
            return false;
        }
        return (siteName != null && !siteName.isBlank() && p.equals(squash(siteName)))
                || (host != null && (p.equals(host) || host.startsWith(p + ".") || host.equals(p.replace(" ", ""))));
    }

    private static String squash(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}.]+", " ").strip();
    }

    private static String host(String url) {
        if (url == null) {
            return null;
        }
        String h = url.replaceFirst("^[a-zA-Z]+://", "").replaceFirst("[/:?#].*$", "").toLowerCase(Locale.ROOT);
        return h.startsWith("www.") ? h.substring(4) : h;
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : s.strip().split("\\s+").length;
    }
}
