package io.storywire.core.config;

import io.storywire.core.Topics;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

/**
 * The one typed configuration of every stage. Values come, later winning, from the defaults of
 * {@link StorywireConfigDef} (the one definition of every key), an optional properties file, environment variables
 * ({@code STORYWIRE_BOOTSTRAP_SERVERS} sets {@code bootstrap.servers}), JVM system properties prefixed
 * {@code storywire.}, and explicit overrides (command-line options).
 *
 * <p>Keys under {@code kafka.} are passed as they are to every Kafka client and Streams app, so security and
 * tuning settings of a real cluster need no code: {@code kafka.security.protocol=SASL_SSL}.
 *
 * <p>Any other key that {@link StorywireConfigDef} does not define stops loading with the nearest defined key
 * named, and every value is checked against its type and validator, so a typo never passes silently.
 */
public final class StorywireConfig {

    private static final String ENV_PREFIX = "STORYWIRE_";
    private static final String SYS_PREFIX = "storywire.";
    private static final String KAFKA_PREFIX = "kafka.";

    /** Launcher and test switches under the same prefixes that are not settings ({@code STORYWIRE_DEBUG}). */
    private static final Set<String> NOT_SETTINGS = Set.of("debug");
    private static final List<String> NOT_SETTING_PREFIXES = List.of("test.", "eval.", "crash.");
    /** Names of Kafka client settings that hold secrets: their values are never printed. */
    private static final Pattern SECRET = Pattern.compile(
            "(?i).*(password|secret|token|jaas|credential|private|keystore\\.key|\\.key$).*");
    private static final String HIDDEN = "[hidden]";
    private static final StorywireConfig DEFAULTS = new StorywireConfig(complete(Map.of()));

    private final Map<String, String> values;

    private StorywireConfig(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    /** Defaults, then the environment and system properties. */
    public static StorywireConfig load() {
        return load(null, Map.of());
    }

    /** Defaults, the file when given, the environment, system properties, then the overrides. */
    public static StorywireConfig load(Path file, Map<String, String> overrides) {
        return load(file, overrides, System.getenv(), System.getProperties());
    }

    /** The defaults alone: no file, environment or system properties. Settings records build theirs from it. */
    public static StorywireConfig defaults() {
        return DEFAULTS;
    }

    /** As {@link #load(Path, Map)} from a given environment and system properties (tests, checks of a deployment). */
    public static StorywireConfig load(Path file, Map<String, String> overrides, Map<String, String> env,
                                       Properties system) {
        Map<String, String> given = new TreeMap<>();
        Map<String, String> source = new TreeMap<>();
        if (file != null) {
            readFile(file).forEach((k, v) -> put(given, source, k, v, "file " + file));
        }
        env.forEach((k, v) -> {
            if (k.startsWith(ENV_PREFIX)) {
                put(given, source, k.substring(ENV_PREFIX.length()).toLowerCase(Locale.ROOT).replace('_', '.'), v,
                        "environment " + k);
            }
        });
        system.stringPropertyNames().stream().filter(k -> k.startsWith(SYS_PREFIX))
                .forEach(k -> put(given, source, k.substring(SYS_PREFIX.length()), system.getProperty(k), "-D" + k));
        overrides.forEach((k, v) -> {
            if (v != null) {
                put(given, source, k, v, "option");
            }
        });
        NOT_SETTINGS.forEach(given::remove);
        given.keySet().removeIf(k -> NOT_SETTING_PREFIXES.stream().anyMatch(k::startsWith));
        refuseUnknown(given.keySet(), source);
        // the older name counts only when the new one is not given anywhere
        String older = given.remove("ingest.max.bytes");
        if (older != null && !older.isBlank() && !given.containsKey("ingest.max.raw.bytes")) {
            given.put("ingest.max.raw.bytes", older);
        }
        return new StorywireConfig(complete(given));
    }

    private static void put(Map<String, String> given, Map<String, String> source, String key, String value,
                            String from) {
        given.put(key, value);
        source.put(key, from);
    }

    /** Stops on any key that is neither defined nor under {@code kafka.}, naming the nearest defined key. */
    static void refuseUnknown(Set<String> keys, Map<String, String> source) {
        List<String> problems = new ArrayList<>();
        for (String k : keys) {
            if (!k.startsWith(KAFKA_PREFIX) && !StorywireConfigDef.DEF.names().contains(k)) {
                String from = source.containsKey(k) ? " (from " + source.get(k) + ")" : "";
                problems.add("unknown setting '" + k + "'" + from + ": did you mean " + nearest(k) + "?");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems)
                    + " (storywire config lists every setting; Kafka client settings go under kafka.)");
        }
    }

    /** The defined key closest to {@code key} by edit distance (ties: the first in name order). */
    static String nearest(String key) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String name : new java.util.TreeSet<>(StorywireConfigDef.DEF.names())) {
            int d = editDistance(key, name);
            if (d < bestDistance) {
                best = name;
                bestDistance = d;
            }
        }
        return best;
    }

    private static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** The defaults under the given values, every defined value checked against its type and validator. */
    private static Map<String, String> complete(Map<String, String> given) {
        Map<String, String> merged = new TreeMap<>();
        StorywireConfigDef.DEF.configKeys().forEach((name, key) ->
                merged.put(name, StorywireConfigDef.defaultString(key)));
        merged.putAll(given);
        Map<String, String> defined = new LinkedHashMap<>();
        merged.forEach((k, v) -> {
            if (StorywireConfigDef.DEF.names().contains(k)) {
                defined.put(k, v.trim());
            }
        });
        try {
            StorywireConfigDef.DEF.parse(defined);
        } catch (ConfigException e) {
            throw new IllegalArgumentException("invalid setting: " + e.getMessage(), e);
        }
        return merged;
    }

    /** A copy with some values replaced; tests and the launcher use it. Undefined keys are refused as in load. */
    public StorywireConfig with(Map<String, String> overrides) {
        refuseUnknown(overrides.keySet(), Map.of());
        Map<String, String> merged = new TreeMap<>(values);
        merged.putAll(overrides);
        return new StorywireConfig(complete(merged));
    }

    public StorywireConfig with(String key, String value) {
        return with(Map.of(key, value));
    }

    // --- Kafka -------------------------------------------------------------------------------------------------

    /** Empty means: start the embedded broker. */
    public String bootstrapServers() {
        return get("bootstrap.servers");
    }

    public boolean embeddedBroker() {
        return bootstrapServers().isBlank();
    }

    public Topics topics() {
        return new Topics(get("topic.prefix"));
    }

    public int partitions() {
        return getInt("topic.partitions");
    }

    public short replicationFactor() {
        return (short) getInt("topic.replication.factor");
    }

    /** at_least_once or exactly_once_v2; every topology is written to be correct under both. */
    public String processingGuarantee() {
        return get("processing.guarantee");
    }

    public int standbyReplicas() {
        return getInt("num.standby.replicas");
    }

    public long commitIntervalMs() {
        return getLong("commit.interval.ms");
    }

    /** Settings passed straight to Kafka clients and Streams, without the {@code kafka.} prefix. */
    public Properties kafkaClientProperties() {
        Properties p = new Properties();
        values.forEach((k, v) -> {
            if (k.startsWith(KAFKA_PREFIX)) {
                p.setProperty(k.substring(KAFKA_PREFIX.length()), v);
            }
        });
        p.setProperty("bootstrap.servers", bootstrapServers());
        return p;
    }

    // --- local files -------------------------------------------------------------------------------------------

    /** Root of everything the pipeline writes locally: broker logs, Streams state. */
    public Path dataDir() {
        return Path.of(get("data.dir"));
    }

    public Path stateDir() {
        String dir = get("state.dir");
        return dir.isBlank() ? dataDir().resolve("streams") : Path.of(dir);
    }

    public Path seedsDir() {
        return Path.of(get("seeds.dir"));
    }

    // --- HTTP --------------------------------------------------------------------------------------------------

    public String httpHost() {
        return get("http.host");
    }

    /** 0 picks a free port. */
    public int httpPort() {
        return getInt("http.port");
    }

    /** host:port other instances use to reach this one's query API; empty means http.host and the bound port. */
    public String advertisedServer() {
        return get("application.server");
    }

    /** Host names (name or name:port) answered besides loopback and application.server. */
    public java.util.List<String> httpAllowedHosts() {
        return list("http.allowed.hosts");
    }

    /** Browser origins (scheme://host[:port]) allowed besides the page's own. */
    public java.util.List<String> httpAllowedOrigins() {
        return list("http.allowed.origins");
    }

    /** Bearer token every write must carry; empty means none. */
    public String httpToken() {
        return get("http.token");
    }

    /** Bearer token of /internal (peer queries); http.token when empty. */
    public String httpInternalToken() {
        String t = get("http.internal.token");
        return t.isBlank() ? httpToken() : t;
    }

    public int httpSseMaxClients() {
        return getInt("http.sse.max.clients");
    }

    // --- ingest ------------------------------------------------------------------------------------------------

    /** Largest raw payload: {@code ingest.max.raw.bytes} (the older {@code ingest.max.bytes} when set alone). */
    public int maxPayloadBytes() {
        return getInt("ingest.max.raw.bytes");
    }

    public Path dropDir() {
        String dir = get("ingest.drop.dir");
        return dir.isBlank() ? null : Path.of(dir);
    }

    // --- enrich ------------------------------------------------------------------------------------------------

    /** A taxonomy file replacing the built-in one; empty means the built-in default. */
    public Path taxonomyFile() {
        String f = get("enrich.taxonomy.file");
        return f.isBlank() ? null : Path.of(f);
    }

    // --- generic access ----------------------------------------------------------------------------------------

    public String get(String key) {
        String v = values.get(key);
        if (v == null) {
            throw new IllegalArgumentException("unknown setting '" + key + "'");
        }
        return v.trim();
    }

    public int getInt(String key) {
        return Integer.parseInt(get(key));
    }

    public long getLong(String key) {
        return Long.parseLong(get(key));
    }

    public double getDouble(String key) {
        return Double.parseDouble(get(key));
    }

    public boolean getBoolean(String key) {
        return Boolean.parseBoolean(get(key));
    }

    /** A comma-separated setting as a list, blanks dropped. */
    public java.util.List<String> list(String key) {
        return java.util.Arrays.stream(get(key).split(",")).map(String::trim).filter(v -> !v.isEmpty()).toList();
    }

    public Map<String, String> asMap() {
        return values;
    }

    /**
     * The effective configuration, one {@code key = value} line per setting in name order, secrets
     * ({@code PASSWORD} keys, Kafka client settings named like a password, token, secret or JAAS config) shown as
     * {@value #HIDDEN} when set. What a stage prints at startup.
     */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        new TreeMap<>(values).forEach((k, v) -> sb.append(k).append(" = ").append(masked(k, v)).append('\n'));
        return sb.toString();
    }

    static String masked(String key, String value) {
        if (value == null || value.isBlank()) {
            return value;
        }
        ConfigDef.ConfigKey def = StorywireConfigDef.DEF.configKeys().get(key);
        boolean secret = def != null ? def.type == ConfigDef.Type.PASSWORD
                : key.startsWith(KAFKA_PREFIX) && SECRET.matcher(key).matches();
        return secret ? HIDDEN : value;
    }

    private static Map<String, String> readFile(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read config file " + file, e);
        }
    }

    private static Map<String, String> read(InputStream in) throws IOException {
        Properties p = new Properties();
        p.load(in);
        Map<String, String> m = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> m.put(k, p.getProperty(k)));
        return m;
    }
}
