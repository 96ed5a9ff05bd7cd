package io.storywire.aggregate;

import io.storywire.aggregate.store.StoreNames;
import io.storywire.aggregate.store.EntityIndexKeys;
import io.storywire.core.model.EnrichedArticle;
import java.util.Set;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keeps the latest enriched version of every article by its id, and the entity index over it: one entry per entity
 * the article names. A re-delivered article rewrites the same entries; a re-enriched one that no longer names an
 * entity loses that entry (the previous version is one point read, the only one in hand).
 */
final class ArticleStoreWriter implements Processor<String, EnrichedArticle, Void, Void> {

    private KeyValueStore<String, EnrichedArticle> store;
    private KeyValueStore<String, String> entityIndex;

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        store = context.getStateStore(StoreNames.ARTICLES);
        entityIndex = context.getStateStore(StoreNames.ENTITY_INDEX);
    }

    @Override
    public void process(Record<String, EnrichedArticle> record) {
        EnrichedArticle article = record.value();
        String id = article.id();
        Set<String> now = EntityIndexKeys.entityIds(article);
        for (String gone : EntityIndexKeys.entityIds(store.get(id))) {
            if (!now.contains(gone)) {
                entityIndex.delete(EntityIndexKeys.key(gone, id));
            }
        }
        for (String entityId : now) {
            entityIndex.put(EntityIndexKeys.key(entityId, id), id);
        }
        store.put(id, article);
    }
}
