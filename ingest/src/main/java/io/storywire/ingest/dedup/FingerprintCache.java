package io.storywire.ingest.dedup;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The decoded fingerprints of the articles a band group read or wrote last, by article id, least recently used
 * dropped first. A busy story's originals are verified against every new copy; decoding their fingerprints from
 * the store's bytes again each time was about a tenth of ingest's time. Only the decoding is saved: whether an
 * article is still known, its original and its groups are read from the store every time. Not thread-safe (one per
 * processor).
 */
public final class FingerprintCache {

    /** About 7 KB a 600-word article: some 7 MB a cache. */
    public static final int DEFAULT_SIZE = 1024;

    private final Map<String, TextFingerprint> texts;

    public FingerprintCache(int size) {
        this.texts = new LinkedHashMap<>(size * 4 / 3 + 1, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, TextFingerprint> eldest) {
                return size() > size;
            }
        };
    }

    /** The fingerprint last put for the id, or null. */
    public TextFingerprint get(String articleId) {
        return texts.get(articleId);
    }

    public void put(String articleId, TextFingerprint text) {
        texts.put(articleId, text);
    }

    int size() {
        return texts.size();
    }
}
