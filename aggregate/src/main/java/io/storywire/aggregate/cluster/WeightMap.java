package io.storywire.aggregate.cluster;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * An immutable term-to-weight map in arrays, in the order it was given: how a {@link StoryProfile} holds its views.
 * The clusterer caches thousands of profiles per task, and as {@code LinkedHashMap}s with boxed weights each cost
 * about 20 KB of heap, enough to outgrow a 768 MB heap by 100,000 articles (docs/benchmarks.md, "P5 with a smaller
 * heap"); here an entry is a key reference, a {@code double} and a slot of a hash table. Keys are interned: a topic's
 * stems recur in most of its profiles, and each profile built from an article would otherwise keep its own copies.
 * The iteration order is the given map's, so sums over a profile add up in the same order as before.
 */
final class WeightMap extends AbstractMap<String, Double> {

    private final String[] keys;
    private final double[] weights;
    /** open addressing: index + 1 of the key in {@link #keys}, 0 for a free slot; a power of two, under half full */
    private final int[] slots;

    private WeightMap(String[] keys, double[] weights) {
        this.keys = keys;
        this.weights = weights;
        int capacity = Integer.highestOneBit(Math.max(2, keys.length) * 2) * 2;
        this.slots = new int[capacity];
        for (int i = 0; i < keys.length; i++) {
            int s = slot(keys[i]);
            if (slots[s] != 0) {
                throw new IllegalArgumentException("duplicate key " + keys[i]);
            }
            slots[s] = i + 1;
        }
    }

    /** The map in this form; an empty one as {@link Map#of()}; a map with a null key or weight as it is. */
    static Map<String, Double> of(Map<String, Double> map) {
        if (map == null || map instanceof WeightMap) {
            return map;
        }
        if (map.isEmpty()) {
            return Map.of();
        }
        String[] keys = new String[map.size()];
        double[] weights = new double[keys.length];
        int i = 0;
        for (Map.Entry<String, Double> e : map.entrySet()) {
            if (e.getKey() == null || e.getValue() == null) {
                return map;
            }
            keys[i] = e.getKey().intern();
            weights[i] = e.getValue();
            i++;
        }
        return new WeightMap(keys, weights);
    }

    /** The slot that holds {@code key}, or the free slot where it would go. */
    private int slot(Object key) {
        int mask = slots.length - 1;
        int h = key.hashCode();
        int s = (h ^ (h >>> 16)) & mask;
        while (slots[s] != 0 && !keys[slots[s] - 1].equals(key)) {
            s = (s + 1) & mask;
        }
        return s;
    }

    @Override
    public int size() {
        return keys.length;
    }

    @Override
    public boolean containsKey(Object key) {
        return key != null && slots[slot(key)] != 0;
    }

    @Override
    public Double get(Object key) {
        if (key == null) {
            return null;
        }
        int i = slots[slot(key)];
        return i == 0 ? null : weights[i - 1];
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super Double> action) {
        for (int i = 0; i < keys.length; i++) {
            action.accept(keys[i], weights[i]);
        }
    }

    @Override
    public Set<Map.Entry<String, Double>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return keys.length;
            }

            @Override
            public Iterator<Map.Entry<String, Double>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < keys.length;
                    }

                    @Override
                    public Map.Entry<String, Double> next() {
                        if (next >= keys.length) {
                            throw new NoSuchElementException();
                        }
                        Map.Entry<String, Double> e = new SimpleImmutableEntry<>(keys[next], weights[next]);
                        next++;
                        return e;
                    }
                };
            }
        };
    }
}
