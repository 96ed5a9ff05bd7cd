package io.storywire.ingest;

import io.storywire.core.model.Article;
import io.storywire.ingest.dedup.Fingerprint;
import io.storywire.ingest.dedup.FingerprintStore;
import io.storywire.ingest.dedup.NearDuplicateDetector;
import java.util.Arrays;
import java.util.List;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drops exact duplicates (an id seen before) and marks near-duplicates, with the detector's state in two
 * changelogged stores, so a restart or a rebalance remembers every article seen.
 */
final class DedupProcessor implements Processor<String, Article, String, Article> {

    static final String FINGERPRINTS = "ingest-fingerprints";
    static final String BUCKETS = "ingest-lsh-buckets";

    private static final Logger log = LoggerFactory.getLogger(DedupProcessor.class);

    private final IngestSettings settings;
    private ProcessorContext<String, Article> context;
    private NearDuplicateDetector detector;

    DedupProcessor(IngestSettings settings) {
        this.settings = settings;
    }

    @Override
    public void init(ProcessorContext<String, Article> context) {
        this.context = context;
        KeyValueStore<String, byte[]> fingerprints = context.getStateStore(FINGERPRINTS);
        KeyValueStore<String, String> buckets = context.getStateStore(BUCKETS);
        detector = new NearDuplicateDetector(new StoreBacked(fingerprints, buckets), settings.shingleSize(),
                settings.nearDuplicateThreshold());
    }

    @Override
    public void process(Record<String, Article> record) {
        Article article = record.value();
        NearDuplicateDetector.Verdict verdict = detector.admit(article.id(), article.body());
        switch (verdict.kind()) {
            case EXACT_DUPLICATE -> log.debug("article {} ingested again; not republished", article.id());
            case NEAR_DUPLICATE -> context.forward(record.withKey(article.id())
                    .withValue(article.withNearDuplicateOf(verdict.nearDuplicateOf())));
            case NEW -> context.forward(record.withKey(article.id()));
        }
    }

    private record StoreBacked(KeyValueStore<String, byte[]> fingerprints, KeyValueStore<String, String> buckets)
            implements FingerprintStore {

        @Override
        public Fingerprint fingerprint(String articleId) {
            byte[] b = fingerprints.get(articleId);
            return b == null ? null : Fingerprint.fromBytes(b);
        }

        @Override
        public void putFingerprint(String articleId, Fingerprint fingerprint) {
            fingerprints.put(articleId, fingerprint.toBytes());
        }

        @Override
        public List<String> bucket(String bandKey) {
            String ids = buckets.get(bandKey);
            return ids == null ? List.of() : Arrays.asList(ids.split(","));
        }

        @Override
        public void putBucket(String bandKey, List<String> articleIds) {
            buckets.put(bandKey, String.join(",", articleIds));
        }
    }
}
