package io.storywire.ingest.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The band store in plain maps: for unit tests and offline replays (the evaluation runs the detector on it). */
public final class MemoryBandStore implements BandStore {

    private final Map<String, Indexed> articles = new HashMap<>();
    private final Map<String, List<String>> buckets = new HashMap<>();
    private final Map<String, Integer> paragraphs = new HashMap<>();

    @Override
    public Indexed article(String articleId) {
        return articles.get(articleId);
    }

    @Override
    public void putArticle(String articleId, Indexed article) {
        articles.put(articleId, article);
    }

    @Override
    public List<String> bucket(String bandKey) {
        return buckets.getOrDefault(bandKey, List.of());
    }

    /** Newest first, at most {@link #MAX_BUCKET}, as the store contract says. */
    @Override
    public void addToBucket(String bandKey, String articleId) {
        List<String> ids = new ArrayList<>(MAX_BUCKET);
        ids.add(articleId);
        List<String> old = buckets.getOrDefault(bandKey, List.of());
        ids.addAll(old.subList(0, Math.min(old.size(), MAX_BUCKET - 1)));
        buckets.put(bandKey, ids);
    }

    @Override
    public int paragraphCount(String key) {
        return paragraphs.getOrDefault(key, 0);
    }

    @Override
    public void putParagraphCount(String key, int count) {
        paragraphs.put(key, count);
    }
}
