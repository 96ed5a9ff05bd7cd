package io.storywire.core.config;

import io.storywire.core.Topics;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The one typed configuration of every stage. Values come, later winning, from the built-in defaults
 * ({@code storywire-defaults.properties}), an optional properties file, environment variables
 * ({@code STORYWIRE_BOOTSTRAP_SERVERS} sets {@code bootstrap.servers}), JVM system properties prefixed
 * {@code storywire.}, and explicit overrides (command-line options).
 *
 * <p>Keys under {@code kafka.} are passed as they are to every Kafka client and Streams app, so security and
 * tuning settings of a real cluster need no code: {@code kafka.security.protocol=SASL_SSL}.
 */
public final class StorywireConfig {

    private static final String ENV_PREFIX = "STORYWIRE_";
    private static final String SYS_PREFIX = "storywire.";
    private static final String KAFKA_PREFIX = "kafka.";

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

    static StorywireConfig load(Path file, Map<String, String> overrides, Map<String, String> env,
                                Properties system) {
        Map<String, String> merged = new TreeMap<>(defaults());
        if (file != null) {
            merged.putAll(readFile(file));
        }
        env.forEach((k, v) -> {
            if (k.startsWith(ENV_PREFIX)) {
                merged.put(k.substring(ENV_PREFIX.length()).toLowerCase(Locale.ROOT).replace('_', '.'), v);
            }
        });
        system.stringPropertyNames().stream().filter(k -> k.startsWith(SYS_PREFIX))
                .forEach(k -> merged.put(k.substring(SYS_PREFIX.length()), system.getProperty(k)));
        overrides.forEach((k, v) -> {
            if (v != null) {
                merged.put(k, v);
            }
        });
        return new StorywireConfig(merged);
    }

    /** A copy with some values replaced; tests and the launcher use it. */
    public StorywireConfig with(Map<String, String> overrides) {
        Map<String, String> merged = new TreeMap<>(values);
        merged.putAll(overrides);
        return new StorywireConfig(merged);
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

    /** Largest raw payload: {@code ingest.max.raw.bytes}, or the older {@code ingest.max.bytes} when set alone. */
    public int maxPayloadBytes() {
        String older = values.get("ingest.max.bytes");
        String raw = values.get("ingest.max.raw.bytes");
        String v = raw != null && !raw.isBlank() ? raw : older;
        return v == null || v.isBlank() ? 10 * 1024 * 1024 : Integer.parseInt(v.trim());
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

    private static Map<String, String> defaults() {
        try (InputStream in = StorywireConfig.class.getResourceAsStream("/storywire-defaults.properties")) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
