package io.storywire.aggregate.cluster;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Sparse vectors as maps from term to weight. Ties are broken by key so results never depend on map order. */
public final class SparseVectors {

    private SparseVectors() {
    }

    public static double norm(Map<String, Double> v) {
        double sum = 0;
        for (double w : v.values()) {
            sum += w * w;
        }
        return Math.sqrt(sum);
    }

    public static double dot(Map<String, Double> a, Map<String, Double> b) {
        Map<String, Double> small = a.size() <= b.size() ? a : b;
        Map<String, Double> large = small == a ? b : a;
        double sum = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double w = large.get(e.getKey());
            if (w != null) {
                sum += e.getValue() * w;
            }
        }
        return sum;
    }

    /** Cosine similarity; 0 when either vector is empty. */
    public static double cosine(Map<String, Double> a, Map<String, Double> b) {
        double na = norm(a);
        double nb = norm(b);
        return na == 0 || nb == 0 ? 0 : dot(a, b) / (na * nb);
    }

    /** The vector scaled to length 1 (empty stays empty). */
    public static Map<String, Double> unit(Map<String, Double> v) {
        double n = norm(v);
        Map<String, Double> out = new LinkedHashMap<>();
        if (n > 0) {
            v.forEach((k, w) -> out.put(k, w / n));
        }
        return out;
    }

    /** The k heaviest entries, heaviest first, ties by key. */
    public static Map<String, Double> top(Map<String, Double> v, int k) {
        Map<String, Double> out = new LinkedHashMap<>();
        v.entrySet().stream()
                .sorted(byWeightThenKey())
                .limit(k)
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** The keys of the k heaviest entries, heaviest first. */
    public static List<String> topKeys(Map<String, Double> v, int k) {
        return v.entrySet().stream().sorted(byWeightThenKey()).limit(k).map(Map.Entry::getKey).toList();
    }

    /** {@code a + b}, in a new map. */
    public static Map<String, Double> sum(Map<String, Double> a, Map<String, Double> b) {
        Map<String, Double> out = new LinkedHashMap<>(a);
        b.forEach((k, w) -> out.merge(k, w, Double::sum));
        return out;
    }

    private static Comparator<Map.Entry<String, Double>> byWeightThenKey() {
        return Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey());
    }
}
