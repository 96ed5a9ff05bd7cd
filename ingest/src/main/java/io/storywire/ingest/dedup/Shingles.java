package io.storywire.ingest.dedup;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Word shingles of a text as a sorted set of 32-bit hashes: what near-duplicate detection compares. */
public final class Shingles {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private Shingles() {
    }

    /** The distinct hashes of every run of {@code size} consecutive words, lower-cased, sorted ascending. */
    public static int[] of(String text, int size) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text == null ? "" : text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        if (words.size() < size) {
            return new int[0];
        }
        int[] hashes = new int[words.size() - size + 1];
        for (int i = 0; i < hashes.length; i++) {
            hashes[i] = hash(String.join(" ", words.subList(i, i + size)));
        }
        return Arrays.stream(hashes).sorted().distinct().toArray();
    }

    /** |a ∩ b| of two sorted sets. */
    public static int intersection(int[] a, int[] b) {
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                n++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return n;
    }

    /**
     * How much of the smaller set lies in the larger: 1.0 when one text is a cut of the other. Rewrites of a wire
     * story shorten it; plain Jaccard would punish the cut, containment does not.
     */
    public static double containment(int[] a, int[] b) {
        int smaller = Math.min(a.length, b.length);
        return smaller == 0 ? 0.0 : (double) intersection(a, b) / smaller;
    }

    /** FNV-1a over UTF-8, then a murmur finaliser: cheap, stable across JVMs and releases (unlike String.hashCode's contract). */
    static int hash(String s) {
        return mix(fnv(FNV_START, s.getBytes(StandardCharsets.UTF_8)));
    }

    /** FNV-1a's starting value; {@link #fnv} feeds it bytes, {@link #mix} finishes: hash(s) in parts. */
    static final int FNV_START = 0x811C9DC5;

    static int fnv(int h, byte[] bytes) {
        for (byte b : bytes) {
            h ^= b & 0xFF;
            h *= 0x01000193;
        }
        return h;
    }

    /** One byte (an ASCII character) fed to FNV-1a. */
    static int fnv(int h, int asciiByte) {
        h ^= asciiByte & 0xFF;
        return h * 0x01000193;
    }

    static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        h ^= h >>> 16;
        return h;
    }
}
