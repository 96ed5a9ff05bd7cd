package io.storywire.aggregate;

import io.storywire.aggregate.cluster.Table;
import io.storywire.aggregate.store.StoryIndexKeys;
import io.storywire.aggregate.store.StoryState;
import io.storywire.core.model.Story;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stories table as the clusterer sees it, keeping the recency and size indexes ({@link StoryIndexKeys}) in step
 * with every story it writes: a put moves the story's index keys when its last seen time or size changed, a delete
 * (a story absorbed by a merge) removes them. The index writes go to tables staged like the stories', so they are
 * part of the article's all-or-nothing update and of its journal entry.
 *
 * <p>To know a story's current keys without reading and decoding it again, it remembers the position (time and
 * size) of each story it read or wrote during the article; {@link #discard} forgets them with the staged writes.
 */
final class StoryIndexer implements Table<Story> {

    private static final Logger log = LoggerFactory.getLogger(StoryIndexer.class);
    /** Stories read per batch while indexing state written by a build without the indexes. */
    static final int REBUILD_BATCH = 1000;

    /** Where a story sits in both indexes. */
    record Position(String topic, String id, int size, Instant lastSeen) {

        static Position of(Story s) {
            return s == null ? null : new Position(s.topic(), s.id(), s.size(), s.lastSeen());
        }

        String recencyKey() {
            return StoryIndexKeys.recencyKey(topic, lastSeen, id);
        }

        String sizeKey() {
            return StoryIndexKeys.sizeKey(topic, size, lastSeen, id);
        }
    }

    private final Table<Story> stories;
    private final Table<String> recency;
    private final Table<String> sizes;
    /** story id -> its position as the index holds it now, null when it has none; only stories seen this article */
    private final Map<String, Position> known = new HashMap<>();

    StoryIndexer(Table<Story> stories, Table<String> recency, Table<String> sizes) {
        this.stories = stories;
        this.recency = recency;
        this.sizes = sizes;
    }

    @Override
    public Story get(String key) {
        Story s = stories.get(key);
        known.putIfAbsent(key, Position.of(s));
        return s;
    }

    @Override
    public void put(String key, Story story) {
        Position before = current(key);
        stories.put(key, story);
        move(before, Position.of(story));
        known.put(key, Position.of(story));
    }

    @Override
    public void delete(String key) {
        Position before = current(key);
        stories.delete(key);
        move(before, null);
        known.put(key, null);
    }

    /** Forgets the positions learnt during an article, as its staged writes are applied or dropped. */
    void discard() {
        known.clear();
    }

    private Position current(String key) {
        if (!known.containsKey(key)) {
            // a story written without being read first (one just opened): its key is usually absent
            known.put(key, Position.of(stories.get(key)));
        }
        return known.get(key);
    }

    private void move(Position before, Position after) {
        String oldRecency = before == null ? null : before.recencyKey();
        String newRecency = after == null ? null : after.recencyKey();
        if (oldRecency != null && !oldRecency.equals(newRecency)) {
            recency.delete(oldRecency);
        }
        if (newRecency != null && !newRecency.equals(oldRecency)) {
            recency.put(newRecency, after.id());
        }
        String oldSize = before == null ? null : before.sizeKey();
        String newSize = after == null ? null : after.sizeKey();
        if (oldSize != null && !oldSize.equals(newSize)) {
            sizes.delete(oldSize);
        }
        if (newSize != null && !newSize.equals(oldSize)) {
            sizes.put(newSize, after.id());
        }
    }

    /**
     * Indexes every story of a store written by a build without the indexes, once: when {@link StoryState#INDEXED}
     * is absent, every story's keys are written (in batches, so no iterator is open while the store is written),
     * then the marker. A crash half-way leaves no marker, and the next start indexes again (the puts are the
     * same). A store without stories only gets the marker.
     *
     * @return the number of stories indexed, -1 when the store was indexed already
     */
    static long indexIfMissing(KeyValueStore<String, byte[]> state) {
        if (state.get(StoryState.INDEXED) != null) {
            return -1;
        }
        StoryState.Slice<Story> slice = StoryState.STORIES;
        long started = System.nanoTime();
        long indexed = 0;
        String from = slice.prefix();
        while (true) {
            List<Position> batch = new ArrayList<>(REBUILD_BATCH);
            String last = null;
            int read = 0;
            try (KeyValueIterator<String, byte[]> it = state.range(from, slice.end())) {
                while (it.hasNext() && read < REBUILD_BATCH) {
                    KeyValue<String, byte[]> kv = it.next();
                    last = kv.key;
                    read++;
                    Position p = Position.of(slice.decode(kv.value));
                    if (p != null) {
                        batch.add(p);
                    }
                }
            }
            for (Position p : batch) {
                state.put(StoryState.RECENCY.key(p.recencyKey()), StoryState.RECENCY.encode(p.id()));
                state.put(StoryState.SIZES.key(p.sizeKey()), StoryState.SIZES.encode(p.id()));
            }
            indexed += batch.size();
            if (read < REBUILD_BATCH) {
                break;
            }
            from = last + '\0';
        }
        state.put(StoryState.INDEXED, "1".getBytes(StandardCharsets.UTF_8));
        if (indexed > 0) {
            log.info("indexed {} stories by recency and size in {} ms (state written by a build without the "
                    + "indexes)", indexed, (System.nanoTime() - started) / 1_000_000);
        }
        return indexed;
    }
}
