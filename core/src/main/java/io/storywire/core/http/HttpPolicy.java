package io.storywire.core.http;

import io.storywire.core.config.StorywireConfig;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Who the HTTP server answers: the Host names it serves (against DNS rebinding), the browser origins it lets read
 * and write (against cross-site requests), the bearer tokens of writes and of {@code /internal}, and the cap on
 * live-update clients.
 *
 * <p>Loopback names ({@code localhost}, {@code 127.0.0.1}, {@code [::1]}) are answered on any port: a rebinding page
 * cannot make a browser send them, and a port mapping ({@code docker -p 8080:7070}) or port 0 changes the port the
 * browser sees. Other entries are {@code name} (any port) or {@code name:port}.
 *
 * @param hosts         allowed Host entries besides loopback, lower case
 * @param origins       allowed origins besides the request's own, lower case, no trailing slash
 * @param token         bearer token of writes; empty: none
 * @param internalToken bearer token of /internal; empty: none
 * @param sseMaxClients live-update clients served at once
 */
public record HttpPolicy(Set<String> hosts, Set<String> origins, String token, String internalToken,
                         int sseMaxClients) {

    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");

    public HttpPolicy {
        hosts = Set.copyOf(hosts);
        origins = Set.copyOf(origins);
        token = token == null ? "" : token.trim();
        internalToken = internalToken == null ? "" : internalToken.trim();
    }

    /** Loopback only, no tokens; tests and single-machine runs. */
    public static HttpPolicy loopback() {
        return new HttpPolicy(Set.of(), Set.of(), "", "", 100);
    }

    public static HttpPolicy from(StorywireConfig cfg) {
        Set<String> hosts = new LinkedHashSet<>();
        cfg.httpAllowedHosts().forEach(h -> hosts.add(h.toLowerCase(Locale.ROOT)));
        // peers reach an instance by the address it advertises, and a server bound to one address by that one
        if (!cfg.advertisedServer().isBlank()) {
            hosts.add(cfg.advertisedServer().toLowerCase(Locale.ROOT));
        }
        String bind = cfg.httpHost().toLowerCase(Locale.ROOT);
        if (!bind.isBlank() && !bind.equals("0.0.0.0") && !bind.equals("::") && !bind.equals("[::]")) {
            hosts.add(bind);
        }
        List<String> origins = cfg.httpAllowedOrigins().stream().map(HttpPolicy::normaliseOrigin).toList();
        return new HttpPolicy(hosts, new LinkedHashSet<>(origins), cfg.httpToken(), cfg.httpInternalToken(),
                cfg.httpSseMaxClients());
    }

    /** Whether a request with this Host header is answered. */
    public boolean hostAllowed(String hostHeader) {
        if (hostHeader == null || hostHeader.isBlank()) {
            return false;
        }
        String host = hostHeader.trim().toLowerCase(Locale.ROOT);
        String name = nameOf(host);
        return LOOPBACK.contains(name) || hosts.contains(host) || hosts.contains(name);
    }

    /** Whether a browser page of this origin may use the API: its own origin, or one configured. */
    public boolean originAllowed(String origin, String hostHeader) {
        String o = normaliseOrigin(origin);
        if (hostHeader != null) {
            String host = hostHeader.trim().toLowerCase(Locale.ROOT);
            if (o.equals("http://" + host) || o.equals("https://" + host)) {
                return true;
            }
        }
        return origins.contains(o);
    }

    /** Whether the Authorization header carries the token; true when no token is set. */
    public static boolean authorised(String expected, String authorization) {
        if (expected.isEmpty()) {
            return true;
        }
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        byte[] given = authorization.substring(7).trim().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, expected.getBytes(StandardCharsets.UTF_8));
    }

    static String normaliseOrigin(String origin) {
        String o = origin.trim().toLowerCase(Locale.ROOT);
        return o.endsWith("/") ? o.substring(0, o.length() - 1) : o;
    }

    /** "host:port" -> "host", "[::1]:7070" -> "[::1]". */
    private static String nameOf(String host) {
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            return end < 0 ? host : host.substring(0, end + 1);
        }
        int colon = host.lastIndexOf(':');
        return colon < 0 ? host : host.substring(0, colon);
    }
}
