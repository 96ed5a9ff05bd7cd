package io.storywire.eval.stories;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * BCubed precision, recall and F1 of a clustering against gold labels (Bagga and Baldwin 1998; Amigo et al. 2009):
 * for each item, precision is the share of its predicted cluster that shares its gold label and recall the share of
 * its gold cluster that shares its predicted cluster; both are averaged over items.
 */
public record BCubed(double precision, double recall, int items) {

    public double f1() {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    /**
     * @param gold      item to gold cluster label
     * @param predicted item to predicted cluster label; must hold exactly the items of {@code gold}
     */
    public static <T> BCubed of(Map<T, String> gold, Map<T, String> predicted) {
        if (!gold.keySet().equals(predicted.keySet())) {
            throw new IllegalArgumentException("gold and predicted must label the same items");
        }
        if (gold.isEmpty()) {
            return new BCubed(0, 0, 0);
        }
        // |gold cluster ∩ predicted cluster| for each (gold, predicted) pair, and each cluster's size
        Map<String, Integer> goldSize = new HashMap<>();
        Map<String, Integer> predictedSize = new HashMap<>();
        Map<Pair, Integer> both = new HashMap<>();
        gold.forEach((item, g) -> {
            String p = predicted.get(item);
            goldSize.merge(g, 1, Integer::sum);
            predictedSize.merge(p, 1, Integer::sum);
            both.merge(new Pair(g, p), 1, Integer::sum);
        });
        double precision = 0;
        double recall = 0;
        for (Map.Entry<T, String> e : gold.entrySet()) {
            String g = e.getValue();
            String p = predicted.get(e.getKey());
            double shared = both.get(new Pair(g, p));
            precision += shared / predictedSize.get(p);
            recall += shared / goldSize.get(g);
        }
        return new BCubed(precision / gold.size(), recall / gold.size(), gold.size());
    }

    private record Pair(String gold, String predicted) {
        Pair {
            Objects.requireNonNull(gold);
            Objects.requireNonNull(predicted);
        }
    }
}
