package io.storywire.app;

import java.util.ArrayList;
import java.util.List;

/** A Prometheus text exposition read back: the samples of one series, filtered by labels. */
record Scrape(String text) {

    /** Values of every sample of the series whose labels contain all the given {@code name="value"} pairs. */
    List<Double> values(String series, String... labels) {
        List<Double> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            int brace = line.indexOf('{');
            int space = line.lastIndexOf(' ');
            String name = brace > 0 ? line.substring(0, brace) : line.substring(0, space);
            if (!name.equals(series)) {
                continue;
            }
            String labelText = brace > 0 ? line.substring(brace, line.lastIndexOf('}') + 1) : "";
            boolean all = true;
            for (String l : labels) {
                all &= labelText.contains(l);
            }
            if (all) {
                out.add(Double.parseDouble(line.substring(space + 1)));
            }
        }
        return out;
    }

    /** Sum of the matching samples; 0 when there are none. */
    double sum(String series, String... labels) {
        return values(series, labels).stream().mapToDouble(Double::doubleValue).sum();
    }
}
