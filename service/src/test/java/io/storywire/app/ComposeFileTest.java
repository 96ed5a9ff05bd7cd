package io.storywire.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.storywire.core.config.StorywireConfig;
import io.storywire.core.http.HttpPolicy;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml as Compose reads it (anchors and merge keys resolved), checked for what an operator relies on:
 * state in named volumes, a health check on every service that others wait for, /internal never published, tokens
 * on, and Prometheus scraping every stage on a port and Host name the stage answers. No Docker engine runs here;
 * {@code .ci/run} also validates the file with {@code docker-compose config}.
 */
class ComposeFileTest {

    private static final List<String> STAGES = List.of("ingest", "enrich", "aggregate-1", "aggregate-2");
    private static final List<String> BROKERS = List.of("kafka-1", "kafka-2", "kafka-3");

    private static Map<String, Object> compose;
    private static Map<String, Map<String, Object>> services;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void readCompose() throws IOException {
        compose = yaml(Path.of("..", "docker-compose.yml"));
        services = (Map<String, Map<String, Object>>) compose.get("services");
    }

    private static Map<String, Object> yaml(Path file) throws IOException {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        try (Reader r = Files.newBufferedReader(file)) {
            return new Yaml(options).load(r);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T at(Map<String, Object> map, String key) {
        return (T) map.get(key);
    }

    private static Map<String, String> env(String service) {
        Map<String, Object> raw = at(services.get(service), "environment");
        Map<String, String> env = new HashMap<>();
        raw.forEach((k, v) -> env.put(k, String.valueOf(v)));
        return env;
    }

    /** A compose value "${NAME:-default}" as Compose would substitute it with NAME unset. */
    private static String substituted(String value) {
        return value.replaceAll("\\$\\{[A-Z_]+:-([^}]*)}", "$1");
    }

    @Test
    void shouldKeepBrokerAndStageStateInNamedVolumes() {
        Map<String, Object> declared = at(compose, "volumes");
        for (String b : BROKERS) {
            List<String> mounts = at(services.get(b), "volumes");
            assertThat(mounts).as(b).containsExactly(b + "-data:/var/lib/kafka/data");
            assertThat(env(b)).containsEntry("KAFKA_LOG_DIRS", "/var/lib/kafka/data");
        }
        for (String s : STAGES) {
            List<String> mounts = at(services.get(s), "volumes");
            // the image's STORYWIRE_DATA_DIR and VOLUME (ServiceImageFilesTest)
            assertThat(mounts).as(s).containsExactly(s + "-state:/var/lib/storywire");
        }
        List<String> named = new ArrayList<>();
        services.forEach((name, svc) -> {
            List<String> mounts = at(svc, "volumes");
            if (mounts != null) {
                mounts.stream().map(m -> m.split(":")[0]).filter(src -> !src.startsWith(".") && !src.startsWith("/"))
                        .forEach(named::add);
            }
        });
        assertThat(declared).containsKeys(named.toArray(String[]::new));
    }

    @Test
    void shouldCheckTheHealthOfEveryServiceAndWaitForHealthyDependencies() {
        services.forEach((name, svc) -> {
            Map<String, Object> check = at(svc, "healthcheck");
            assertThat(check).as(name + " healthcheck").isNotNull();
            List<String> test = at(check, "test");
            assertThat(test).as(name).isNotEmpty();
            assertThat(test.get(0)).as(name).isIn("CMD", "CMD-SHELL");
            Object deps = svc.get("depends_on");
            if (deps != null) {
                assertThat(deps).as(name + " depends_on with conditions").isInstanceOf(Map.class);
                ((Map<?, ?>) deps).forEach((dep, cond) -> {
                    assertThat(services).as(name + " -> " + dep).containsKey((String) dep);
                    assertThat(((Map<?, ?>) cond).get("condition")).as(name + " -> " + dep).isEqualTo("service_healthy");
                });
            }
        });
        for (String s : STAGES) {
            Map<String, Object> check = at(services.get(s), "healthcheck");
            List<String> test = at(check, "test");
            assertThat(String.join(" ", test)).contains("curl -fs http://localhost:$${HEALTHCHECK_PORT}/health/live");
            Map<String, Object> deps = at(services.get(s), "depends_on");
            assertThat(deps).containsOnlyKeys(BROKERS.toArray(String[]::new));
        }
    }

    @Test
    void shouldProbeEachStageOnThePortThatServesIt() {
        assertThat(env("ingest")).containsEntry("HEALTHCHECK_PORT", "7080");
        assertThat(String.join(" ", this.<List<String>>at(services.get("ingest"), "command"))).contains("--http-port 7080");
        assertThat(env("enrich")).containsEntry("HEALTHCHECK_PORT", "7072").containsEntry("STORYWIRE_ENRICH_OPS_PORT", "7072");
        for (String a : List.of("aggregate-1", "aggregate-2")) {
            assertThat(env(a)).containsEntry("HEALTHCHECK_PORT", "7070");
            assertThat(String.join(" ", this.<List<String>>at(services.get(a), "command"))).contains("--http-port 7070");
        }
    }

    @Test
    void shouldKeepTheAggregatesInternalPortOnTheComposeNetwork() {
        for (String a : List.of("aggregate-1", "aggregate-2")) {
            assertThat(services.get(a)).as(a).doesNotContainKey("ports");
            List<String> expose = at(services.get(a), "expose");
            assertThat(expose).as(a).containsExactly("7070");
        }
        assertThat(services.get("enrich")).doesNotContainKey("ports");
        // the host reaches the API through the gateway, which does not pass /internal on
        List<String> gatewayPorts = at(services.get("gateway"), "ports");
        assertThat(gatewayPorts).containsExactly("7070:7070");
    }

    @Test
    void shouldGateOutInternalInTheGateway() throws IOException {
        String conf = Files.readString(Path.of("..", "deploy", "gateway.conf"));
        assertThat(conf.replaceAll("\\s+", " ")).contains("location /internal { return 404; }")
                .contains("server aggregate-1:7070;", "server aggregate-2:7070;");
        List<String> mounts = at(services.get("gateway"), "volumes");
        assertThat(mounts).contains("./deploy/gateway.conf:/etc/nginx/conf.d/default.conf:ro");
    }

    @Test
    void shouldRequireBearerTokensOnEveryStage() {
        for (String s : STAGES) {
            StorywireConfig cfg = stageConfig(s);
            assertThat(cfg.httpToken()).as(s + " write token").isNotBlank();
            assertThat(cfg.httpInternalToken()).as(s + " internal token").isNotBlank().isNotEqualTo(cfg.httpToken());
            assertThat(env(s).get("STORYWIRE_HTTP_TOKEN")).startsWith("${STORYWIRE_HTTP_TOKEN:-");
            assertThat(env(s).get("STORYWIRE_HTTP_INTERNAL_TOKEN")).startsWith("${STORYWIRE_HTTP_INTERNAL_TOKEN:-");
        }
    }

    @Test
    void shouldGiveTheStagesOnlySettingsTheyKnow() {
        for (String s : STAGES) {
            assertThatCode(() -> stageConfig(s)).as(s).doesNotThrowAnyException();
        }
        assertThat(stageConfig("aggregate-1").processingGuarantee()).isEqualTo("exactly_once_v2");
        assertThat(stageConfig("aggregate-1").replicationFactor()).isEqualTo((short) 3);
    }

    /** The stage's config as the image would load it: the image's ENV, then the service's environment. */
    private static StorywireConfig stageConfig(String service) {
        Map<String, String> env = new HashMap<>(Map.of("STORYWIRE_DATA_DIR", "/var/lib/storywire",
                "STORYWIRE_STATE_DIR", "/var/lib/storywire/streams", "STORYWIRE_HTTP_HOST", "0.0.0.0"));
        env(service).forEach((k, v) -> env.put(k, substituted(v)));
        return StorywireConfig.load(null, Map.of(), env, new Properties());
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldScrapeEveryStageOnAHostItAnswers() throws IOException {
        Map<String, Object> prometheus = services.get("prometheus");
        List<String> mounts = at(prometheus, "volumes");
        assertThat(mounts).contains("./deploy/prometheus.yml:/etc/prometheus/prometheus.yml:ro");
        Map<String, Object> prom = yaml(Path.of("..", "deploy", "prometheus.yml"));
        List<String> targets = new ArrayList<>();
        for (Map<String, Object> job : (List<Map<String, Object>>) prom.get("scrape_configs")) {
            assertThat(job.get("metrics_path")).isEqualTo("/metrics");
            for (Map<String, Object> sc : (List<Map<String, Object>>) job.get("static_configs")) {
                targets.addAll((List<String>) sc.get("targets"));
            }
        }
        assertThat(targets).containsExactlyInAnyOrder("ingest:7080", "enrich:7072", "aggregate-1:7070",
                "aggregate-2:7070");
        for (String target : targets) {
            String service = target.substring(0, target.indexOf(':'));
            String port = target.substring(target.indexOf(':') + 1);
            assertThat(env(service)).as(target + " scrapes the probed port").containsEntry("HEALTHCHECK_PORT", port);
            // the stage's Host check (421 otherwise) lets Prometheus's Host header through
            assertThat(HttpPolicy.from(stageConfig(service)).hostAllowed(target)).as(target).isTrue();
        }
    }
}
