package io.storywire.aggregate;

import io.storywire.aggregate.cluster.Clusterer;
import io.storywire.aggregate.store.StoreNames;
import io.storywire.aggregate.store.EntityIndexKeys;
import io.storywire.core.model.EnrichedArticle;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the latest enriched version of every article by its id, and the entity index over it: one entry per entity
 * the article names. A re-delivered article rewrites the same entries; a re-enriched one that no longer names an
 * entity loses that entry (the previous version is one point read, the only one in hand).
 *
 * <p>The entity index is derived from the articles store and has no changelog: it was the larger half of the
 * stage's changelog records (about 12 per article and topic, one per entity). So whenever the task starts, whatever
 * the store holds (nothing on a new instance, an old copy after the task moved away and back, entries a crash left
 * behind), {@link #init} rebuilds it from the articles, which their changelog restored: it deletes the {@link
 * EntityIndexKeys#BUILT} marker, then every entry, writes the entries of every article, then the marker again, so a
 * query never reads a partial index as a whole one.
 *
 * <p>Articles expire: one whose time (its published time, or ingest time when it has none or claims to be from the
 * future) is older than the expiry by this task's clock (the latest dated article time it has stored since it
 * started) leaves both stores, from a punctuator that visits a batch of articles at a time. The clock is data time,
 * not wall time, so a replay of old articles keeps them as long as the live run did; it is not stored, so after a
 * restart nothing expires until the next dated article sets it again.
 */
final class ArticleStoreWriter implements Processor<String, EnrichedArticle, Void, Void> {

    private static final Logger log = LoggerFactory.getLogger(ArticleStoreWriter.class);

    /** How often a batch of articles (and one of entity-index entries) is checked for expiry. */
    static final Duration EXPIRY_INTERVAL = Duration.ofMinutes(1);
    static final int EXPIRY_BATCH = 2_000;
    private final StateExpiry expiry;
    /** latest dated article time stored since start (epoch millis), or MIN_VALUE before the first */
    private long clock = Long.MIN_VALUE;
    private String articlesFrom;
    private String entitiesFrom;

    private KeyValueStore<String, EnrichedArticle> store;
    private KeyValueStore<String, String> entityIndex;
    /** a record whose writes failed half-way (the stage resumed after the error): written again first */
    private Record<String, EnrichedArticle> unfinished;

    ArticleStoreWriter(StateExpiry expiry) {
        this.expiry = expiry;
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        store = context.getStateStore(StoreNames.ARTICLES);
        entityIndex = context.getStateStore(StoreNames.ENTITY_INDEX);
        rebuildEntityIndex(context.taskId().toString());
        if (expiry.enabled()) {
            context.schedule(EXPIRY_INTERVAL, PunctuationType.WALL_CLOCK_TIME, now -> expire());
        }
    }

    @Override
    public void process(Record<String, EnrichedArticle> record) {
        if (unfinished != null) {
            Record<String, EnrichedArticle> again = unfinished;
            unfinished = null;
            write(again);
        }
        write(record);
    }

    private void rebuildEntityIndex(String task) {
        long start = System.nanoTime();
        entityIndex.delete(EntityIndexKeys.BUILT);
        int deleted = 0;
        // in pages of keys: no store is written while an iterator of it is open
        for (List<String> page = firstKeys(entityIndex, null); !page.isEmpty();
             page = firstKeys(entityIndex, page.get(page.size() - 1))) {
            page.forEach(entityIndex::delete);
            deleted += page.size();
        }
        int articles = 0;
        int entries = 0;
        // the articles store is only read here, so its iterator may stay open while the index is written
        try (KeyValueIterator<String, EnrichedArticle> it = store.all()) {
            while (it.hasNext()) {
                KeyValue<String, EnrichedArticle> kv = it.next();
                articles++;
                for (String entityId : EntityIndexKeys.entityIds(kv.value)) {
                    entityIndex.put(EntityIndexKeys.key(entityId, kv.key), kv.key);
                    entries++;
                }
            }
        }
        entityIndex.put(EntityIndexKeys.BUILT, "");
        log.info("task {}: entity index rebuilt from {} articles ({} entries, {} old ones deleted) in {} ms",
                task, articles, entries, deleted, (System.nanoTime() - start) / 1_000_000);
    }

    /** Up to {@link #EXPIRY_BATCH} keys of the store after {@code after} (from the first when null), in order. */
    private static List<String> firstKeys(KeyValueStore<String, String> store, String after) {
        List<String> keys = new ArrayList<>();
        try (KeyValueIterator<String, String> it = after == null ? store.all() : store.range(after, null)) {
            while (it.hasNext() && keys.size() < EXPIRY_BATCH) {
                String key = it.next().key;
                if (!key.equals(after)) {
                    keys.add(key);
                }
            }
        }
        return keys;
    }

    /**
     * The article goes last: until it is written the previous version is what the entries are diffed against, so
     * writing a failed record again finishes its entries (and a replay after a crash does the same).
     */
    private void write(Record<String, EnrichedArticle> record) {
        EnrichedArticle article = record.value();
        String id = article.id();
        Set<String> now = EntityIndexKeys.entityIds(article);
        List<String> stale = new ArrayList<>();
        for (String gone : EntityIndexKeys.entityIds(store.get(id))) {
            if (!now.contains(gone)) {
                stale.add(EntityIndexKeys.key(gone, id));
            }
        }
        try {
            stale.forEach(entityIndex::delete);
            for (String entityId : now) {
                entityIndex.put(EntityIndexKeys.key(entityId, id), id);
            }
            store.put(id, article);
        } catch (RuntimeException e) {
            unfinished = record;
            throw e;
        }
        if (dated(article)) {
            clock = Math.max(clock, timeOf(article).toEpochMilli());
        }
    }

    /**
     * Deletes a batch of expired articles, each with its entity-index entries first and the article last (a crash in
     * between leaves the article, which the next pass deletes again), then a batch of entity-index entries whose
     * article is gone: the two stores have their own changelogs, so a crash can keep an article's delete and lose
     * an entry's; this pass removes such leftovers. Nothing is emitted, so nothing needs a journal.
     */
    private void expire() {
        if (clock == Long.MIN_VALUE) {
            return;
        }
        Instant now = Instant.ofEpochMilli(clock);
        List<KeyValue<String, EnrichedArticle>> batch = new ArrayList<>();
        try (KeyValueIterator<String, EnrichedArticle> it = articlesFrom == null ? store.all()
                : store.range(articlesFrom, null)) {
            while (it.hasNext() && batch.size() < EXPIRY_BATCH) {
                batch.add(it.next());
            }
            articlesFrom = it.hasNext() ? it.next().key : null;
        }
        for (KeyValue<String, EnrichedArticle> kv : batch) {
            if (kv.value != null && expiry.expired(timeOf(kv.value), now)) {
                for (String entityId : EntityIndexKeys.entityIds(kv.value)) {
                    entityIndex.put(EntityIndexKeys.key(entityId, kv.key), null);
                }
                store.put(kv.key, null);
            }
        }
        List<KeyValue<String, String>> entries = new ArrayList<>();
        try (KeyValueIterator<String, String> it = entitiesFrom == null ? entityIndex.all()
                : entityIndex.range(entitiesFrom, null)) {
            while (it.hasNext() && entries.size() < EXPIRY_BATCH) {
                entries.add(it.next());
            }
            entitiesFrom = it.hasNext() ? it.next().key : null;
        }
        for (KeyValue<String, String> kv : entries) {
            if (kv.value != null && !kv.key.equals(EntityIndexKeys.BUILT) && store.get(kv.value) == null) {
                entityIndex.put(kv.key, null);
            }
        }
    }

    /** The article's time, as the clusterer takes it ({@link Clusterer#timeOf}). */
    static Instant timeOf(EnrichedArticle enriched) {
        return Clusterer.timeOf(enriched.article());
    }

    /** False when ingest found no date and stood in ingest time for it: such an article does not move the clock. */
    private static boolean dated(EnrichedArticle article) {
        return Clusterer.isDated(article.article());
    }
}
