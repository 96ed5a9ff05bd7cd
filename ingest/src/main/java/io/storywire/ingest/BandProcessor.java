package io.storywire.ingest;

import io.storywire.ingest.dedup.BandIndex;
import io.storywire.ingest.dedup.BandStore;
import io.storywire.ingest.dedup.FingerprintCache;
import io.storywire.ingest.dedup.Indexed;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * One band group (one partition of the band topic): answers each probe with the best earlier near-copy its
 * buckets lead to, keyed by the probing article's id for the gather; takes each settled verdict in, so that later
 * copies point at the original. State: three changelogged window stores, forgotten after the dedup retention.
 */
final class BandProcessor implements Processor<String, DedupMessage, String, DedupMessage> {

    static final String ARTICLES = "ingest-band-articles";
    static final String BUCKETS = "ingest-band-buckets";
    static final String PARAGRAPHS = "ingest-band-paragraphs";

    private final double containmentThreshold;
    private final double marksThreshold;
    private ProcessorContext<String, DedupMessage> context;
    private StoreBacked store;
    private BandIndex index;

    BandProcessor(double containmentThreshold, double marksThreshold) {
        this.containmentThreshold = containmentThreshold;
        this.marksThreshold = marksThreshold;
    }

    @Override
    public void init(ProcessorContext<String, DedupMessage> context) {
        this.context = context;
        store = new StoreBacked(context.getStateStore(ARTICLES), context.getStateStore(BUCKETS),
                context.getStateStore(PARAGRAPHS));
        index = new BandIndex(store, containmentThreshold, marksThreshold);
    }

    @Override
    public void process(Record<String, DedupMessage> record) {
        DedupMessage m = record.value();
        store.now = record.timestamp();
        if (m.probe() != null) {
            context.forward(record.withKey(m.probe().articleId()).withValue(DedupMessage.of(index.answer(m.probe()))));
        } else if (m.settle() != null) {
            index.settle(m.settle().articleId(), m.settle().originalId());
        }
    }

    /** Entries are stamped with the record's time; a lookup spans everything the stores still retain. */
    private static final class StoreBacked implements BandStore {
        private final WindowStore<String, byte[]> articles;
        private final WindowStore<String, String> buckets;
        private final WindowStore<String, Integer> paragraphs;
        /** Decoded fingerprints of recently read or written articles, by id (an id's fingerprint never changes). */
        private final FingerprintCache texts = new FingerprintCache(FingerprintCache.DEFAULT_SIZE);
        long now;

        StoreBacked(WindowStore<String, byte[]> articles, WindowStore<String, String> buckets,
                WindowStore<String, Integer> paragraphs) {
            this.articles = articles;
            this.buckets = buckets;
            this.paragraphs = paragraphs;
        }

        @Override
        public Indexed article(String articleId) {
            byte[] b = latest(articles, articleId);
            if (b == null) {
                return null; // the store decides what is still retained; the cache below only saves decoding
            }
            Indexed a = Indexed.fromBytes(b, texts.get(articleId));
            texts.put(articleId, a.text());
            return a;
        }

        @Override
        public void putArticle(String articleId, Indexed article) {
            // stamped with the article's own time: a later settle overwrites the entry instead of adding one
            articles.put(articleId, article.toBytes(), article.time());
            texts.put(articleId, article.text());
        }

        @Override
        public List<String> bucket(String bandKey) {
            List<String> ids = new ArrayList<>();
            try (WindowStoreIterator<String> it = buckets.backwardFetch(bandKey, 0L, Long.MAX_VALUE)) {
                while (it.hasNext() && ids.size() < MAX_BUCKET) {
                    ids.add(it.next().value);
                }
            }
            return ids;
        }

        @Override
        public void addToBucket(String bandKey, String articleId) {
            buckets.put(bandKey, articleId, now);
        }

        @Override
        public int paragraphCount(String key) {
            Integer n = latest(paragraphs, key);
            return n == null ? 0 : n;
        }

        @Override
        public void putParagraphCount(String key, int count) {
            paragraphs.put(key, count, now);
        }

        private static <V> V latest(WindowStore<String, V> store, String key) {
            try (WindowStoreIterator<V> it = store.backwardFetch(key, 0L, Long.MAX_VALUE)) {
                return it.hasNext() ? it.next().value : null;
            }
        }
    }
}
