package io.storywire.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.storywire.core.serde.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The launcher's log lines (service/src/main/resources/logback.xml), read from a JVM that logs through it: dated lines
 * with thread and logger by default, JSON lines with {@code -Dstorywire.log.format=json} or
 * {@code STORYWIRE_LOG_FORMAT=json}, Kafka Streams state transitions at INFO and other Kafka INFO left out.
 */
class LogFormatTest {

    @Test
    void shouldWriteDatedLinesWithThreadAndLoggerByDefault() throws Exception {
        List<String> lines = run(List.of(), Map.of());
        assertThat(lines).anyMatch(l -> l.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}(Z|[+-]\\d{2}:\\d{2}) "
                + "INFO  \\[probe-thread\\] io\\.storywire\\.app\\.LogProbe - probe says \"hello\" to ops"));
        assertThat(lines).anyMatch(l -> l.contains("INFO  [probe-thread] o.apache.kafka.streams.KafkaStreams - "
                + "stream-client [probe] State transition from REBALANCING to RUNNING"));
        assertThat(lines).noneMatch(l -> l.contains("kafka chatter"));
        assertThat(lines).anyMatch(l -> l.contains("WARN  [probe-thread] io.storywire.app.LogProbe - probe failed"));
        assertThat(lines).anyMatch(l -> l.contains("java.lang.IllegalStateException: on purpose"));
    }

    @Test
    void shouldWriteJsonLinesWhenTheSystemPropertyAsks() throws Exception {
        checkJson(run(List.of("-Dstorywire.log.format=json"), Map.of()));
    }

    @Test
    void shouldWriteJsonLinesWhenTheEnvironmentAsks() throws Exception {
        checkJson(run(List.of(), Map.of("STORYWIRE_LOG_FORMAT", "JSON")));
    }

    @Test
    void shouldFallBackToTextOnAnUnknownFormatRatherThanGoSilent() throws Exception {
        List<String> lines = run(List.of("-Dstorywire.log.format=xml"), Map.of());
        assertThat(lines).anyMatch(l -> l.endsWith("INFO  [probe-thread] io.storywire.app.LogProbe - probe says "
                + "\"hello\" to ops"));
    }

    private static void checkJson(List<String> lines) throws IOException {
        assertThat(lines).isNotEmpty();
        List<JsonNode> events = new ArrayList<>();
        for (String line : lines) {
            events.add(Json.MAPPER.readTree(line)); // every line is one JSON object, stack traces included
        }
        JsonNode hello = events.stream().filter(e -> e.path("loggerName").asText().equals(LogProbe.class.getName())
                && e.path("level").asText().equals("INFO")).findFirst().orElseThrow();
        assertThat(hello.path("formattedMessage").asText()).isEqualTo("probe says \"hello\" to ops");
        assertThat(hello.path("threadName").asText()).isEqualTo("probe-thread");
        assertThat(hello.path("timestamp").asLong()).isGreaterThan(1_700_000_000_000L);
        assertThat(events).anyMatch(e -> e.path("loggerName").asText().equals("org.apache.kafka.streams.KafkaStreams")
                && e.path("formattedMessage").asText().contains("State transition"));
        assertThat(events).noneMatch(e -> e.path("formattedMessage").asText().contains("kafka chatter"));
        JsonNode warn = events.stream().filter(e -> e.path("level").asText().equals("WARN")).findFirst().orElseThrow();
        assertThat(warn.path("throwable").path("className").asText()).isEqualTo("java.lang.IllegalStateException");
    }

    private static List<String> run(List<String> jvmOptions, Map<String, String> env) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), LogProbe.class.getName()));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().remove("STORYWIRE_LOG_FORMAT");
        pb.environment().putAll(env);
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        return Arrays.stream(new String(out, StandardCharsets.UTF_8).split("\n")).filter(l -> !l.isBlank()).toList();
    }
}
