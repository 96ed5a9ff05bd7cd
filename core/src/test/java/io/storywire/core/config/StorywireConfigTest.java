package io.storywire.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StorywireConfigTest {

    @Test
    void shouldWorkOutOfTheBoxWithAnEmbeddedBroker() {
        StorywireConfig cfg = StorywireConfig.load(null, Map.of(), Map.of(), new Properties());
        assertThat(cfg.embeddedBroker()).isTrue();
        assertThat(cfg.topics().ingest()).isEqualTo("storywire.ingest");
        assertThat(cfg.httpPort()).isEqualTo(7070);
    }

    @Test
    void shouldLetFileThenEnvironmentThenSystemThenOverridesWin(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("s.properties");
        Files.writeString(file, "topic.prefix=fromfile\nhttp.port=1\ntopic.partitions=5\n");
        Properties sys = new Properties();
        sys.setProperty("storywire.http.port", "3");
        sys.setProperty("unrelated", "x");
        StorywireConfig cfg = StorywireConfig.load(file, Map.of("topic.partitions", "9"),
                Map.of("STORYWIRE_HTTP_PORT", "2", "STORYWIRE_BOOTSTRAP_SERVERS", "b:9092", "PATH", "/bin"), sys);
        assertThat(cfg.topics().prefix()).isEqualTo("fromfile");
        assertThat(cfg.httpPort()).isEqualTo(3);
        assertThat(cfg.partitions()).isEqualTo(9);
        assertThat(cfg.bootstrapServers()).isEqualTo("b:9092");
        assertThat(cfg.embeddedBroker()).isFalse();
    }

    @Test
    void shouldPassKafkaPrefixedSettingsToClients() {
        StorywireConfig cfg = StorywireConfig.load(null, Map.of("kafka.security.protocol", "SASL_SSL",
                "bootstrap.servers", "b:1"), Map.of(), new Properties());
        Properties p = cfg.kafkaClientProperties();
        assertThat(p).containsEntry("security.protocol", "SASL_SSL").containsEntry("bootstrap.servers", "b:1");
        assertThat(p).doesNotContainKey("kafka.security.protocol");
    }

    @Test
    void shouldRejectAnUnknownKey() {
        StorywireConfig cfg = StorywireConfig.load(null, Map.of(), Map.of(), new Properties());
        assertThatThrownBy(() -> cfg.get("no.such.key")).hasMessageContaining("no.such.key");
    }
}
