package io.storywire.aggregate;

import io.storywire.aggregate.cluster.ScanTable;
import io.storywire.aggregate.cluster.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

/**
 * A table whose writes are held back: reads see them, the store below does not until they are applied. The
 * clusterer works on these, so an article's update of the story-state slices is first complete in memory, then
 * journaled, then written; an error while clustering leaves no store half-updated. Over the staged tables of one
 * article, the counters and the candidate index are held back again over a batch of articles ({@link #flush}).
 */
final class StagedTable<V> implements ScanTable<V> {

    private final Table<V> below;
    /** key -> final value of this article, null for a delete; insertion order is the order of first write */
    private final Map<String, V> staged = new LinkedHashMap<>();

    StagedTable(Table<V> below) {
        this.below = below;
    }

    @Override
    public V get(String key) {
        return staged.containsKey(key) ? staged.get(key) : below.get(key);
    }

    @Override
    public void put(String key, V value) {
        staged.put(key, value);
    }

    @Override
    public void delete(String key) {
        staged.put(key, null);
    }

    /** The store's entries under the prefix as this article's staged writes change them; the store below must scan. */
    @Override
    public NavigableMap<String, V> scan(String prefix) {
        if (!(below instanceof ScanTable<V> scannable)) {
            throw new UnsupportedOperationException("the table below cannot scan");
        }
        NavigableMap<String, V> out = scannable.scan(prefix);
        staged.forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                if (v == null) {
                    out.remove(k);
                } else {
                    out.put(k, v);
                }
            }
        });
        return out;
    }

    /** The held-back writes as absolute values: applying them twice gives what applying them once does. */
    StoryJournalEntry.Writes<V> writes() {
        Map<String, V> puts = new LinkedHashMap<>();
        List<String> deletes = new ArrayList<>();
        staged.forEach((k, v) -> {
            if (v == null) {
                deletes.add(k);
            } else {
                puts.put(k, v);
            }
        });
        return new StoryJournalEntry.Writes<>(puts, deletes);
    }

    void discard() {
        staged.clear();
    }

    /**
     * This table for a writer outside the articles' updates (the index sweep): reads as ever; a write replaces the
     * held-back write of its key when there is one, else goes straight to the store below, so it is neither lost
     * under a held-back value nor held back itself.
     */
    Table<V> patching() {
        return new Table<>() {
            @Override
            public V get(String key) {
                return StagedTable.this.get(key);
            }

            @Override
            public void put(String key, V value) {
                if (staged.containsKey(key)) {
                    staged.put(key, value);
                } else {
                    below.put(key, value);
                }
            }

            @Override
            public void delete(String key) {
                if (staged.containsKey(key)) {
                    staged.put(key, null);
                } else {
                    below.delete(key);
                }
            }
        };
    }

    /** How many keys have held-back writes. */
    int held() {
        return staged.size();
    }

    /**
     * Writes the held-back writes to the store below, each key once, and forgets them. The processor holds its term
     * counters and candidate index this way over a batch of articles (see "Held-back counters and index" in
     * aggregate/CLUSTERING.md): an article changes a few hundred of those keys, mostly the same common ones as the
     * articles before it, so written through they were most of the stage's store and changelog writes. The journal
     * keeps what a crash would lose of them.
     */
    void flush() {
        apply(writes());
        discard();
    }

    /** Writes {@code writes} to the store below: puts first, then deletes (a key is in one of the two at most). */
    void apply(StoryJournalEntry.Writes<V> writes) {
        writes.put().forEach(below::put);
        writes.delete().forEach(below::delete);
    }
}
