package io.storywire.aggregate.query.local;

import io.storywire.aggregate.store.StoryState;
import io.storywire.core.model.Story;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stories as the query path reads them, decoded once per version: a story's record is JSON, and decoding it (its
 * instants, entity counts and newest articles) was, with encoding the answer, most of what a story or topic-page
 * request cost and allocated (JFR, P4 in docs/benchmarks.md). The decoded story is kept with the exact bytes it came
 * from and handed out again only for equal bytes, so an answer never differs from a fresh decode, whichever store
 * or instance the bytes came from; a story that changed has other bytes and is decoded anew.
 *
 * <p>At most {@link #MAX_STORIES} are kept; past that the whole cache is dropped and refills with what is asked
 * (a page of a topic reads the newest stories, so the hot ones come back at once). Decoded stories are shared
 * between requests and must not be changed.
 */
final class DecodedStories {

    /** Stories kept: about 5 KB of record each, so a few tens of MB at most. */
    static final int MAX_STORIES = 4096;

    private record Decoded(byte[] bytes, Story story) {
    }

    private static final Map<String, Decoded> KEPT = new ConcurrentHashMap<>();

    private DecodedStories() {
    }

    /**
     * The story of a record read from a story-state store under {@code storeKey}, or null for none.
     *
     * @param stored the value as interactive queries return it (the record's bytes)
     */
    static Story of(String storeKey, Object stored) {
        if (!(stored instanceof byte[] bytes)) {
            return StoryState.STORIES.decode(stored);
        }
        Decoded kept = KEPT.get(storeKey);
        if (kept != null && Arrays.equals(kept.bytes(), bytes)) {
            return kept.story();
        }
        Story story = StoryState.STORIES.decode(bytes);
        if (story != null) {
            if (KEPT.size() >= MAX_STORIES) {
                KEPT.clear();
            }
            KEPT.put(storeKey, new Decoded(bytes, story));
        }
        return story;
    }

    /** Reads and decodes the story {@code id} from a story-state store, or null. */
    static Story read(org.apache.kafka.streams.state.ReadOnlyKeyValueStore<String, Object> store, String id) {
        String key = StoryState.STORIES.key(id);
        return of(key, store.get(key));
    }
}
