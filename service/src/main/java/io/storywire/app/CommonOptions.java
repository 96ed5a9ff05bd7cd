package io.storywire.app;

import io.storywire.core.config.StorywireConfig;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** Options every command shares; they become overrides of the one {@link StorywireConfig}. */
final class CommonOptions {

    @Option(names = "--config", paramLabel = "FILE", description = "A properties file of settings (see README).")
    Path configFile;

    @Option(names = {"-b", "--bootstrap-servers"}, paramLabel = "HOST:PORT",
            description = "Use this Kafka cluster instead of starting the embedded broker "
                    + "(also STORYWIRE_BOOTSTRAP_SERVERS).")
    String bootstrapServers;

    @Option(names = "--http-port", paramLabel = "PORT", description = "Port of the query API and page (0: any free port).")
    Integer httpPort;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Where broker data and Streams state live.")
    Path dataDir;

    @Option(names = {"-s", "--set"}, paramLabel = "KEY=VALUE", description = "Any setting, e.g. -s topic.partitions=6")
    Map<String, String> settings = new LinkedHashMap<>();

    StorywireConfig load() {
        Map<String, String> overrides = new LinkedHashMap<>(settings);
        if (bootstrapServers != null) {
            overrides.put("bootstrap.servers", bootstrapServers);
        }
        if (httpPort != null) {
            overrides.put("http.port", String.valueOf(httpPort));
        }
        if (dataDir != null) {
            overrides.put("data.dir", dataDir.toString());
        }
        return StorywireConfig.load(configFile, overrides);
    }
}
