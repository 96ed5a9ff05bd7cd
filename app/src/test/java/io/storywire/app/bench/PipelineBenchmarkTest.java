package io.storywire.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.storywire.core.serde.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark end to end on a small input against the embedded broker: the report is written and carries the
 * figures; no timing is asserted (this machine's speed is not under test).
 */
class PipelineBenchmarkTest {

    @TempDir
    Path out;

    @Test
    void shouldWriteAReportWithPipelineAndBaselineFiguresAndKafkaWritesPerArticle() throws Exception {
        PipelineBenchmark.Options o = new PipelineBenchmark.Options();
        o.articles = 120;
        o.guarantees = List.of("at_least_once");
        o.latency = false;
        o.storiesHeld = List.of(50, 200);
        o.clusterSamples = 50;
        o.clusterWarmUp = 500;
        o.partitions = 1;
        o.queryRate = 50;
        o.querySeconds = 2;
        o.querySweep = List.of(20);
        o.queryServerJvm = "-Xmx256m -XX:+UseSerialGC -Xmn16m";
        o.queryGeneratorJvm = "-Xmx128m -XX:+UseSerialGC";
        o.soakRate = 5;
        o.soakSeconds = 15;
        o.out = out;
        Set<Long> childrenBefore = ProcessHandle.current().descendants().map(ProcessHandle::pid)
                .collect(Collectors.toSet());
        PipelineBenchmark.run(o, System.out);
        // P4's server and generator ran as processes of their own, and none is left running
        List<ProcessHandle> left = ProcessHandle.current().descendants()
                .filter(p -> !childrenBefore.contains(p.pid())).toList();
        assertThat(left).as("processes the benchmark left running").isEmpty();

        assertThat(out.resolve("report.md")).isNotEmptyFile();
        assertThat(Files.readString(out.resolve("report.svg"))).startsWith("<svg").endsWith("</svg>\n");
        JsonNode report = Json.MAPPER.readTree(Files.readString(out.resolve("report.json")));
        JsonNode p1 = report.path("p1_throughput").path("at_least_once");
        assertThat(p1.path("pipeline").path("articles_per_s").asDouble()).isPositive();
        assertThat(p1.path("pipeline").has("timed_out")).isFalse();
        for (String baseline : List.of("identity", "ingest", "enrich", "aggregate")) {
            JsonNode b = p1.path("baselines").path(baseline);
            assertThat(b.path("articles_per_s").asDouble()).as(baseline).isPositive();
            assertThat(b.path("output_records").asLong()).as(baseline).isPositive();
            assertThat(b.has("timed_out")).as(baseline).isFalse();
        }
        // the identity pass-through copies every raw record
        assertThat(p1.path("baselines").path("identity").path("output_records").asLong()).isEqualTo(120);
        assertThat(p1.path("kafka_writes").path("per_article").path("all").path("records").asDouble()).isPositive();
        assertThat(p1.path("kafka_writes").path("per_article").path("changelog").path("records").asDouble())
                .isPositive();
        assertThat(p1.path("kafka_writes").path("aggregate_changelog_records_per_article_per_topic").asDouble())
                .isPositive();
        assertThat(p1.path("bottleneck_by_lag").path("stage").asText()).isIn("ingest", "enrich", "aggregate");
        assertThat(p1.path("lag_timeline")).isNotEmpty();
        JsonNode p4 = p1.path("p4_query");
        assertThat(p4.path("errors").asLong()).isZero();
        assertThat(p4.path("server_jvm_options").asText()).isEqualTo("-Xmx256m -XX:+UseSerialGC -Xmn16m");
        assertThat(p4.path("generator_jvm_options").asText()).isEqualTo("-Xmx128m -XX:+UseSerialGC");
        // 50/s for 2 s, every one answered
        assertThat(p4.path("answered").asLong()).isEqualTo(100);
        long serverPid = p4.path("server_pid").asLong();
        long generatorPid = p4.path("generator_pid").asLong();
        assertThat(serverPid).isNotIn(0L, ProcessHandle.current().pid());
        assertThat(generatorPid).isNotIn(0L, ProcessHandle.current().pid(), serverPid);
        assertThat(ProcessHandle.of(serverPid).filter(ProcessHandle::isAlive)).isEmpty();
        assertThat(ProcessHandle.of(generatorPid).filter(ProcessHandle::isAlive)).isEmpty();
        // the server was the aggregate stage started as a deployment starts it, on the options given
        String serverLog = Files.readString(out.resolve("p4-query-server.log"));
        assertThat(serverLog).contains("-Xmx256m -XX:+UseSerialGC -Xmn16m").contains("Running [AGGREGATE]");
        assertThat(p4.path("server_pauses").has("error")).isFalse();
        assertThat(p4.path("server_pauses").path("count").isNumber()).isTrue();
        assertThat(p4.path("generator_pauses").has("error")).isFalse();
        // the server's CPU is read from its process while it runs, the generator's by the generator itself
        assertThat(p4.path("server_cpu_s").asDouble()).isPositive();
        assertThat(p4.path("generator_cpu_s").asDouble()).isPositive();
        assertThat(Files.readString(out.resolve("report.md"))).contains("-Xmx256m -XX:+UseSerialGC -Xmn16m");
        assertThat(p4.path("endpoints").path("story").path("requests").asLong()).isPositive();
        assertThat(p4.path("endpoints").path("article").path("requests").asLong()).isPositive();
        assertThat(p4.path("endpoints").path("topic").path("requests").asLong()).isPositive();
        // the sweep: the headline rate, then each further one, on the same server
        assertThat(p4.path("sweep")).hasSize(2);
        assertThat(p4.path("sweep").get(0).path("offered_requests_per_s").asInt()).isEqualTo(50);
        assertThat(p4.path("sweep").get(1).path("offered_requests_per_s").asInt()).isEqualTo(20);
        assertThat(p4.path("sweep").get(1).path("p99").asDouble()).isPositive();
        assertThat(p4.path("highest_rate_p99_within_10ms").asInt()).isIn(0, 20, 50);
        assertThat(Files.readString(out.resolve("report.md"))).contains("Rate sweep on the same server");
        // the headline rate again under wrk (.ci/run installs it), paced: unpaced, its 32 connections would send
        // thousands of requests in those 2 s
        JsonNode wrk = p4.path("wrk");
        assertThat(wrk.has("skipped")).as("wrk on the PATH").isFalse();
        assertThat(wrk.has("error")).as(wrk.path("error").asText()).isFalse();
        assertThat(wrk.path("errors").asLong()).isZero();
        assertThat(wrk.path("non_2xx").asLong()).isZero();
        assertThat(wrk.path("requests").asLong()).isBetween(60L, 140L);
        assertThat(wrk.path("latency_ms").path("p99").asDouble()).isPositive();
        assertThat(Files.readString(out.resolve("report.md"))).contains("Under wrk (`wrk -t1 -c32 -d2s");
        JsonNode p3 = report.path("p3_clustering").path("points");
        assertThat(p3).hasSize(2);
        assertThat(p3.get(1).path("stories_held").asInt()).isGreaterThan(p3.get(0).path("stories_held").asInt());
        assertThat(p3.get(1).path("ms_per_article").path("mean").asDouble()).isPositive();
        // P5: a sample every 10 s while sending (at 0 and 10 s), and one at the end; 5/s for 15 s sent
        JsonNode p5 = report.path("p5_memory");
        assertThat(p5.path("samples").size()).isBetween(3, 4);
        assertThat(p5.path("sent").asInt()).isBetween(60, 76);
        JsonNode last = p5.path("samples").get(p5.path("samples").size() - 1);
        assertThat(last.path("sent").asInt()).isEqualTo(p5.path("sent").asInt());
        assertThat(last.path("rss_mb").asLong()).isPositive();
        assertThat(last.path("state_mb").asDouble()).isPositive();
        assertThat(p5.path("rss_peak_mb").asLong()).isGreaterThanOrEqualTo(last.path("rss_mb").asLong());
        assertThat(p5.has("rss_slope_second_half_mb_per_min")).isTrue();
        assertThat(Files.readString(out.resolve("report.md"))).contains("## P5 memory over a steady run");
        // the allocator setting the run had (it moves the resident set), as this JVM was started
        String arenas = System.getenv().getOrDefault("MALLOC_ARENA_MAX", "glibc default");
        assertThat(report.path("machine").path("malloc_arena_max").asText()).isEqualTo(arenas);
        assertThat(Files.readString(out.resolve("report.md"))).contains("MALLOC_ARENA_MAX " + arenas + ".");
        assertThat(report.path("memory_at_end").path("rss_mb").asLong()).isPositive();
    }
}
