package io.storywire.ingest.dedup;

import java.util.List;

/**
 * The state of one band-group task: the articles it has seen, its LSH buckets and how many articles of each
 * source carried each paragraph. The Streams processor backs it with window stores (so it expires after the
 * dedup retention); {@link MemoryBandStore} with maps.
 */
public interface BandStore {

    /** {@link #bucket} returns at most this many ids: a shingle common to many articles stays cheap. */
    int MAX_BUCKET = 64;

    Indexed article(String articleId);

    void putArticle(String articleId, Indexed article);

    /** The ids in one LSH bucket, newest first, at most {@link #MAX_BUCKET}; empty when none. */
    List<String> bucket(String bandKey);

    void addToBucket(String bandKey, String articleId);

    /** How many articles carried this paragraph (key: source and paragraph hash); 0 when none. */
    int paragraphCount(String key);

    void putParagraphCount(String key, int count);
}
