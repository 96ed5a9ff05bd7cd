package io.storywire.ingest;

import io.storywire.core.model.Article;
import io.storywire.ingest.dedup.Fingerprint;
import io.storywire.ingest.dedup.FingerprintStore;
import io.storywire.ingest.dedup.NearDuplicateDetector;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drops exact duplicates (an id seen before) and marks near-duplicates, with the detector's state in two
 * changelogged window stores: a restart or a rebalance remembers every article seen within the dedup retention,
 * and older state expires segment by segment instead of growing for ever.
 */
final class DedupProcessor implements Processor<String, Article, String, Article> {

    static final String FINGERPRINTS = "ingest-fingerprints";
    static final String BUCKETS = "ingest-lsh-buckets";

    private static final Logger log = LoggerFactory.getLogger(DedupProcessor.class);

    private final IngestSettings settings;
    private ProcessorContext<String, Article> context;
    private NearDuplicateDetector detector;
    private StoreBacked store;

    DedupProcessor(IngestSettings settings) {
        this.settings = settings;
    }

    @Override
    public void init(ProcessorContext<String, Article> context) {
        this.context = context;
        store = new StoreBacked(context.getStateStore(FINGERPRINTS), context.getStateStore(BUCKETS));
        detector = new NearDuplicateDetector(store, settings.shingleSize(), settings.nearDuplicateThreshold());
    }

    @Override
    public void process(Record<String, Article> record) {
        Article article = record.value();
        store.now = record.timestamp();
        NearDuplicateDetector.Verdict verdict = detector.admit(article.id(), article.body());
        switch (verdict.kind()) {
            case EXACT_DUPLICATE -> log.debug("article {} ingested again; not republished", article.id());
            case NEAR_DUPLICATE -> context.forward(record.withKey(article.id())
                    .withValue(article.withNearDuplicateOf(verdict.nearDuplicateOf())));
            case NEW -> context.forward(record.withKey(article.id()));
        }
    }

    /** Entries are stamped with the record's time; a lookup spans everything the stores still retain. */
    private static final class StoreBacked implements FingerprintStore {
        private final WindowStore<String, byte[]> fingerprints;
        private final WindowStore<String, String> buckets;
        long now;

        StoreBacked(WindowStore<String, byte[]> fingerprints, WindowStore<String, String> buckets) {
            this.fingerprints = fingerprints;
            this.buckets = buckets;
        }

        @Override
        public Fingerprint fingerprint(String articleId) {
            try (WindowStoreIterator<byte[]> it = fingerprints.backwardFetch(articleId, 0L, Long.MAX_VALUE)) {
                return it.hasNext() ? Fingerprint.fromBytes(it.next().value) : null;
            }
        }

        @Override
        public void putFingerprint(String articleId, Fingerprint fingerprint) {
            fingerprints.put(articleId, fingerprint.toBytes(), now);
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
    }
}
