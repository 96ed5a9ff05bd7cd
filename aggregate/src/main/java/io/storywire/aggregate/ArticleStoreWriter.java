package io.storywire.aggregate;

import io.storywire.core.model.EnrichedArticle;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/** Keeps the latest enriched version of every article by its id. */
final class ArticleStoreWriter implements Processor<String, EnrichedArticle, Void, Void> {

    private KeyValueStore<String, EnrichedArticle> store;

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        store = context.getStateStore(AggregateTopology.ARTICLES);
    }

    @Override
    public void process(Record<String, EnrichedArticle> record) {
        store.put(record.value().id(), record.value());
    }
}
