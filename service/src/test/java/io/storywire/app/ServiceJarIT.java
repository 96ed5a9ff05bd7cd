package io.storywire.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The built service jar, as {@code unzip -l} and {@code java -jar} see it: what a deployment ships must hold the
 * stages and nothing of the test kit, the evaluations or the Kafka server.
 */
class ServiceJarIT {

    private static Path jar;
    private static List<String> entries;

    @BeforeAll
    static void listJar() throws IOException {
        jar = Path.of(System.getProperty("storywire.test.service.jar", "target/storywire-service.jar"));
        assertThat(jar).as("run through failsafe after package (./mvnw verify)").exists();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            entries = Collections.list(zip.entries()).stream().map(e -> e.getName()).toList();
        }
    }

    @Test
    void shouldHoldTheStagesAndTheirKafkaClients() {
        assertThat(entries).contains(
                "io/storywire/app/ServiceCommand.class",
                "io/storywire/app/Pipeline.class",
                "io/storywire/ingest/IngestStage.class",
                "io/storywire/enrich/EnrichStage.class",
                "io/storywire/aggregate/AggregateStage.class",
                "org/apache/kafka/streams/KafkaStreams.class",
                "org/apache/kafka/clients/admin/Admin.class",
                // RocksDB (the Streams stores) for the container platforms it keeps
                "librocksdbjni-linux64.so",
                "librocksdbjni-linux-aarch64.so");
    }

    @Test
    void shouldCarryNoTestKitNoKafkaServerNoScalaNoEval() {
        assertThat(entries).noneMatch(e -> e.endsWith("TopologyTestDriver.class"));
        assertThat(entries).noneMatch(e -> e.startsWith("kafka/server/"));
        assertThat(entries).noneMatch(e -> e.startsWith("kafka/") && e.endsWith(".class"));
        assertThat(entries).noneMatch(e -> e.startsWith("org/apache/kafka/server/") && e.contains("Broker"));
        assertThat(entries).noneMatch(e -> e.startsWith("org/apache/kafka/raft/"));
        assertThat(entries).noneMatch(e -> e.startsWith("scala/"));
        assertThat(entries).noneMatch(e -> e.startsWith("io/storywire/eval/"));
        assertThat(entries).noneMatch(e -> e.startsWith("io/storywire/broker/"));
        assertThat(entries).doesNotContain("META-INF/services/io.storywire.app.LocalBroker$Provider");
    }

    @Test
    void shouldStopOnAMistypedSettingNamingTheRightOne() throws Exception {
        Result r = java("config", "--effective", "-s", "procesing.guarantee=exactly_once_v2");
        assertThat(r.exit).isEqualTo(1);
        assertThat(r.err).contains("unknown setting 'procesing.guarantee'", "did you mean processing.guarantee?");
    }

    @Test
    void shouldPrintTheEffectiveConfigWithSecretsMasked() throws Exception {
        Result r = java("config", "--effective", "-s", "http.internal.token=peer-secret-xyz",
                "-s", "topic.partitions=6");
        assertThat(r.exit).as(r.err).isZero();
        assertThat(r.out).contains("http.internal.token = [hidden]", "topic.partitions = 6")
                .doesNotContain("peer-secret-xyz");
    }

    @Test
    void shouldRefuseToRunWithoutAClusterSinceItHasNoEmbeddedBroker() throws Exception {
        Result r = java("stage", "enrich", "--data-dir", Files.createTempDirectory("svc").toString(),
                "-s", "http.token=write-secret-abc");
        assertThat(r.exit).isEqualTo(1);
        assertThat(r.err).contains("no embedded broker", "STORYWIRE_BOOTSTRAP_SERVERS");
        // what it was started with came first, secrets masked
        assertThat(r.out + r.err).contains("effective configuration", "processing.guarantee = at_least_once",
                "http.token = [hidden]").doesNotContain("write-secret-abc");
    }

    private record Result(int exit, String out, String err) {
    }

    private static Result java(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        // the environment of the build must not configure the jar under test
        pb.environment().keySet().removeIf(k -> k.startsWith("STORYWIRE_"));
        Path out = Files.createTempFile("svc", ".out");
        Path err = Files.createTempFile("svc", ".err");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("exited").isTrue();
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
