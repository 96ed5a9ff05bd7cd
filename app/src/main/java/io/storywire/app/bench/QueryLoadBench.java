package io.storywire.app.bench;

import io.storywire.app.BenchStages;
import io.storywire.core.config.StorywireConfig;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
 * P4: the query API under a steady request rate (open loop, as wrk2 would: each request's latency counts from when
 * it was due, so a stalled server is not hidden by a client that waits for it). The aggregate is started again on
 * the pipeline run's topics and state, and asked in turn for a story, an article and a topic's first page, drawn
 * from what the run produced.
 */
final class QueryLoadBench {

    private final BenchEnv env;
    private final int rate;
    private final int seconds;
    private final List<Integer> sweep;

    /** @param sweep further rates offered after {@code rate}, each for {@code seconds}, on the same server */
    QueryLoadBench(BenchEnv env, int rate, int seconds, List<Integer> sweep) {
        this.env = env;
        this.rate = rate;
        this.seconds = seconds;
        this.sweep = List.copyOf(sweep);
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
        out.put("offered_requests_per_s", rate);
        out.put("seconds", seconds);
        if (storyIds.isEmpty() || articleIds.isEmpty() || topics.isEmpty()) {
            out.put("error", "no stories or articles to ask for");
            return out;
        }
        env.log("%s: query load at %d requests/s starting", cfg.processingGuarantee(), rate);
        try (BenchStages aggregate = BenchStages.start(cfg, List.of("aggregate"))) {
            String url = aggregate.url();
            // HTTP/1.1 as wrk speaks it: the client's default (HTTP/2) sends an h2c upgrade on every new connection
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                    .version(HttpClient.Version.HTTP_1_1)
                    .executor(Executors.newFixedThreadPool(4)).build();
            awaitReady(http, url);
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
            out.put("latency_ms", LatencyBench.percentiles(all.stream().mapToDouble(Double::doubleValue).toArray()));
            out.put("endpoints", endpoints);
            out.put("load_average_1m", PipelineBenchmark.loadAverage());
            env.log("%s: query load: %s", cfg.processingGuarantee(), out);
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
                    env.log("%s: query sweep: %s", cfg.processingGuarantee(), rows.get(rows.size() - 1));
                }
                out.put("sweep", rows);
                out.put("highest_rate_p99_within_10ms", rows.stream()
                        .filter(x -> (long) x.get("errors") == 0 && x.get("p99") instanceof Number p
                                && p.doubleValue() <= P99_TARGET_MS)
                        .mapToInt(x -> (int) x.get("offered_requests_per_s")).max().orElse(0));
            }
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
            String endpoint;
            String path;
            switch (i % 3) {
                case 0 -> {
                    endpoint = "story";
                    path = "/api/stories/" + enc(storyIds.get(i / 3 % storyIds.size()));
                }
                case 1 -> {
                    endpoint = "article";
                    path = "/api/articles/" + enc(articleIds.get(i / 3 % articleIds.size()));
                }
                default -> {
                    endpoint = "topic";
                    path = "/api/topics/" + enc(topics.get(i / 3 % topics.size())) + "/stories";
                }
            }
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

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static void awaitReady(HttpClient http, String url) {
        for (int i = 0; i < 1200; i++) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(url + "/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not up yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            BenchEnv.sleep(100);
        }
        throw new IllegalStateException("the aggregate did not get ready");
    }
}
