package io.storywire.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.kafka.common.config.ConfigDef;
import org.junit.jupiter.api.Test;

class StorywireConfigDefTest {

    private static StorywireConfig load(Map<String, String> overrides, Map<String, String> env) {
        return StorywireConfig.load(null, overrides, env, new Properties());
    }

    @Test
    void shouldRefuseATypoInAnOptionNamingTheNearestKey() {
        assertThatThrownBy(() -> load(Map.of("procesing.guarantee", "exactly_once_v2"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown setting 'procesing.guarantee'")
                .hasMessageContaining("did you mean processing.guarantee?");
    }

    @Test
    void shouldRefuseATypoInTheEnvironmentAndSayWhereItCameFrom() {
        assertThatThrownBy(() -> load(Map.of(), Map.of("STORYWIRE_TOPIC_PARTITION", "6")))
                .hasMessageContaining("environment STORYWIRE_TOPIC_PARTITION")
                .hasMessageContaining("did you mean topic.partitions?");
    }

    @Test
    void shouldStartBesideTheVariablesKubernetesSetsForAServiceNamedStorywire() {
        StorywireConfig cfg = load(Map.of(), Map.of(
                "STORYWIRE_SERVICE_HOST", "10.0.0.7",
                "STORYWIRE_SERVICE_PORT", "7070",
                "STORYWIRE_SERVICE_PORT_HTTP", "7070",
                "STORYWIRE_PORT", "tcp://10.0.0.7:7070",
                "STORYWIRE_PORT_7070_TCP_ADDR", "10.0.0.7",
                "STORYWIRE_AGGREGATE_SERVICE_PORT", "7070",
                "STORYWIRE_HTTP_PORT", "7171"));
        assertThat(cfg.httpPort()).isEqualTo(7171);
        assertThatThrownBy(() -> load(Map.of(), Map.of("STORYWIRE_HTTP_PROT", "7171")))
                .hasMessageContaining("http.port");
    }

    @Test
    void shouldRefuseATypoInASystemPropertyButNotTheTestSwitches() {
        Properties sys = new Properties();
        sys.setProperty("storywire.test.kafka", "embedded");
        assertThat(StorywireConfig.load(null, Map.of(), Map.of("STORYWIRE_DEBUG", "1"), sys).partitions())
                .isEqualTo(3);
        sys.setProperty("storywire.http.prot", "1");
        assertThatThrownBy(() -> StorywireConfig.load(null, Map.of(), Map.of(), sys))
                .hasMessageContaining("-Dstorywire.http.prot").hasMessageContaining("did you mean http.port?");
    }

    @Test
    void shouldRefuseAnUnknownKeyGivenLater() {
        StorywireConfig cfg = load(Map.of(), Map.of());
        assertThatThrownBy(() -> cfg.with("aggregate.cluster.treshold", "0.4"))
                .hasMessageContaining("did you mean aggregate.cluster.threshold?");
    }

    @Test
    void shouldRefuseAValueItsValidatorRejects() {
        assertThatThrownBy(() -> load(Map.of("processing.guarantee", "exactly_once"), Map.of()))
                .hasMessageContaining("processing.guarantee");
        assertThatThrownBy(() -> load(Map.of("topic.partitions", "six"), Map.of()))
                .hasMessageContaining("topic.partitions");
        assertThatThrownBy(() -> load(Map.of("aggregate.cluster.threshold", "1.5"), Map.of()))
                .hasMessageContaining("aggregate.cluster.threshold");
    }

    @Test
    void shouldPassKafkaClientSettingsWithoutCheckingTheirNames() {
        StorywireConfig cfg = load(Map.of("kafka.num.stream.threads", "2"), Map.of());
        assertThat(cfg.kafkaClientProperties()).containsEntry("num.stream.threads", "2");
    }

    @Test
    void shouldMaskSecretsInTheEffectiveConfig() {
        StorywireConfig cfg = load(Map.of(
                "http.token", "write-secret-1",
                "http.internal.token", "peer-secret-2",
                "kafka.sasl.jaas.config", "org.apache.kafka.common.security.plain.PlainLoginModule required "
                        + "username=\"u\" password=\"jaas-secret-3\";",
                "kafka.ssl.key.password", "key-secret-4",
                "kafka.ssl.truststore.password", "trust-secret-5",
                "kafka.security.protocol", "SASL_SSL"), Map.of());
        String printed = cfg.describe();
        assertThat(printed).doesNotContain("write-secret-1", "peer-secret-2", "jaas-secret-3", "key-secret-4",
                "trust-secret-5");
        assertThat(printed).contains("http.token = [hidden]", "http.internal.token = [hidden]",
                "kafka.sasl.jaas.config = [hidden]", "kafka.ssl.key.password = [hidden]",
                "kafka.security.protocol = SASL_SSL", "topic.partitions = 3", "processing.guarantee = at_least_once");
        // the secrets themselves still reach the code that needs them
        assertThat(cfg.httpToken()).isEqualTo("write-secret-1");
        assertThat(cfg.kafkaClientProperties()).containsEntry("ssl.key.password", "key-secret-4");
    }

    @Test
    void shouldPrintEveryDefinedKeyWithItsEffectiveValue() {
        String printed = load(Map.of("topic.partitions", "7"), Map.of()).describe();
        for (String name : StorywireConfigDef.DEF.names()) {
            assertThat(printed).contains(name + " = ");
        }
        assertThat(printed).contains("topic.partitions = 7");
        List<String> keys = printed.lines().map(l -> l.substring(0, l.indexOf(" = "))).toList();
        assertThat(keys).isSorted();
    }

    @Test
    void shouldDocumentAndDefaultEveryKey() {
        assertThat(StorywireConfigDef.DEF.configKeys()).hasSizeGreaterThan(40);
        for (ConfigDef.ConfigKey key : StorywireConfigDef.DEF.configKeys().values()) {
            assertThat(key.documentation).as(key.name).isNotBlank();
            assertThat(key.hasDefault()).as(key.name).isTrue();
        }
        assertThat(StorywireConfigDef.markdown()).contains("| `processing.guarantee` | string | `at_least_once` |");
    }

    @Test
    void shouldTakeTheOlderPayloadNameOnlyWhenTheNewOneIsNotSet() {
        assertThat(load(Map.of("ingest.max.bytes", "2048"), Map.of()).maxPayloadBytes()).isEqualTo(2048);
        assertThat(load(Map.of("ingest.max.bytes", "2048", "ingest.max.raw.bytes", "4096"), Map.of())
                .maxPayloadBytes()).isEqualTo(4096);
        assertThat(load(Map.of(), Map.of()).maxPayloadBytes()).isEqualTo(10 * 1024 * 1024);
    }

    @Test
    void shouldKeepNoOtherSourceOfDefaults() throws IOException {
        assertThat(StorywireConfig.class.getResource("/storywire-defaults.properties")).isNull();
        Path root = Path.of("..").toAbsolutePath().normalize();
        assertThat(root.resolve("core/src/main/resources/storywire-defaults.properties")).doesNotExist();
        // reading a setting with a fallback of its own is how defaults got scattered over the stages
        List<String> offenders;
        try (Stream<Path> files = Files.walk(root, 8)) {
            offenders = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> p.toString().contains("/src/main/java/"))
                    .filter(p -> {
                        try {
                            String text = Files.readString(p);
                            return text.contains("asMap().getOrDefault(") || text.contains("storywire-defaults")
                                    || text.contains("asMap().get(");
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }).map(p -> root.relativize(p).toString()).toList();
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void shouldKeepConfigMdInStepWithTheDefinition() throws IOException {
        String doc = Files.readString(Path.of("..", "CONFIG.md"));
        assertThat(doc).as("CONFIG.md: regenerate the table with ./storywire config")
                .endsWith(StorywireConfigDef.markdown());
    }
}
