package io.storywire.ingest.html;

import com.fasterxml.jackson.databind.JsonNode;
import io.storywire.ingest.text.DateParser;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The publication date of a page, found the way htmldate finds it. Sources are tried in this order, and within a
 * source the next candidate is tried when one does not parse or is not plausible (before 1995, or later than a
 * day after the reference time):
 * <ol>
 *   <li>publication meta tags ({@code article:published_time}, {@code og:article:published_time},
 *       {@code publication_date}, {@code date}, {@code DC.date.issued}, {@code sailthru.date},
 *       {@code parsely-pub-date}, ... and {@code itemprop="datePublished"});</li>
 *   <li>JSON-LD {@code datePublished} / {@code dateCreated}, parsed as JSON ({@code @graph}, arrays, any script
 *       type spelling);</li>
 *   <li>microdata and markup: {@code itemprop="datePublished"} on any element, {@code <time pubdate>} and
 *       {@code <time>} or other elements with a {@code datetime} attribute, {@code <abbr class="published">};</li>
 *   <li>the URL path ({@code /2022/01/26/}, {@code /2022-01-26-}, {@code _20220126}); when the page came without
 *       a dated URL, the one it names as its own ({@code <link rel="canonical">}, {@code og:url});</li>
 *   <li>dates written in elements named for dates (class or id with "date", "time", "publish", "posted",
 *       "byline", "datum", "fecha"...), then in the page text near the headline, in the forms
 *       {@link DateParser#absolute} reads (several languages, numeric forms, non-Latin digits); last, a date
 *       right after a label ("Published:", "Datum:", "Veröffentlicht am") anywhere in a text;</li>
 *   <li>only when none of these gives a published date: modified/updated dates (meta, JSON-LD, markup).</li>
 * </ol>
 * The date shown at the headline (first {@code <time>} or element named for dates around the {@code <h1>}, outside
 * furniture) wins over a stamp of sources 1-3 that gives another day: what the page shows its readers is what it
 * stands by. Ambiguous {@code 03/05/2022} reads day first unless the page is in US English.
 * A date with an offset keeps its local day ({@code 2022-01-26T23:30:00-05:00} is the 26th). Nothing found means
 * no date, never a guess.
 */
public final class PublishDateFinder {

    /** A date and where it was found: "meta", "json-ld", "markup", "url", "text", or "modified". */
    public record Found(OffsetDateTime value, String source) {
    }

    private static final Set<String> PUBLISHED_META = Set.of("article:published_time", "article:published",
            "og:article:published_time", "og:article:published", "og:published_time", "og:pubdate",
            "og:publish_date", "og:datepublished", "article.published", "article.created", "article_date_original",
            "article:post_date", "article:published_date", "article:publicationdate", "bt:pubdate",
            "citation_date", "citation_publication_date", "content_create_date", "cxenseparse:recs:publishtime",
            "date", "date_published", "datepublished", "dateposted", "dc.date", "dc.date.issued",
            "dc.date.created", "dc.date.publication", "dc.created", "dcterms.created", "dcterms.date",
            "dcterms.issued", "dc:created", "dc:date", "dcsext.articlefirstpublished", "displaydate", "doc_date",
            "mediator_published_time", "originalpublicationdate", "parsely-pub-date", "pdate", "ptime", "pubdate",
            "publishdate", "publish_date", "publish-date", "published-date", "published_date", "publication_date",
            "publication-date", "rbpubdate", "release_date", "rnews:datepublished", "sailthru.date",
            "shareaholic:article_published_time", "twt-published-at", "vr:published_time", "datecreated",
            "created", "date_created", "article:published_at", "published_time", "published", "pub_date",
            "creation_date", "dc.date.available", "eprints.date");
    private static final Set<String> MODIFIED_META = Set.of("article:modified_time", "article:modified",
            "og:updated_time", "og:modified_time", "modified_time", "updated_time", "lastmod", "last-modified",
            "datemodified", "dc.date.modified", "dcterms.modified", "date_modified", "lastmodified", "revised",
            "article:modified_date", "dc.modified", "last_updated", "updated");
    private static final Pattern URL_DATE = Pattern.compile(
            "(?<!\\d)((?:19|20)\\d{2})[/_-](\\d{1,2})[/_-](\\d{1,2})(?:[/_.-]|$)|(?<![\\d])((?:19|20)\\d{2})(\\d{2})(\\d{2})(?!\\d)");
    private static final Pattern DATE_NAMES = Pattern.compile(
            "date|time|publi|posted|byline|datum|fecha|data-|dateline|meta|zeit|info|entry-date|stamp",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern UPDATED = Pattern.compile(
            "(?i)(updated?|modified|aktualisiert|actualizado|mis à jour|atualizado|aggiornato|geändert)");

    private static final Pattern OTHERS = Pattern.compile(
            "comment|related|sidebar|footer|teaser|widget|recent|popular|reply|\\bprint", Pattern.CASE_INSENSITIVE);
    private static final LocalDate EARLIEST = LocalDate.of(1995, 1, 1);

    private PublishDateFinder() {
    }

    /** The publication date of the page, or empty when it gives none. {@code now} bounds plausible dates. */
    public static Optional<Found> find(Document doc, String url, Instant now) {
        List<Candidate> published = new ArrayList<>();
        List<Candidate> modified = new ArrayList<>();
        meta(doc, published, modified);
        jsonLd(doc, published, modified);
        markup(doc, published, modified);
        // a page that came without its URL still names it: its country domain places the publisher too
        ZoneId local = PublisherZone.of(doc, url == null || url.isBlank() ? ownUrls(doc).stream().findFirst()
                .orElse(null) : url);
        boolean dayFirst = dayFirst(doc);
        Optional<OffsetDateTime> fromUrl = pageUrlDate(doc, url, now);
        Optional<OffsetDateTime> shown = shownAtHead(doc, now, local, dayFirst);
        for (Candidate c : published) {
            Optional<OffsetDateTime> d = parse(c.text, now, dayFirst);
            if (d.isPresent()) {
                OffsetDateTime v = PublisherZone.localise(d.get(), local);
                // the date the page shows its readers at the headline is the one it stands by: a meta stamp
                // that disagrees is a re-publication or a CMS import time (htmldate's default, which prefers
                // the date a reader sees, decides the same way)
                if (shown.isPresent() && !sameDayEitherOrder(shown.get().toLocalDate(), v.toLocalDate())) {
                    return Optional.of(new Found(shown.get(), "text"));
                }
                // a UTC stamp a day off the URL's date: the URL shows the publisher's own day
                if (fromUrl.isPresent() && v.getOffset().equals(ZoneOffset.UTC)
                        && Math.abs(v.toLocalDate().toEpochDay() - fromUrl.get().toLocalDate().toEpochDay()) == 1) {
                    return Optional.of(new Found(fromUrl.get(), "url"));
                }
                return Optional.of(new Found(v, c.source));
            }
        }
        if (fromUrl.isPresent()) {
            return Optional.of(new Found(fromUrl.get(), "url"));
        }
        Optional<OffsetDateTime> written = inText(doc, now, modified, dayFirst)
                .or(() -> labelled(doc, now, modified, dayFirst));
        if (written.isPresent()) {
            return Optional.of(new Found(written.get(), "text"));
        }
        for (Candidate c : modified) {
            Optional<OffsetDateTime> d = parse(c.text, now, dayFirst);
            if (d.isPresent()) {
                return Optional.of(new Found(PublisherZone.localise(d.get(), local), "modified"));
            }
        }
        return Optional.empty();
    }

    private record Candidate(String text, String source) {
    }

    private static void meta(Document doc, List<Candidate> published, List<Candidate> modified) {
        for (Element e : doc.select("meta[content]")) {
            for (String attr : new String[] {"property", "name", "itemprop", "http-equiv"}) {
                String key = e.attr(attr).strip().toLowerCase(Locale.ROOT);
                if (key.isEmpty()) {
                    continue;
                }
                if (PUBLISHED_META.contains(key)) {
                    published.add(new Candidate(e.attr("content"), "meta"));
                } else if (MODIFIED_META.contains(key)) {
                    modified.add(new Candidate(e.attr("content"), "meta"));
                }
            }
        }
    }

    private static void jsonLd(Document doc, List<Candidate> published, List<Candidate> modified) {
        for (JsonNode node : JsonLd.objects(doc)) {
            for (String field : new String[] {"datePublished", "dateCreated", "uploadDate"}) {
                JsonNode v = node.get(field);
                if (v != null && v.isTextual()) {
                    published.add(new Candidate(v.asText(), "json-ld"));
                }
            }
            JsonNode m = node.get("dateModified");
            if (m != null && m.isTextual()) {
                modified.add(new Candidate(m.asText(), "json-ld"));
            }
        }
    }

    private static void markup(Document doc, List<Candidate> published, List<Candidate> modified) {
        for (Element e : doc.select("[itemprop~=(?i)^(datePublished|dateCreated|dateModified)$]")) {
            if (e.normalName().equals("meta")) {
                continue; // read with the meta tags
            }
            String value = first(e.attr("datetime"), e.attr("content"), e.text());
            boolean isModified = e.attr("itemprop").equalsIgnoreCase("dateModified");
            (isModified ? modified : published).add(new Candidate(value, "markup"));
        }
        for (Element e : doc.select("time[pubdate], time.published, time.entry-date, abbr.published[title]")) {
            published.add(new Candidate(first(e.attr("datetime"), e.attr("title"), e.text()), "markup"));
        }
        for (Element e : doc.select("[datetime]")) {
            String names = (e.className() + " " + e.id() + " " + e.parent().className()).toLowerCase(Locale.ROOT);
            boolean isModified = names.contains("updated") || names.contains("modified");
            (isModified ? modified : published).add(new Candidate(e.attr("datetime"), "markup"));
        }
    }

    /** A whole-value date (ISO, RFC 1123, compact ISO, "2022-05-04 05:34:58"), else a date written in it. */
    private static Optional<OffsetDateTime> parse(String text, Instant now, boolean dayFirst) {
        return parse(text, now).map(v -> ordered(text, v, dayFirst));
    }

    /** "2022-01-26 11:02" and "+0100": ISO but for the space and the colon. Compiled once: they run per candidate. */
    private static final java.util.regex.Pattern SPACE_BEFORE_TIME =
            java.util.regex.Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}) (\\d)");
    private static final java.util.regex.Pattern COLONLESS_OFFSET =
            java.util.regex.Pattern.compile("([+-]\\d{2})(\\d{2})$");

    private static Optional<OffsetDateTime> parse(String text, Instant now) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        Optional<OffsetDateTime> d = DateParser.strict(t);
        if (d.isEmpty()) {
            d = DateParser.strict(COLONLESS_OFFSET.matcher(SPACE_BEFORE_TIME.matcher(t).replaceFirst("$1T$2"))
                    .replaceFirst("$1:$2"));
        }
        if (d.isEmpty()) {
            d = DateParser.absolute(t);
        }
        return d.filter(v -> plausible(v, now));
    }

    private static boolean plausible(OffsetDateTime d, Instant now) {
        LocalDate day = d.toLocalDate();
        return !day.isBefore(EARLIEST) && !day.isAfter(now.atOffset(ZoneOffset.UTC).toLocalDate().plusDays(1));
    }

    /**
     * The date in the page's URL; when the URL it came from has none (or it came without one), the date in the
     * URL the page names as its own: {@code <link rel="canonical">}, else {@code og:url} (htmldate reads the
     * canonical link when it is given no URL, and the {@code og:url} meta among the header tags). A tracking or
     * short link then still finds the article's dated path.
     */
    static Optional<OffsetDateTime> pageUrlDate(Document doc, String url, Instant now) {
        Optional<OffsetDateTime> d = urlDate(url, now);
        if (d.isEmpty()) {
            for (String own : ownUrls(doc)) {
                d = urlDate(own, now);
                if (d.isPresent()) {
                    break;
                }
            }
        }
        return d;
    }

    /** The URLs the page gives as its own, canonical link first, made absolute. */
    static List<String> ownUrls(Document doc) {
        List<String> out = new ArrayList<>();
        for (Element e : doc.select("link[rel~=(?i)^canonical$][href], meta[property=og:url][content], "
                + "meta[name=og:url][content]")) {
            String link = absoluteLink(e.hasAttr("href") ? e.attr("href") : e.attr("content"));
            if (!link.isBlank()) {
                out.add(link);
            }
        }
        return out;
    }

    /** A root-relative link ("/2022/01/26/x") is a path already; a full one loses its host in urlDate. */
    private static String absoluteLink(String link) {
        String l = link.strip();
        return l.startsWith("/") && !l.startsWith("//") ? "https://host" + l : l.startsWith("//") ? "https:" + l : l;
    }

    static Optional<OffsetDateTime> urlDate(String url, Instant now) {
        if (url == null) {
            return Optional.empty();
        }
        String path = url.replaceFirst("^[a-z]+://[^/]+", "");
        Matcher m = URL_DATE.matcher(path);
        while (m.find()) {
            String y = m.group(1) != null ? m.group(1) : m.group(4);
            String mo = m.group(1) != null ? m.group(2) : m.group(5);
            String d = m.group(1) != null ? m.group(3) : m.group(6);
            try {
                OffsetDateTime v = LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d))
                        .atStartOfDay().atOffset(ZoneOffset.UTC);
                if (plausible(v, now)) {
                    return Optional.of(v);
                }
            } catch (java.time.DateTimeException e) {
                // not a date: try the next match
            }
        }
        return Optional.empty();
    }

    /**
     * A date written in the page, in document order: short elements named for dates that follow the headline,
     * then short texts (or the first words of a paragraph: a dateline) that follow it, then the same two anywhere.
     * "Updated ..." texts go to the modified dates.
     */
    private static Optional<OffsetDateTime> inText(Document doc, Instant now, List<Candidate> modified,
            boolean dayFirst) {
        Element body = doc.body();
        if (body == null) {
            return Optional.empty();
        }
        List<Element> all = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (!e.normalName().equals("script") && !e.normalName().equals("style") && e.hasText()) {
                all.add(e);
            }
        }
        int headline = 0;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).normalName().equals("h1")) {
                headline = i;
                break;
            }
        }
        // the date line often stands just above the headline: start a little before it
        for (int from : new int[] {Math.max(0, headline - 12), 0}) {
            for (boolean named : new boolean[] {true, false}) {
                for (int i = from; i < all.size(); i++) {
                    Element e = all.get(i);
                    String names = names(e);
                    if (named && (names.isBlank() || !DATE_NAMES.matcher(names).find())) {
                        continue;
                    }
                    if (!named && !leaf(e)) {
                        continue; // its leaves are read one by one
                    }
                    String text = e.text();
                    if (text.length() > 100) {
                        if (named || !e.normalName().equals("p")) {
                            continue;
                        }
                        text = text.substring(0, 25); // a dateline opening the paragraph
                    }
                    if (!named && !dateLine(text)) {
                        continue;
                    }
                    Optional<OffsetDateTime> d = writtenDate(text, named, dayFirst).filter(v -> plausible(v, now));
                    if (d.isPresent() && !inFurniture(e)) {
                        if (UPDATED.matcher(text).find()) {
                            modified.add(new Candidate(text, "text"));
                            continue;
                        }
                        return d;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A label that says what the number after it is (htmldate's "idiosyncrasies"): "Published: 12.03.2021",
     * "Datum: 12.03.2021", "Veröffentlicht am 12.03.2021", "Yayınlanma tarihi: 12.03.2021"; group 2 holds the
     * labels of an update ("Stand:", "Updated:", "Güncellenme tarihi:"). The number follows the label at once.
     */
    private static final Pattern LABEL = Pattern.compile("(?iu)(?<!\\p{L})(?:(published|posted|veröffentlicht|"
            + "erschienen|publié|publicado|pubblicato|(?:erscheinungs|veröffentlichungs)?datum|"
            + "yayı[mn]lan(?:ma)?\\s+tarihi)|(updated|aktualisiert|stand|mis à jour|actualizado|aggiornato|"
            + "güncellen(?:me)?\\s+tarihi))(?:\\s+(?:on|am|le|el|il|em|in))?\\s*:?\\s*(?=\\p{Nd})");
    /** The Turkish order, label after the date: "12.03.2021 tarihinde yayınlandı" (or "... güncellendi"). */
    private static final Pattern LABEL_AFTER = Pattern.compile("(?iu)(?<![\\d.])(\\d{1,2}[./]\\d{1,2}[./]\\d{4})"
            + "\\s*(?:['’](?:de|da|te|ta)|tarihinde)\\s+(?:(yayı[mn]landı)|(güncellendi))");

    /**
     * The last place a date is read from the page's text: a labelled date anywhere in a text outside furniture,
     * also inside a long one where no date line stands (htmldate searches the page for these labels after its
     * date elements). An update label gives a modified date.
     */
    private static Optional<OffsetDateTime> labelled(Document doc, Instant now, List<Candidate> modified,
            boolean dayFirst) {
        Element body = doc.body();
        if (body == null) {
            return Optional.empty();
        }
        for (Element e : body.getAllElements()) {
            if (e.normalName().equals("script") || e.normalName().equals("style") || !leaf(e) || !e.hasText()) {
                continue;
            }
            String text = e.text();
            Matcher m = LABEL.matcher(text);
            Matcher after = LABEL_AFTER.matcher(text);
            String date = null;
            boolean update = false;
            if (m.find()) {
                date = text.substring(m.end(), Math.min(text.length(), m.end() + 25));
                update = m.group(2) != null;
            } else if (after.find()) {
                date = after.group(1);
                update = after.group(3) != null;
            }
            if (date == null || inFurniture(e)) {
                continue;
            }
            String read = date;
            Optional<OffsetDateTime> d = DateParser.absolute(read).map(v -> ordered(read, v, dayFirst))
                    .filter(v -> plausible(v, now));
            if (d.isPresent()) {
                if (update) {
                    modified.add(new Candidate(read, "text"));
                    continue;
                }
                return d;
            }
        }
        return Optional.empty();
    }

    /** How far into an unnamed text its date may start and still make it a date line. */
    private static final int DATE_LINE_START = 40;
    /** How many words may stand before it, a month name included ("Written by Ann Lee on March 3, 2021"). */
    private static final int DATE_LINE_WORDS = 7;
    /** What sets a longer date line apart from a sentence: a byline, a publication verb, a "Place |" or "Place,". */
    private static final Pattern BYLINE_MARK = Pattern.compile("(?iu)\\b(?:by|von|par|por|di|door|av|published|"
            + "posted|written|veröffentlicht|erschienen|publié|publicado|pubblicato|gepubliceerd)\\b|[|,]");
    /**
     * "from 5 March", "ab 05.03.", "as of 31 December", "bis", "seit", "desde", "hasta", "à partir du"... but not
     * "vom" or "du": "Mitteilung vom 14.03.2021" and "article du 14 mars" give the day of the text itself.
     */
    private static final Pattern RANGE = Pattern.compile("(?iu)(?:^|[\\s(,;:])(?:as of|from|since|until|till|through|"
            + "ab|bis|seit|zum|desde|hasta|à partir du|jusqu'au|au|dal|fino al|tra|entre|between|and|und|"
            + "to)[\\s,.]+(?:\\p{L}+\\.?\\s+)?$");

    /**
     * A text without a name for dates counts only as a date line: its date opens it, after at most a few words
     * ("Published on", "Mittwoch,"), and no "from"/"until"/"as of" makes it the start or end of a period. A
     * sentence that mentions a date ("... will vote on 24 September 2023.") is about something else.
     */
    private static boolean dateLine(String text) {
        Matcher digit = FIRST_DIGIT.matcher(text);
        if (!digit.find() || digit.start() > DATE_LINE_START) {
            return false;
        }
        String before = text.substring(0, digit.start()).strip();
        int words = before.isEmpty() ? 0 : before.split("[\\s|]+").length;
        // more than a few words before the date make a date line only with a byline or dateline mark
        if (words > DATE_LINE_WORDS || words > 3 && !BYLINE_MARK.matcher(before).find()) {
            return false;
        }
        // the date starts by the first number, or a month name just before it: read no further than the date
        String head = text.substring(0, Math.min(text.length(), digit.start() + 25));
        if (DateParser.absolute(head).isEmpty()) {
            return false;
        }
        // the words before the first number are the ones that introduce the date
        return !RANGE.matcher(text.substring(0, digit.start())).find();
    }

    private static final Pattern FIRST_DIGIT = Pattern.compile("\\p{Nd}");

    /** How many elements after the headline still belong to the article's head (byline, date line, lead). */
    private static final int HEAD_SPAN = 80;

    /**
     * The date shown beside the headline: the first {@code <time>} or element named for dates from just above the
     * {@code <h1>} to a few elements after it, outside related lists and other furniture. Empty without an h1.
     */
    private static Optional<OffsetDateTime> shownAtHead(Document doc, Instant now, ZoneId local,
            boolean dayFirst) {
        Element body = doc.body();
        Element h1 = body == null ? null : headline(doc, body);
        if (h1 == null) {
            return Optional.empty();
        }
        List<Element> all = new ArrayList<>();
        int headline = -1;
        for (Element e : body.getAllElements()) {
            if (e == h1) {
                headline = all.size();
            }
            if (!e.normalName().equals("script") && !e.normalName().equals("style") && e.hasText()) {
                all.add(e);
            }
        }
        if (headline < 0) {
            return Optional.empty();
        }
        for (int i = Math.max(0, headline - 12); i < Math.min(all.size(), headline + HEAD_SPAN); i++) {
            Element e = all.get(i);
            boolean time = e.normalName().equals("time");
            String names = names(e) + " " + e.attr("data-testid");
            if (!time && (names.isBlank() || !DATE_NAMES.matcher(names).find())) {
                continue;
            }
            String text = e.text();
            if (text.length() > 100 || inFurniture(e) || inMasthead(e, h1)) {
                continue;
            }
            // a time element's own stamp says more than its text, which the server may have written in UTC
            Optional<OffsetDateTime> d = (time ? parse(e.attr("datetime"), now, dayFirst) : Optional.<OffsetDateTime>empty())
                    .map(v -> PublisherZone.localise(v, local))
                    .or(() -> writtenDate(text, true, dayFirst).filter(v -> plausible(v, now)));
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    private static final Pattern SHORT_YEAR = Pattern.compile("^\\s*(\\d{1,2})\\.(\\d{1,2})\\.(\\d{2})\\s*$");

    /**
     * A date written in a text; an element named for dates that holds nothing but {@code 23.09.22} gives it too (a
     * two-digit year is too ambiguous anywhere else).
     */
    private static Optional<OffsetDateTime> writtenDate(String text, boolean named, boolean dayFirst) {
        Optional<OffsetDateTime> d = DateParser.absolute(text).map(v -> ordered(text, v, dayFirst));
        Matcher m = SHORT_YEAR.matcher(text);
        if (d.isEmpty() && named && m.matches()) {
            try {
                return Optional.of(LocalDate.of(2000 + Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(1))).atStartOfDay().atOffset(ZoneOffset.UTC));
            } catch (java.time.DateTimeException e) {
                return Optional.empty();
            }
        }
        return d;
    }

    private static final Pattern SLASHED = Pattern.compile("(?<!\\d)(\\d{1,2})/(\\d{1,2})/(\\d{4})(?!\\d)");

    /**
     * Pages outside the United States write 03/05/2022 day first: a page whose language is not English, or is the
     * English of a day-first country ({@code en-GB}, {@code en-AU}, {@code en-IN}...).
     */
    static boolean dayFirst(Document doc) {
        String lang = doc.select("html[lang]").attr("lang").toLowerCase(Locale.ROOT).replace('_', '-');
        if (lang.isEmpty()) {
            return false;
        }
        return !lang.startsWith("en") || lang.matches("en-(?:gb|au|nz|ie|in|za|ng|ke|pk|sg|my|jm|tt|bz).*");
    }

    /** The parser reads an ambiguous 03/05/2022 month first; on a day-first page it is the 3rd of May. */
    private static OffsetDateTime ordered(String text, OffsetDateTime v, boolean dayFirst) {
        if (!dayFirst) {
            return v;
        }
        Matcher m = SLASHED.matcher(text);
        if (!m.find()) {
            return v;
        }
        int first = Integer.parseInt(m.group(1));
        int second = Integer.parseInt(m.group(2));
        if (first <= 12 && second <= 12 && first != second && v.getMonthValue() == first
                && v.getDayOfMonth() == second && v.getYear() == Integer.parseInt(m.group(3))) {
            return v.withDayOfMonth(1).withMonth(second).withDayOfMonth(first);
        }
        return v;
    }

    /**
     * The article's headline: the h1 that the page's title repeats (many sites put their logo in an h1 too), or
     * the only h1. Null when neither.
     */
    private static Element headline(Document doc, Element body) {
        List<Element> h1s = body.select("h1");
        Element og = doc.selectFirst("meta[property=og:title][content]");
        String title = ((og == null ? "" : og.attr("content")) + " " + doc.title()).toLowerCase(Locale.ROOT);
        for (Element h : h1s) {
            String text = h.text().strip().toLowerCase(Locale.ROOT);
            if (text.length() >= 10 && title.contains(text)) {
                return h;
            }
        }
        return h1s.size() == 1 ? h1s.get(0) : null;
    }

    /** A page header that does not hold the headline is the masthead: its date is today's, not the article's. */
    private static boolean inMasthead(Element e, Element h1) {
        Element header = e.closest("header, [class~=(?i)masthead|site-header|top-bar|topbar]");
        return header != null && !h1.parents().contains(header);
    }

    /** 03/05/2022 reads as the 5th of March or the 3rd of May: either way, it agrees with a meta 3 May. */
    private static boolean sameDayEitherOrder(LocalDate shown, LocalDate meta) {
        return shown.equals(meta) || shown.getYear() == meta.getYear()
                && shown.getMonthValue() == meta.getDayOfMonth() && shown.getDayOfMonth() == meta.getMonthValue();
    }

    private static final Set<String> INLINE = Set.of("a", "span", "b", "strong", "i", "em", "small", "time",
            "abbr", "br", "img", "font", "sup", "sub", "u", "mark");

    private static boolean leaf(Element e) {
        for (Element c : e.children()) {
            if (!INLINE.contains(c.normalName())) {
                return false;
            }
        }
        return true;
    }

    /** Dates in comments, related-article lists, sidebars and footers are theirs, not the page's. */
    private static boolean inFurniture(Element e) {
        for (Element a = e; a != null; a = a.parent()) {
            if (a.normalName().equals("a") || a.normalName().equals("footer") || a.normalName().equals("aside")
                    || a.normalName().equals("nav") || OTHERS.matcher(names(a)).find()) {
                return true;
            }
        }
        return false;
    }

    /** Class tokens that describe a state of the element, not what it holds: "has-sidebar", "no-date". */
    private static final Pattern MODIFIER = Pattern.compile("(?i)(?:has|with|without|no|show|hide|is)[-_].*");

    /**
     * The element's class tokens and id, without modifier tokens: a {@code main has-sidebar} column holds the
     * article, not a sidebar, and a {@code teaser no-date} block is not a date line.
     */
    static String names(Element e) {
        StringBuilder sb = new StringBuilder();
        for (String c : e.classNames()) {
            if (!MODIFIER.matcher(c).matches()) {
                sb.append(c).append(' ');
            }
        }
        return sb.append(e.id()).toString().strip();
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return "";
    }
}
