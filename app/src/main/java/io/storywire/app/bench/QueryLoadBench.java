package io.storywire.app.bench;

import com.fasterxml.jackson.core.type.TypeReference;
import io.storywire.core.config.StorywireConfig;
import io.storywire.core.serde.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * P4: the query API under a steady request rate (open loop, as wrk2 would: each request's latency counts from when
 * it was due, so a stalled server is not hidden by a client that waits for it). The aggregate is started again on
 * the pipeline run's topics and state, as a deployment runs it: a JVM of its own ({@code storywire stage aggregate},
 * JVM options {@link Options#serverJvm}), and asked in turn for a story, an article and a topic's first page, drawn
 * from what the run produced, by {@link QueryLoadGenerator} in a second JVM of its own. The benchmark JVM (broker,
 * P1's stages, their heap) only starts them and reads the figures, so its pauses are in neither.
 */
final class QueryLoadBench {

    /**
     * The server's JVM options unless {@code --query-jvm} says otherwise: ZGC, whose pauses do not grow with the
     * heap or the live set. Measured against Serial with a 32 MB young generation on this 2-core machine
     * (docs/benchmarks.md, "P4 with the query server in its own JVM"): Serial's young pauses were 12 ms at the median
     * and up to 350 ms on the loaded machine, and the warm p99 at 250-750 requests/s 70-310 ms; with ZGC 15-16 ms.
     */
    static final String DEFAULT_SERVER_JVM = "-Xmx512m -Xms512m -XX:+UseZGC";
    /**
     * The generator's, for the same reason: a pause of the generator delays sending, which the open-loop latencies
     * count against the server (with Serial its young pauses reached 650 ms while the cold server's queue was long).
     */
    static final String DEFAULT_GENERATOR_JVM = "-Xmx512m -Xms512m -XX:+UseZGC";

    /** What P4 offers and how its two processes run. */
    record Options(int rate, int seconds, List<Integer> sweep, String serverJvm, String generatorJvm, Path out) {
        Options {
            sweep = List.copyOf(sweep);
        }
    }

    private final BenchEnv env;
    private final Options o;

    QueryLoadBench(BenchEnv env, Options o) {
        this.env = env;
        this.o = o;
    }

    /** Idle connections the JDK HTTP client keeps, at most: see {@link #boundClientConnectionPool}. */
    static final int CLIENT_POOL = 256;

    /**
     * Bounds the JDK HTTP client's pool of idle connections (unbounded by default): it opens a connection per
     * request in flight and keeps them all, and takes one out of a linked list with a linear search
     * ({@code ConnectionPool$ExpiryList.remove}), so once a stall had opened thousands, every request paid for all of
     * them and the generator took more CPU than the server (JFR, P4 in docs/benchmarks.md). The pool size is read
     * once, when the first client is made in this JVM, so this runs before any stage starts. Sending is unchanged:
     * every request still goes when due, on a pooled connection or a new one.
     */
    static void boundClientConnectionPool() {
        if (System.getProperty("jdk.httpclient.connectionPoolSize") == null) {
            System.setProperty("jdk.httpclient.connectionPoolSize", Integer.toString(CLIENT_POOL));
        }
    }

    /** The latency the issue asks of P4 at the offered rate; the sweep reports the highest rate that meets it. */
    static final double P99_TARGET_MS = 10;

    Map<String, Object> run(StorywireConfig cfg, List<String> storyIds, List<String> articleIds, List<String> topics) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("offered_requests_per_s", o.rate());
        out.put("seconds", o.seconds());
        if (storyIds.isEmpty() || articleIds.isEmpty() || topics.isEmpty()) {
            out.put("error", "no stories or articles to ask for");
            return out;
        }
        List<String> serverJvm = new ArrayList<>(ChildJvm.options(o.serverJvm()));
        List<String> generatorJvm = new ArrayList<>(ChildJvm.options(o.generatorJvm()));
        out.put("server_jvm_options", String.join(" ", serverJvm));
        out.put("generator_jvm_options", String.join(" ", generatorJvm));
        Path serverPauses = o.out().resolve("p4-query-server-safepoints.log").toAbsolutePath();
        Path generatorPauses = o.out().resolve("p4-query-generator-safepoints.log").toAbsolutePath();
        // every stop of the JVM's threads (GC pauses and the rest), each with its duration: the server's and the
        // generator's pauses are reported beside the latencies they cause
        serverJvm.add("-Xlog:safepoint:file=" + serverPauses + ":uptime");
        generatorJvm.add("-Xlog:safepoint:file=" + generatorPauses + ":uptime");

        List<String> stageArgs = new ArrayList<>(List.of("stage", "aggregate", "--http-port", "0"));
        env.settings(cfg.topics().prefix(), cfg.processingGuarantee()).forEach((k, v) -> {
            stageArgs.add("-s");
            stageArgs.add(k + "=" + v);
        });
        env.log("%s: query server starting in a JVM of its own (%s)", cfg.processingGuarantee(), o.serverJvm());
        try (ChildJvm server = ChildJvm.start("query-server", serverJvm, "io.storywire.app.StorywireCommand",
                stageArgs, o.out().resolve("p4-query-server.log"))) {
            out.put("server_pid", server.pid());
            String url = awaitReady(server);
            Path input = env.dir.resolve("p4-query-input.json");
            Path result = env.dir.resolve("p4-query-result.json");
            Map<String, Object> in = new LinkedHashMap<>();
            in.put("url", url);
            in.put("rate", o.rate());
            in.put("seconds", o.seconds());
            in.put("sweep", o.sweep());
            in.put("story_ids", storyIds);
            in.put("article_ids", articleIds);
            in.put("topics", topics);
            Files.writeString(input, Json.MAPPER.writeValueAsString(in), StandardCharsets.UTF_8);
            env.log("%s: query load at %d requests/s starting (generator JVM: %s)", cfg.processingGuarantee(),
                    o.rate(), o.generatorJvm());
            double serverUptimeAtLoad = uptimeSeconds(server.pid());
            long loadStart = System.nanoTime();
            double serverCpuAtLoad = cpuSeconds(server.pid());
            int exit;
            try (ChildJvm generator = ChildJvm.start("query-generator", generatorJvm,
                    QueryLoadGenerator.class.getName(), List.of(input.toString(), result.toString()),
                    o.out().resolve("p4-query-generator.log"))) {
                out.put("generator_pid", generator.pid());
                // each rate's sending time, a minute at most for its last answers, and the start and warm-up
                long limit = (long) (1 + o.sweep().size()) * (o.seconds() + 60) + 120;
                exit = generator.waitFor(limit);
                if (exit != 0) {
                    out.put("error", "load generator " + (exit < 0 ? "did not finish in " + limit + " s"
                            : "exited with " + exit) + ": " + generator.tail(20));
                }
            }
            out.put("load_average_1m", PipelineBenchmark.loadAverage());
            // how much of the machine the server got while loaded: on shared cores the share, not the work per
            // request, can set the latency
            double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
            out.put("load_wall_s", ThroughputBench.round(loadSeconds));
            out.put("server_cpu_s", ThroughputBench.round(cpuSeconds(server.pid()) - serverCpuAtLoad));
            if (exit == 0) {
                out.putAll(Json.MAPPER.readValue(Files.readString(result),
                        new TypeReference<Map<String, Object>>() { }));
            }
            out.put("server_pauses", pauses(serverPauses, serverUptimeAtLoad));
            out.put("wrk", underWrk(server, url, storyIds, articleIds, topics, serverPauses));
            out.put("generator_pauses", pauses(generatorPauses, 0));
            env.log("%s: query load: %s", cfg.processingGuarantee(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * The headline rate again, now sent by wrk (after the generator, so on a warm server): its figures, the server's
     * CPU time and stops meanwhile; skipped, and said so, where no {@code wrk} is on the PATH.
     */
    private Map<String, Object> underWrk(ChildJvm server, String url, List<String> storyIds, List<String> articleIds,
                                         List<String> topics, Path serverPauses) {
        if (!WrkLoad.available()) {
            env.log("P4: wrk is not on the PATH; its run is skipped (Debian: apt-get install wrk)");
            return Map.of("skipped", "wrk is not on the PATH");
        }
        env.log("P4: %d requests/s for %d s under wrk", o.rate(), o.seconds());
        double uptime = uptimeSeconds(server.pid());
        double cpu = cpuSeconds(server.pid());
        Map<String, Object> w = WrkLoad.run(url, o.rate(), o.seconds(), storyIds, articleIds, topics, o.out());
        w.put("server_cpu_s", ThroughputBench.round(cpuSeconds(server.pid()) - cpu));
        w.put("server_pauses", pauses(serverPauses, uptime));
        env.log("P4 under wrk: %s", w);
        return w;
    }

    /** Seconds since the process started, as its JVM's uptime decoration counts them (near enough: a few ms). */
    private static double uptimeSeconds(long pid) {
        return ProcessHandle.of(pid).flatMap(p -> p.info().startInstant())
                .map(t -> Duration.between(t, Instant.now()).toMillis() / 1000.0).orElse(0.0);
    }

    /** CPU time (user and system) the process has used so far, in s; 0 where the OS does not say. */
    private static double cpuSeconds(long pid) {
        return ProcessHandle.of(pid).flatMap(p -> p.info().totalCpuDuration()).map(d -> d.toMillis() / 1000.0)
                .orElse(0.0);
    }

    private static final Pattern SAFEPOINT = Pattern.compile("^\\[([0-9.]+)s\\].*Total: (\\d+) ns");

    /**
     * The JVM's stops from its safepoint log after {@code fromSeconds} of uptime: how many, in all, the longest,
     * and how many took 1 ms or more and 10 ms or more.
     */
    static Map<String, Object> pauses(Path safepointLog, double fromSeconds) {
        Map<String, Object> m = new LinkedHashMap<>();
        List<Double> ms = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(safepointLog)) {
                Matcher x = SAFEPOINT.matcher(line);
                if (x.find() && Double.parseDouble(x.group(1)) >= fromSeconds) {
                    ms.add(Long.parseLong(x.group(2)) / 1e6);
                }
            }
        } catch (IOException | RuntimeException e) {
            m.put("error", "no safepoint log: " + e.getMessage());
            return m;
        }
        m.put("from_uptime_s", ThroughputBench.round(fromSeconds));
        m.put("count", ms.size());
        m.put("total_ms", ThroughputBench.round(ms.stream().mapToDouble(Double::doubleValue).sum()));
        m.put("max_ms", ThroughputBench.round(ms.stream().mapToDouble(Double::doubleValue).max().orElse(0)));
        m.put("at_least_1ms", ms.stream().filter(v -> v >= 1).count());
        m.put("at_least_10ms", ms.stream().filter(v -> v >= 10).count());
        return m;
    }

    private static final Pattern HTTP_LINE = Pattern.compile("^HTTP: (http://\\S+?)/?$");

    /**
     * The server's URL, from the line {@code storywire stage} prints once it listens (it asked for any free port),
     * then its {@code /health/ready}; fails fast, with its last output, if the process ends first.
     */
    private static String awaitReady(ChildJvm server) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
                .version(HttpClient.Version.HTTP_1_1).build();
        String url = null;
        long deadline = System.nanoTime() + 180_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (!server.alive()) {
                throw new IllegalStateException("the query server exited before it was ready:\n" + server.tail(30));
            }
            if (url == null) {
                try {
                    url = Files.readAllLines(server.log()).stream().map(HTTP_LINE::matcher).filter(Matcher::find)
                            .map(x -> x.group(1)).findFirst().orElse(null);
                } catch (IOException | java.io.UncheckedIOException e) {
                    // not written yet
                }
            }
            if (url != null) {
                try {
                    if (http.send(HttpRequest.newBuilder(URI.create(url + "/health/ready"))
                            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding())
                            .statusCode() == 200) {
                        return url;
                    }
                } catch (IOException e) {
                    // not up yet
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            BenchEnv.sleep(100);
        }
        throw new IllegalStateException("the query server did not get ready in 180 s:\n" + server.tail(30));
    }
}
