package io.storywire.ingest;

import io.storywire.ingest.dedup.BandIndex;
import io.storywire.ingest.dedup.BandStore;
import io.storywire.ingest.dedup.FingerprintCache;
import io.storywire.ingest.dedup.Indexed;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.KeyValue;
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
    /** Paragraph counts kept in memory by each band group: some 2 MB. */
    static final int PARAGRAPH_COUNTS = 20_000;

    private final double containmentThreshold;
    private final double marksThreshold;
    private final Duration retentionPeriod;
    private ProcessorContext<String, DedupMessage> context;
    private StoreBacked store;
    private BandIndex index;

    /** @param retention the stores' retention: how long an entry stays readable */
    BandProcessor(double containmentThreshold, double marksThreshold, Duration retention) {
        this.containmentThreshold = containmentThreshold;
        this.marksThreshold = marksThreshold;
        this.retentionPeriod = retention;
    }

    @Override
    public void init(ProcessorContext<String, DedupMessage> context) {
        this.context = context;
        store = new StoreBacked(context.getStateStore(ARTICLES), context.getStateStore(BUCKETS),
                context.getStateStore(PARAGRAPHS), new Retention(retentionPeriod));
        index = new BandIndex(store, containmentThreshold, marksThreshold);
    }

    @Override
    public void process(Record<String, DedupMessage> record) {
        DedupMessage m = record.value();
        store.at(record.timestamp());
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
        /**
         * Paragraph counts read or written, by key: {count, time of the store entry}. Each probe reads the count of
         * every paragraph of each candidate it verifies, in each band group, and those reads were a sixth of the
         * groups' time at 12,000 articles. Only this processor writes the counts, so a cached count is the
         * store's while its entry is retained.
         */
        private final Map<String, long[]> counts = new LinkedHashMap<>(PARAGRAPH_COUNTS * 4 / 3 + 1, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, long[]> eldest) {
                return size() > PARAGRAPH_COUNTS;
            }
        };
        private final Retention retention;
        private long now;

        StoreBacked(WindowStore<String, byte[]> articles, WindowStore<String, String> buckets,
                WindowStore<String, Integer> paragraphs, Retention retention) {
            this.articles = articles;
            this.buckets = buckets;
            this.paragraphs = paragraphs;
            this.retention = retention;
        }

        void at(long recordTime) {
            now = recordTime;
            retention.observe(recordTime);
        }

        @Override
        public Indexed article(String articleId) {
            byte[] b = retention.latestValue(articles, articleId);
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
            try (WindowStoreIterator<String> it = buckets.backwardFetch(bandKey, retention.oldest(), Long.MAX_VALUE)) {
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
            long[] cached = counts.get(key);
            if (cached != null && retention.retains(cached[1])) {
                return (int) cached[0];
            }
            KeyValue<Long, Integer> entry = retention.latest(paragraphs, key);
            if (entry == null) {
                counts.remove(key);
                return 0;
            }
            counts.put(key, new long[] {entry.value, entry.key});
            return entry.value;
        }

        @Override
        public void putParagraphCount(String key, int count) {
            paragraphs.put(key, count, now);
            long[] cached = counts.get(key);
            if (cached == null || cached[1] <= now) {
                counts.put(key, new long[] {count, now}); // older than the retention, it reads as absent
            } else {
                counts.remove(key); // an out-of-order record's entry is not the newest: the store says which is
            }
        }
    }
}
