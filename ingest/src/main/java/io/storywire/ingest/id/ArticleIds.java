package io.storywire.ingest.id;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Content ids: the same article gets the same id however often and by whatever way it is ingested. With a URL the
 * id is the canonical URL's hash (a page keeps its id when a later scrape differs by an ad line); without one it is
 * the hash of the normalised headline and body, case and spacing folded.
 */
public final class ArticleIds {

    /** 16 hex digits (64 bits): collisions stay negligible far beyond a laptop's article count. */
    private static final int HEX_LENGTH = 16;

    private ArticleIds() {
    }

    public static String of(String url, String title, String body) {
        String canonical = canonicalUrl(url);
        String basis = canonical != null ? "url:" + canonical : "text:" + fold(title) + "\n" + fold(body);
        return sha256(basis).substring(0, HEX_LENGTH);
    }

    /**
     * The URL with scheme and host lower-cased, "www." dropped, fragment, default port, trailing slash and
     * tracking parameters (utm_*, fbclid, gclid, ...) removed; null when it is not an absolute http(s) URL.
     */
    public static String canonicalUrl(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI u = new URI(url.strip());
            if (u.getScheme() == null || u.getHost() == null
                    || !u.getScheme().toLowerCase(Locale.ROOT).startsWith("http")) {
                return null;
            }
            String host = u.getHost().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
            String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
            if (path.length() > 1 && path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            String query = u.getRawQuery() == null ? "" : Arrays.stream(u.getRawQuery().split("&"))
                    .filter(p -> !p.isBlank() && !isTracking(p))
                    .sorted()
                    .collect(Collectors.joining("&"));
            return "https://" + host + path + (query.isEmpty() ? "" : "?" + query);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    public static String host(String url) {
        String c = canonicalUrl(url);
        return c == null ? null : URI.create(c).getHost();
    }

    private static boolean isTracking(String param) {
        String name = param.split("=", 2)[0].toLowerCase(Locale.ROOT);
        return name.startsWith("utm_") || name.equals("fbclid") || name.equals("gclid") || name.equals("ref")
                || name.equals("mc_cid") || name.equals("mc_eid") || name.equals("cmpid") || name.equals("ocid");
    }

    private static String fold(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
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
