package io.storywire.app.bench;

import com.fasterxml.jackson.core.type.TypeReference;
import io.storywire.core.serde.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * P4 under wrk, as the issue names it: the same mix of story, article and topic requests, sent by wrk (C, one
 * event loop) from a Lua script that paces them at the offered rate. wrk is a closed loop per connection and counts
 * a request's latency from when it was written, so a stalled server delays the requests behind it instead of
 * charging them (what the open-loop {@link QueryLoadGenerator} does count); its figures are reported beside that
 * generator's, not instead of them. It needs much less CPU than the JDK client, which on two shared cores leaves
 * more of them to the server.
 */
final class WrkLoad {

    /** Connections wrk keeps open; requests go out on whichever is free when due. */
    static final int CONNECTIONS = 32;

    private WrkLoad() {
    }

    /** Whether a {@code wrk} is on the PATH. */
    static boolean available() {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "wrk"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Runs wrk against {@code url} at {@code rate} requests/s for {@code seconds}, cycling through the paths;
     * returns its request count, errors and latency percentiles in ms (or {@code error}).
     */
    static Map<String, Object> run(String url, int rate, int seconds, List<String> storyIds, List<String> articleIds,
                                   List<String> topics, Path dir) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("offered_requests_per_s", rate);
        out.put("seconds", seconds);
        out.put("connections", CONNECTIONS);
        try {
            Path script = dir.resolve("p4-wrk.lua");
            Files.writeString(script, script(paths(storyIds, articleIds, topics), 1000.0 / rate),
                    StandardCharsets.UTF_8);
            Path log = dir.resolve("p4-wrk.log");
            List<String> command = List.of("wrk", "-t1", "-c" + CONNECTIONS, "-d" + seconds + "s", "--timeout", "10s",
                    "-s", script.toAbsolutePath().toString(), url);
            out.put("command", String.join(" ", command));
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            if (!p.waitFor(seconds + 60L, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                out.put("error", "wrk did not finish in " + (seconds + 60) + " s");
                return out;
            }
            List<String> lines = Files.readAllLines(log);
            String result = lines.stream().filter(l -> l.startsWith(RESULT)).findFirst().orElse(null);
            if (p.exitValue() != 0 || result == null) {
                out.put("error", "wrk exited with " + p.exitValue() + ": "
                        + String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size())));
                return out;
            }
            Map<String, Object> figures = Json.MAPPER.readValue(result.substring(RESULT.length()),
                    new TypeReference<Map<String, Object>>() { });
            out.putAll(figures);
            double duration = ((Number) figures.get("duration_s")).doubleValue();
            out.put("achieved_requests_per_s", ThroughputBench.round(
                    ((Number) figures.get("requests")).longValue() / Math.max(duration, 1e-9)));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every path {@link QueryLoadGenerator} asks for, in its order, once. */
    static List<String> paths(List<String> storyIds, List<String> articleIds, List<String> topics) {
        int n = 3 * Math.max(storyIds.size(), Math.max(articleIds.size(), topics.size()));
        List<String> paths = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            paths.add(QueryLoadGenerator.path(i, storyIds, articleIds, topics));
        }
        return paths;
    }

    private static final String RESULT = "STORYWIRE-WRK ";

    /**
     * The Lua script: one schedule for the thread, a request due every {@code intervalMs}; each free connection
     * waits ({@code delay}) until the next slot, so the offered rate holds while the answers are fast. LuaJIT's FFI
     * gives the monotonic clock wrk's Lua API does not. {@code done} prints the figures as one JSON line.
     */
    static String script(List<String> paths, double intervalMs) {
        StringBuilder b = new StringBuilder();
        b.append("-- written by storywire bench (P4); run by wrk\n");
        b.append("local ffi = require(\"ffi\")\n");
        b.append("ffi.cdef[[ typedef struct { long tv_sec; long tv_nsec; } sw_timespec;"
                + " int clock_gettime(int, sw_timespec *); ]]\n");
        b.append("local ts = ffi.new(\"sw_timespec\")\n");
        b.append("local function now_ms() ffi.C.clock_gettime(1, ts)"
                + " return tonumber(ts.tv_sec) * 1000 + tonumber(ts.tv_nsec) / 1e6 end\n");
        b.append("local paths = {\n");
        for (String p : paths) {
            // ids are URL-encoded, so they hold no quote or backslash
            b.append("  \"").append(p).append("\",\n");
        }
        b.append("}\n");
        b.append("local interval = ").append(intervalMs).append("\n");
        b.append("local due = nil\nlocal i = 0\n");
        b.append("function delay()\n  local now = now_ms()\n  if due == nil then due = now end\n"
                + "  due = due + interval\n  local d = due - now\n  if d < 0 then return 0 end\n"
                + "  return math.floor(d)\nend\n");
        b.append("function request()\n  i = i + 1\n  return wrk.format(\"GET\", paths[(i - 1) % #paths + 1])\nend\n");
        b.append("function done(summary, latency, requests)\n"
                + "  local e = summary.errors\n"
                + "  io.write(string.format('" + RESULT + "{\"requests\":%d,\"duration_s\":%.3f,"
                + "\"errors\":%d,\"non_2xx\":%d,\"latency_ms\":{\"p50\":%.3f,\"p90\":%.3f,\"p99\":%.3f,"
                + "\"p999\":%.3f,\"max\":%.3f,\"mean\":%.3f}}\\n',\n"
                + "    summary.requests, summary.duration / 1e6, e.connect + e.read + e.write + e.timeout,"
                + " e.status,\n"
                + "    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,"
                + "\n    latency:percentile(99.9) / 1000, latency.max / 1000, latency.mean / 1000))\n"
                + "end\n");
        return b.toString();
    }
}
