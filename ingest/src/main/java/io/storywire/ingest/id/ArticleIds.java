package io.storywire.ingest.id;

import crawlercommons.filters.basic.BasicURLNormalizer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Content ids: the same text gets the same id however often, under whatever link and by whatever way it is
 * ingested. The id is the hash of the body's words (case, punctuation, spacing and paragraphing folded); a body too
 * short to be told apart by itself is hashed with its headline, and a headline-only item by its headline.
 *
 * <p>The URL takes no part in the id: a re-post of the same text under another link, section or tracking suffix is
 * the same article, and a payload that borrows a known URL for other text is not made a copy of what that URL
 * carried. A re-scrape of one page that differs by an ad line gets another id and is caught as a near-duplicate.
 */
public final class ArticleIds {

    /** 16 hex digits (64 bits): collisions stay negligible far beyond a laptop's article count. */
    private static final int HEX_LENGTH = 16;
    /** Under this many words a body (a teaser, a flash) is hashed together with its headline. */
    static final int MIN_BODY_WORDS_ALONE = 20;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    /** Nutch's normaliser: scheme and host case, default port, dot segments, percent-encoding, IDN, sorted query. */
    private static final BasicURLNormalizer NORMALIZER = BasicURLNormalizer.newBuilder().build();
    /** Query parameters that say who sent the reader, not which page it is. */
    private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "gclsrc", "dclid", "msclkid", "yclid",
            "twclid", "igshid", "mc_cid", "mc_eid", "cmpid", "ocid", "ref", "ref_src", "ref_url", "smid",
            "_ga", "_gl", "mkt_tok", "oly_anon_id", "oly_enc_id", "wt.mc_id", "ito", "spm", "s_cid", "at_medium",
            "at_campaign", "icid", "sr_share", "guccounter");

    private ArticleIds() {
    }

    /** The content id; {@code url} is accepted for callers that have one but does not change the id. */
    public static String of(String url, String title, String body) {
        return ofText(title, body);
    }

    public static String ofText(String title, String body) {
        String words = words(body);
        long count = words.isEmpty() ? 0 : words.chars().filter(c -> c == ' ').count() + 1;
        String basis = count >= MIN_BODY_WORDS_ALONE ? "body:" + words : "text:" + words(title) + "\n" + words;
        return sha256(basis).substring(0, HEX_LENGTH);
    }

    /**
     * The URL as Nutch's normaliser leaves it, then with https for http, "www." dropped, and without fragment,
     * trailing slash and tracking parameters (utm_*, fbclid, gclid, ...); null when it is not an absolute http(s)
     * URL.
     */
    public static String canonicalUrl(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String normal = NORMALIZER.filter(url.strip());
        if (normal == null) {
            return null;
        }
        try {
            URI u = new URI(normal);
            if (u.getScheme() == null || u.getHost() == null
                    || !u.getScheme().toLowerCase(Locale.ROOT).matches("https?")) {
                return null;
            }
            String host = u.getHost().toLowerCase(Locale.ROOT).replaceFirst("^www\\d*\\.", "");
            String port = u.getPort() == -1 || u.getPort() == 443 ? "" : ":" + u.getPort();
            String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
            while (path.length() > 1 && path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            String query = u.getRawQuery() == null ? "" : Arrays.stream(u.getRawQuery().split("&"))
                    .filter(p -> !p.isBlank() && !isTracking(p))
                    .sorted()
                    .collect(Collectors.joining("&"));
            return "https://" + host + port + path + (query.isEmpty() ? "" : "?" + query);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /**
     * An absolute http(s) URL as people write them: scheme, then no whitespace. Looser than {@link #canonicalUrl}
     * on purpose: real feeds carry links with stray characters ("page.html/\\?a=1") that are still the link.
     */
    public static boolean isWebUrl(String url) {
        return url != null && WEB_URL.matcher(url).matches();
    }

    private static final java.util.regex.Pattern WEB_URL = java.util.regex.Pattern.compile("(?i)https?://\\S+");

    public static String host(String url) {
        String c = canonicalUrl(url);
        return c == null ? null : URI.create(c).getHost();
    }

    private static boolean isTracking(String param) {
        String name = param.split("=", 2)[0].toLowerCase(Locale.ROOT);
        return name.startsWith("utm_") || name.startsWith("pk_") || name.startsWith("hsa_")
                || TRACKING.contains(name);
    }

    /** The text's words, lower-cased, one space apart: what survives any re-formatting of the same text. */
    private static String words(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        Matcher m = WORD.matcher(s.toLowerCase(Locale.ROOT));
        while (m.find()) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(m.group());
        }
        return out.toString();
    }

    private static String sha256(String s) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
