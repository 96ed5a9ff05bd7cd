package io.storywire.app.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The benchmark report as Markdown and as a hand-written SVG chart (no charting dependency). */
final class BenchReport {

    private BenchReport() {
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    private static String num(Object o) {
        if (o instanceof Number n) {
            double d = n.doubleValue();
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.format(Locale.ROOT, "%,d", (long) d)
                    : String.format(Locale.ROOT, "%,.2f", d);
        }
        return o == null ? "-" : String.valueOf(o);
    }

    static String markdown(Map<String, Object> r) {
        StringBuilder b = new StringBuilder();
        Map<String, Object> machine = map(r.get("machine"));
        b.append("# Storywire pipeline benchmark\n\n");
        b.append("`").append(r.get("command")).append("` ").append(map(r.get("options"))).append("\n\n");
        b.append("Machine: ").append(machine.get("cores")).append(" cores, ").append(machine.get("cpu")).append(", ")
                .append(machine.get("java")).append(", max heap ").append(machine.get("max_heap_mb")).append(" MB, ")
                .append("MALLOC_ARENA_MAX ").append(machine.get("malloc_arena_max")).append(". ")
                .append("Started ").append(r.get("started")).append(", finished ").append(r.get("finished"))
                .append(". Load average (1 min) ").append(r.get("load_average_1m_at_start")).append(" at the start, ")
                .append(r.get("load_average_1m_at_end")).append(" at the end (the machine is shared).\n\n");
        Map<String, Object> input = map(r.get("input"));
        if (!input.isEmpty()) {
            b.append("Input: ").append(num(input.get("articles"))).append(" articles in ")
                    .append(num(input.get("stories"))).append(" stories, mean body ")
                    .append(num(input.get("mean_body_bytes"))).append(" bytes, ")
                    .append(num(input.get("untagged_share"))).append(" untagged; ").append(input.get("source"))
                    .append(".\n\n");
        }

        Map<String, Object> p1 = map(r.get("p1_throughput"));
        if (!p1.isEmpty()) {
            b.append("## P1 throughput (articles/s, first to last output record)\n\n");
            b.append("| guarantee | pipeline | identity pass-through | ingest alone | enrich alone | aggregate alone "
                    + "| pipeline / slowest stage | slowest alone | bottleneck by lag |\n");
            b.append("|---|---|---|---|---|---|---|---|---|\n");
            p1.forEach((g, v) -> {
                Map<String, Object> m = map(v);
                Map<String, Object> base = map(m.get("baselines"));
                b.append("| ").append(g).append(" | ").append(num(map(m.get("pipeline")).get("articles_per_s")));
                for (String s : List.of("identity", "ingest", "enrich", "aggregate")) {
                    b.append(" | ").append(num(map(base.get(s)).get("articles_per_s")));
                }
                b.append(" | ").append(num(m.get("pipeline_vs_slowest_stage"))).append(" | ")
                        .append(m.get("slowest_stage_alone")).append(" | ")
                        .append(map(m.get("bottleneck_by_lag")).get("stage")).append(" ")
                        .append(map(map(m.get("bottleneck_by_lag")).get("mean_articles_waiting"))).append(" |\n");
            });
            b.append("\nStart-up (seconds to the first output record) and wall time from start to the last output:\n\n");
            b.append("| guarantee | run | start-up s | first to last s | start to last s | articles/s from start "
                    + "| output records | output keys | load avg |\n");
            b.append("|---|---|---|---|---|---|---|---|---|\n");
            p1.forEach((g, v) -> {
                Map<String, Object> m = map(v);
                List<Object[]> runs = new ArrayList<>();
                runs.add(new Object[] {"pipeline", m.get("pipeline")});
                map(m.get("baselines")).forEach((k, x) -> runs.add(new Object[] {k, x}));
                for (Object[] run : runs) {
                    Map<String, Object> x = map(run[1]);
                    b.append("| ").append(g).append(" | ").append(run[0]).append(x.containsKey("timed_out")
                            ? " (timed out)" : "").append(" | ").append(num(x.get("startup_seconds"))).append(" | ")
                            .append(num(x.get("seconds_first_to_last_output"))).append(" | ")
                            .append(num(x.get("seconds_start_to_last_output"))).append(" | ")
                            .append(num(x.get("articles_per_s_from_start"))).append(" | ")
                            .append(num(x.get("output_records"))).append(" | ")
                            .append(num(x.get("distinct_output_keys"))).append(" | ")
                            .append(num(x.get("load_average_1m"))).append(" |\n");
                }
            });
            b.append("\nWritten to Kafka by the pipeline, per article (raw input excluded):\n\n");
            b.append("| guarantee | kind | records | bytes on disk at the end |\n|---|---|---|---|\n");
            p1.forEach((g, v) -> {
                Map<String, Object> w = map(map(v).get("kafka_writes"));
                map(w.get("per_article")).forEach((kind, x) -> b.append("| ").append(g).append(" | ").append(kind)
                        .append(" | ").append(num(map(x).get("records"))).append(" | ")
                        .append(num(map(x).get("bytes_on_disk"))).append(" |\n"));
                b.append("| ").append(g).append(" | aggregate changelog records per article per topic | ")
                        .append(num(w.get("aggregate_changelog_records_per_article_per_topic"))).append(" | |\n");
            });
            b.append("\nBy topic (").append(map(p1.values().iterator().next()).get("guarantee")).append("):\n\n");
            b.append("| topic | kind | records | bytes on disk |\n|---|---|---|---|\n");
            map(map(map(p1.values().iterator().next()).get("kafka_writes")).get("by_topic")).forEach((t, x) ->
                    b.append("| ").append(t).append(" | ").append(map(x).get("kind")).append(" | ")
                            .append(num(map(x).get("records"))).append(" | ").append(num(map(x).get("bytes_on_disk")))
                            .append(" |\n"));
            b.append("\n").append(map(map(p1.values().iterator().next()).get("kafka_writes")).get("note"))
                    .append(".\n\n");
        }

        Map<String, Object> p2 = map(r.get("p2_latency"));
        if (!p2.isEmpty()) {
            b.append("## P2 latency, article produced to its first story event (ms)\n\n");
            b.append("| guarantee | offered/s | sent | tagged | heard | p50 | p90 | p99 | max | story events/s "
                    + "| kept up |\n|---|---|---|---|---|---|---|---|---|---|---|\n");
            p2.forEach((g, byRate) -> map(byRate).forEach((rate, v) -> {
                Map<String, Object> m = map(v);
                Map<String, Object> l = map(m.get("latency_ms"));
                b.append("| ").append(g).append(" | ").append(rate).append(" | ").append(num(m.get("sent")))
                        .append(" | ").append(num(m.get("tagged_sent"))).append(" | ").append(num(m.get("heard")))
                        .append(" | ").append(num(l.get("p50"))).append(" | ").append(num(l.get("p90")))
                        .append(" | ").append(num(l.get("p99"))).append(" | ").append(num(l.get("max")))
                        .append(" | ").append(num(m.get("story_events_per_s"))).append(" | ")
                        .append(Boolean.TRUE.equals(m.get("kept_up")) ? "yes" : "**no**").append(" |\n");
            }));
            b.append("\n");
        }

        Map<String, Object> p3 = map(r.get("p3_clustering"));
        if (!p3.isEmpty()) {
            b.append("## P3 clustering cost per article against stories held (ms)\n\n").append(p3.get("method"))
                    .append(".\n\n| stories held | articles held | mean | p50 | p90 | p99 | CPU mean | CPU p50 | CPU p99 |\n"
                            + "|---|---|---|---|---|---|---|---|---|\n");
            for (Object o : (List<?>) p3.get("points")) {
                Map<String, Object> p = map(o);
                Map<String, Object> ms = map(p.get("ms_per_article"));
                b.append("| ").append(num(p.get("stories_held"))).append(" | ").append(num(p.get("articles_held")))
                        .append(" | ").append(num(ms.get("mean"))).append(" | ").append(num(ms.get("p50")))
                        .append(" | ").append(num(ms.get("p90"))).append(" | ").append(num(ms.get("p99")));
                Map<String, Object> cpu = map(p.get("cpu_ms_per_article"));
                b.append(" | ").append(num(cpu.get("mean"))).append(" | ").append(num(cpu.get("p50")))
                        .append(" | ").append(num(cpu.get("p99"))).append(" |\n");
            }
            b.append("\nCost at the largest size over the smallest: ").append(num(p3.get("cost_ratio_largest_to_smallest")))
                    .append(" (CPU time: ").append(num(p3.get("cpu_cost_ratio_largest_to_smallest"))).append(").\n\n");
        }
        map(r.get("p1_throughput")).forEach((g, v) -> {
            Map<String, Object> q = map(map(v).get("p4_query"));
            if (q.isEmpty()) {
                return;
            }
            b.append("## P4 query latency under load (").append(g).append(", ms from when each request was due)\n\n");
            b.append("Offered ").append(num(q.get("offered_requests_per_s"))).append(" requests/s for ")
                    .append(num(q.get("seconds"))).append(" s (sent at ").append(num(q.get("achieved_send_rate")))
                    .append("/s), errors ").append(num(q.get("errors"))).append(".\n\n");
            if (q.containsKey("server_jvm_options")) {
                b.append("Query server: the aggregate in a JVM of its own, `").append(q.get("server_jvm_options"))
                        .append("`; load generator in another, `").append(q.get("generator_jvm_options"))
                        .append("`. Load average (1 min) after the load: ").append(num(q.get("load_average_1m")))
                        .append(". While loaded (").append(num(q.get("load_wall_s"))).append(" s) the server used ")
                        .append(num(q.get("server_cpu_s"))).append(" s of CPU, the generator ")
                        .append(num(q.get("generator_cpu_s"))).append(" s (its whole run).\n\n");
                for (String who : List.of("server", "generator")) {
                    Map<String, Object> p = map(q.get(who + "_pauses"));
                    if (p.containsKey("count")) {
                        b.append("- ").append(who).append(" JVM stops (safepoints) from its uptime ")
                                .append(num(p.get("from_uptime_s"))).append(" s: ")
                                .append(num(p.get("count"))).append(", ").append(num(p.get("total_ms")))
                                .append(" ms in all, longest ").append(num(p.get("max_ms"))).append(" ms, ")
                                .append(num(p.get("at_least_10ms"))).append(" of 10 ms or more\n");
                    }
                }
                b.append("\n");
            }
            if (q.containsKey("error")) {
                b.append("Error: ").append(q.get("error")).append("\n\n");
            }
            b.append("| endpoint | requests | p50 | p90 | p99 | max |\n|---|---|---|---|---|---|\n");
            Map<String, Object> all = map(q.get("latency_ms"));
            b.append("| all | | ").append(num(all.get("p50"))).append(" | ").append(num(all.get("p90"))).append(" | ")
                    .append(num(all.get("p99"))).append(" | ").append(num(all.get("max"))).append(" |\n");
            map(q.get("endpoints")).forEach((e, x) -> {
                Map<String, Object> l = map(map(x).get("latency_ms"));
                b.append("| ").append(e).append(" | ").append(num(map(x).get("requests"))).append(" | ")
                        .append(num(l.get("p50"))).append(" | ").append(num(l.get("p90"))).append(" | ")
                        .append(num(l.get("p99"))).append(" | ").append(num(l.get("max"))).append(" |\n");
            });
            b.append("\n");
            Object sweep = q.get("sweep");
            if (sweep instanceof List<?> rows && !rows.isEmpty()) {
                b.append("Rate sweep on the same server (").append(num(q.get("seconds")))
                        .append(" s per rate): highest rate with p99 <= 10 ms and no errors: ")
                        .append(num(q.get("highest_rate_p99_within_10ms"))).append(" requests/s.\n\n");
                b.append("| offered/s | sent/s | errors | p50 | p90 | p99 | max |\n|---|---|---|---|---|---|---|\n");
                for (Object o : rows) {
                    Map<String, Object> x = map(o);
                    b.append("| ").append(num(x.get("offered_requests_per_s"))).append(" | ")
                            .append(num(x.get("achieved_send_rate"))).append(" | ").append(num(x.get("errors")))
                            .append(" | ").append(num(x.get("p50"))).append(" | ").append(num(x.get("p90")))
                            .append(" | ").append(num(x.get("p99"))).append(" | ").append(num(x.get("max")))
                            .append(" |\n");
                }
                b.append("\n");
            }
            Map<String, Object> w = map(q.get("wrk"));
            if (w.containsKey("skipped")) {
                b.append("Under wrk: skipped (").append(w.get("skipped")).append(").\n\n");
            } else if (w.containsKey("error")) {
                b.append("Under wrk: error: ").append(w.get("error")).append("\n\n");
            } else if (!w.isEmpty()) {
                Map<String, Object> l = map(w.get("latency_ms"));
                Map<String, Object> p = map(w.get("server_pauses"));
                b.append("Under wrk (`").append(w.get("command")).append("`, paced at ")
                        .append(num(w.get("offered_requests_per_s")))
                        .append(" requests/s; closed loop per connection, latency from when each request was "
                                + "written): ").append(num(w.get("requests"))).append(" requests at ")
                        .append(num(w.get("achieved_requests_per_s"))).append("/s, errors ")
                        .append(num(w.get("errors"))).append(", non-2xx ").append(num(w.get("non_2xx")))
                        .append("; p50 ").append(num(l.get("p50"))).append(" ms, p90 ").append(num(l.get("p90")))
                        .append(", p99 ").append(num(l.get("p99"))).append(", p99.9 ").append(num(l.get("p999")))
                        .append(", max ").append(num(l.get("max"))).append("; server CPU ")
                        .append(num(w.get("server_cpu_s"))).append(" s, its stops ").append(num(p.get("count")))
                        .append(" (longest ").append(num(p.get("max_ms"))).append(" ms).\n\n");
            }
        });
        Map<String, Object> p5 = map(r.get("p5_memory"));
        if (!p5.isEmpty()) {
            b.append("## P5 memory over a steady run\n\n").append(num(p5.get("offered_articles_per_s")))
                    .append(" articles/s offered for ").append(num(p5.get("seconds"))).append(" s (")
                    .append(num(p5.get("sent"))).append(" sent, ").append(p5.get("guarantee"))
                    .append("); the whole stack in this JVM.\n\n| s | sent | RSS MB | heap used MB | heap committed MB "
                            + "| non-heap MB | lag | state MB |\n|---|---|---|---|---|---|---|---|\n");
            for (Object o : (List<?>) p5.getOrDefault("samples", List.of())) {
                Map<String, Object> x = map(o);
                b.append("| ").append(num(x.get("s"))).append(" | ").append(num(x.get("sent"))).append(" | ")
                        .append(num(x.get("rss_mb"))).append(" | ").append(num(x.get("heap_used_mb"))).append(" | ")
                        .append(num(x.get("heap_committed_mb"))).append(" | ").append(num(x.get("non_heap_used_mb"))).append(" | ").append(num(x.get("lag")))
                        .append(" | ").append(num(x.get("state_mb"))).append(" |\n");
            }
            b.append("\nRSS first ").append(num(p5.get("rss_first_mb"))).append(" MB, last ")
                    .append(num(p5.get("rss_last_mb"))).append(" MB, peak ").append(num(p5.get("rss_peak_mb")))
                    .append(" MB; slope over the second half ").append(num(p5.get("rss_slope_second_half_mb_per_min")))
                    .append(" MB/min (local state ").append(num(p5.get("state_slope_second_half_mb_per_min")))
                    .append(" MB/min).\n\n");
        }
        Map<String, Object> end = map(r.get("memory_at_end"));
        b.append("## Memory at the end\n\nRSS ").append(num(end.get("rss_mb"))).append(" MB, peak ")
                .append(num(end.get("peak_rss_mb"))).append(" MB (").append(end.get("note")).append(").\n\n");
        b.append("Chart: report.svg (latency percentiles by rate and guarantee; clustering cost against stories held).\n");
        return b.toString();
    }

    /** Two panels: P2 latency percentiles per run (log scale bars), P3 mean cost against stories held. */
    static String svg(Map<String, Object> r) {
        int w = 900;
        int h = 420;
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "font-family=\"sans-serif\" font-size=\"11\">%n<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>%n", w, h));
        // left panel: latency
        int x0 = 60;
        int y0 = 40;
        int pw = 380;
        int ph = 300;
        s.append(text(x0, 20, "P2 latency, produce to story event (ms, log scale)", 13));
        List<String> labels = new ArrayList<>();
        List<double[]> values = new ArrayList<>();
        map(r.get("p2_latency")).forEach((g, byRate) -> map(byRate).forEach((rate, v) -> {
            Map<String, Object> l = map(map(v).get("latency_ms"));
            if (!l.isEmpty()) {
                labels.add(PipelineBenchmark.shortName(g) + " " + rate + "/s");
                values.add(new double[] {d(l.get("p50")), d(l.get("p90")), d(l.get("p99"))});
            }
        }));
        double max = values.stream().flatMapToDouble(java.util.Arrays::stream).max().orElse(1);
        double logMax = Math.ceil(Math.log10(Math.max(10, max)));
        axes(s, x0, y0, pw, ph);
        for (int e = 0; e <= logMax; e++) {
            int y = (int) (y0 + ph - ph * e / logMax);
            s.append(line(x0 - 4, y, x0, y)).append(text(x0 - 48, y + 4, String.format(Locale.ROOT, "%,d", (long) Math.pow(10, e)), 10));
        }
        String[] colours = {"#4c78a8", "#f58518", "#e45756"};
        String[] names = {"p50", "p90", "p99"};
        int groupW = values.isEmpty() ? pw : pw / values.size();
        for (int i = 0; i < values.size(); i++) {
            for (int k = 0; k < 3; k++) {
                double v = Math.max(1, values.get(i)[k]);
                int bh = (int) (ph * Math.log10(v) / logMax);
                int bx = x0 + i * groupW + 8 + k * (groupW - 16) / 3;
                s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"/>%n",
                        bx, y0 + ph - bh, Math.max(2, (groupW - 16) / 3 - 2), bh, colours[k]));
            }
            s.append(text(x0 + i * groupW + 8, y0 + ph + 16, labels.get(i), 10));
        }
        for (int k = 0; k < 3; k++) {
            s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\" fill=\"%s\"/>%n",
                    x0 + 10 + k * 60, y0 + ph + 30, colours[k])).append(text(x0 + 24 + k * 60, y0 + ph + 39, names[k], 10));
        }
        // right panel: clustering cost
        int x1 = 520;
        s.append(text(x1 - 30, 20, "P3 clustering cost per article (ms) vs stories held", 13));
        List<double[]> pts = new ArrayList<>();
        Object points = map(r.get("p3_clustering")).get("points");
        if (points instanceof List<?> list) {
            for (Object o : list) {
                Map<String, Object> p = map(o);
                Map<String, Object> ms = map(p.get("ms_per_article"));
                pts.add(new double[] {d(p.get("stories_held")), d(ms.get("mean")), d(ms.get("p99"))});
            }
        }
        int pw2 = 340;
        axes(s, x1, y0, pw2, ph);
        if (!pts.isEmpty()) {
            double xmin = Math.log10(Math.max(1, pts.stream().mapToDouble(p -> p[0]).min().orElse(1)));
            double xmax = Math.log10(Math.max(10, pts.stream().mapToDouble(p -> p[0]).max().orElse(10)));
            double ymax = pts.stream().mapToDouble(p -> p[2]).max().orElse(1) * 1.1;
            for (int series = 1; series <= 2; series++) {
                StringBuilder path = new StringBuilder();
                for (double[] p : pts) {
                    double fx = xmax == xmin ? 0.5 : (Math.log10(Math.max(1, p[0])) - xmin) / (xmax - xmin);
                    int px = (int) (x1 + 20 + fx * (pw2 - 40));
                    int py = (int) (y0 + ph - ph * p[series] / ymax);
                    path.append(path.length() == 0 ? "M" : " L").append(px).append(' ').append(py);
                    s.append(String.format(Locale.ROOT, "<circle cx=\"%d\" cy=\"%d\" r=\"3\" fill=\"%s\"/>%n", px, py,
                            colours[series == 1 ? 0 : 2]));
                    if (series == 1) {
                        s.append(text(px - 15, y0 + ph + 16, String.format(Locale.ROOT, "%,d", (long) p[0]), 10));
                    }
                }
                s.append(String.format(Locale.ROOT, "<path d=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"/>%n",
                        path, colours[series == 1 ? 0 : 2]));
            }
            for (int k = 0; k <= 4; k++) {
                int y = y0 + ph - ph * k / 4;
                s.append(line(x1 - 4, y, x1, y)).append(text(x1 - 40, y + 4,
                        String.format(Locale.ROOT, "%.2f", ymax * k / 4), 10));
            }
            s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\" fill=\"%s\"/>%n",
                    x1 + 10, y0 + ph + 30, colours[0])).append(text(x1 + 24, y0 + ph + 39, "mean", 10));
            s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\" fill=\"%s\"/>%n",
                    x1 + 70, y0 + ph + 30, colours[2])).append(text(x1 + 84, y0 + ph + 39, "p99", 10));
        }
        s.append("</svg>\n");
        return s.toString();
    }

    private static double d(Object o) {
        return o instanceof Number n ? n.doubleValue() : 0;
    }

    private static void axes(StringBuilder s, int x, int y, int w, int h) {
        s.append(line(x, y, x, y + h)).append(line(x, y + h, x + w, y + h));
    }

    private static String line(int x1, int y1, int x2, int y2) {
        return String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>%n",
                x1, y1, x2, y2);
    }

    private static String text(int x, int y, String t, int size) {
        return String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"%d\">%s</text>%n", x, y, size,
                t.replace("&", "&amp;").replace("<", "&lt;"));
    }
}
