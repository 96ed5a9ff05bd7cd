package io.storywire.app.bench;

import com.fasterxml.jackson.core.type.TypeReference;
import io.storywire.core.serde.Json;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * P4's load generator, run as a JVM of its own ({@link QueryLoadBench} starts it): open loop, as wrk2 is, each
 * request's latency counted from when it was due, so a stalled server is not hidden by a client that waits for it,
 * and a stalled generator is not hidden either (a request it sends late is late). Apart from the benchmark JVM, the
 * pauses of the broker's and the pipeline's heap are not the generator's.
 *
 * <p>Reads a JSON file of {@code url}, {@code rate}, {@code seconds}, {@code sweep} and the {@code story_ids},
 * {@code article_ids} and {@code topics} to ask for; writes the P4 figures as JSON to the second argument.
 */
public final class QueryLoadGenerator {

    private QueryLoadGenerator() {
    }

    public static void main(String[] args) throws Exception {
        QueryLoadBench.boundClientConnectionPool();
        Map<String, Object> in = Json.MAPPER.readValue(Files.readString(Path.of(args[0])),
                new TypeReference<Map<String, Object>>() { });
        Map<String, Object> out = run((String) in.get("url"), ((Number) in.get("rate")).intValue(),
                ((Number) in.get("seconds")).intValue(), ints(in.get("sweep")), strings(in.get("story_ids")),
                strings(in.get("article_ids")), strings(in.get("topics")));
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            out.put("generator_cpu_s", ThroughputBench.round(os.getProcessCpuTime() / 1e9));
        }
        Files.writeString(Path.of(args[1]), Json.MAPPER.writeValueAsString(out), StandardCharsets.UTF_8);
        // the client's selector and executor threads are not daemons
        System.exit(0);
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object o) {
        return (List<String>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Integer> ints(Object o) {
        return ((List<Number>) o).stream().map(Number::intValue).toList();
    }

    /** The headline rate (after a second of warm-up), then each sweep rate, on the same server. */
    static Map<String, Object> run(String url, int rate, int seconds, List<Integer> sweep, List<String> storyIds,
                                   List<String> articleIds, List<String> topics) {
        Map<String, Object> out = new LinkedHashMap<>();
        // HTTP/1.1 as wrk speaks it: the client's default (HTTP/2) sends an h2c upgrade on every new connection
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(4)).build();
        // warm-up: a second of the same traffic, not counted
        load(http, url, storyIds, articleIds, topics, Math.min(rate, 200), 1, new ConcurrentHashMap<>(),
                new AtomicLong());
        Map<String, ConcurrentLinkedQueue<Double>> byEndpoint = new ConcurrentHashMap<>();
        AtomicLong errors = new AtomicLong();
        double sendSeconds = load(http, url, storyIds, articleIds, topics, rate, seconds, byEndpoint, errors);
        Map<String, Object> endpoints = new LinkedHashMap<>();
        List<Double> all = new ArrayList<>();
        byEndpoint.forEach((endpoint, ms) -> {
            all.addAll(ms);
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("requests", ms.size());
            e.put("latency_ms", LatencyBench.percentiles(ms.stream().mapToDouble(Double::doubleValue).toArray()));
            endpoints.put(endpoint, e);
        });
        out.put("achieved_send_rate", ThroughputBench.round(rate * seconds / sendSeconds));
        out.put("errors", errors.get());
        out.put("answered", all.size());
        out.put("latency_ms", LatencyBench.percentiles(all.stream().mapToDouble(Double::doubleValue).toArray()));
        out.put("endpoints", endpoints);
        if (!sweep.isEmpty()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            rows.add(row(rate, out));
            for (int r : sweep) {
                Map<String, ConcurrentLinkedQueue<Double>> by = new ConcurrentHashMap<>();
                AtomicLong errs = new AtomicLong();
                double sent = load(http, url, storyIds, articleIds, topics, r, seconds, by, errs);
                Map<String, Object> one = new LinkedHashMap<>();
                one.put("achieved_send_rate", ThroughputBench.round(r * seconds / sent));
                one.put("errors", errs.get());
                one.put("latency_ms", LatencyBench.percentiles(by.values().stream().flatMap(q -> q.stream())
                        .mapToDouble(Double::doubleValue).toArray()));
                rows.add(row(r, one));
            }
            out.put("sweep", rows);
            out.put("highest_rate_p99_within_10ms", rows.stream()
                    .filter(x -> ((Number) x.get("errors")).longValue() == 0 && x.get("p99") instanceof Number p
                            && p.doubleValue() <= QueryLoadBench.P99_TARGET_MS)
                    .mapToInt(x -> (int) x.get("offered_requests_per_s")).max().orElse(0));
        }
        return out;
    }

    private static Map<String, Object> row(int rate, Map<String, Object> result) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("offered_requests_per_s", rate);
        row.put("achieved_send_rate", result.get("achieved_send_rate"));
        row.put("errors", result.get("errors"));
        @SuppressWarnings("unchecked")
        Map<String, Object> l = (Map<String, Object>) result.get("latency_ms");
        for (String k : List.of("p50", "p90", "p99", "max")) {
            row.put(k, l.get(k));
        }
        return row;
    }

    /** Sends requests at the rate for the seconds and waits for every answer; returns the sending time in s. */
    private static double load(HttpClient http, String url, List<String> storyIds, List<String> articleIds,
                               List<String> topics, int rate, int seconds,
                               Map<String, ConcurrentLinkedQueue<Double>> byEndpoint, AtomicLong errors) {
        int count = rate * seconds;
        long interval = 1_000_000_000L / rate;
        List<CompletableFuture<?>> pending = new ArrayList<>(count);
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 1_000_000) {
                BenchEnv.sleep(wait / 1_000_000);
            }
            String endpoint = ENDPOINTS.get(i % 3);
            String path = path(i, storyIds, articleIds, topics);
            HttpRequest req = HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(10)).build();
            pending.add(http.sendAsync(req, HttpResponse.BodyHandlers.discarding()).whenComplete((r, e) -> {
                double ms = (System.nanoTime() - due) / 1e6;
                if (e != null || r.statusCode() != 200) {
                    errors.incrementAndGet();
                } else {
                    byEndpoint.computeIfAbsent(endpoint, k -> new ConcurrentLinkedQueue<>()).add(ms);
                }
            }));
        }
        double sendSeconds = (System.nanoTime() - start) / 1e9;
        try {
            CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).exceptionally(e -> null)
                    .get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            // counted per request above
        }
        return sendSeconds;
    }

    /** What the i-th request asks for: a story, an article and a topic's first page in turn. */
    static final List<String> ENDPOINTS = List.of("story", "article", "topic");

    /** The i-th request's path (wrk's script asks the same ones: {@link WrkLoad}). */
    static String path(int i, List<String> storyIds, List<String> articleIds, List<String> topics) {
        return switch (i % 3) {
            case 0 -> "/api/stories/" + enc(storyIds.get(i / 3 % storyIds.size()));
            case 1 -> "/api/articles/" + enc(articleIds.get(i / 3 % articleIds.size()));
            default -> "/api/topics/" + enc(topics.get(i / 3 % topics.size())) + "/stories";
        };
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
