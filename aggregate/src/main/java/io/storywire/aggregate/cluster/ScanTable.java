package io.storywire.aggregate.cluster;

import java.util.NavigableMap;

/**
 * A {@link Table} that can also list the keys under a prefix, in key order: what a merge needs to move every member of
 * a story without the story record listing them all.
 */
public interface ScanTable<V> extends Table<V> {

    /** Every entry whose key starts with {@code prefix}, by key. */
    NavigableMap<String, V> scan(String prefix);

    /**
     * The upper bound of a range over the keys starting with {@code prefix}: the prefix with its last character raised
     * by one, so every such key sorts below it (as UTF-8 bytes too, whatever characters follow the prefix; a bound of
     * prefix + U+FFFF would miss keys going on with a supplementary character). The prefix must not be empty.
     */
    static String upperBound(String prefix) {
        return prefix.substring(0, prefix.length() - 1) + (char) (prefix.charAt(prefix.length() - 1) + 1);
    }
}
