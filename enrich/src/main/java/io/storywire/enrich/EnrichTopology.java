package io.storywire.enrich;

import io.storywire.core.Topics;
import io.storywire.core.model.Article;
import io.storywire.core.model.EnrichedArticle;
import io.storywire.core.serde.Serdes;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * articles -> enrich -> enriched, and each enriched article once more to the stream of every topic it is about.
 * The taxonomy topic is read as a global table: a definition produced there (or a tombstone) changes the topics of
 * the next article without a restart. A record that cannot be read or enriched goes to the dead-letter topic through
 * the stage's exception handlers.
 */
public final class EnrichTopology {

    public static final String TAXONOMY_STORE = "taxonomy";

    private EnrichTopology() {
    }

    public static Topology build(Topics topics, Enricher enricher) {
        Serde<String> strings = org.apache.kafka.common.serialization.Serdes.String();
        StreamsBuilder builder = new StreamsBuilder();
        builder.globalTable(topics.taxonomy(), Consumed.with(strings, strings).withName("taxonomy-source"),
                // a handful of small rows read on every record: memory, not RocksDB; restored from the topic on start
                Materialized.<String, String>as(Stores.inMemoryKeyValueStore(TAXONOMY_STORE))
                        .withKeySerde(strings).withValueSerde(strings));
        KStream<String, EnrichedArticle> enriched = builder
                .stream(topics.articles(), Consumed.with(strings, Serdes.ARTICLE).withName("articles"))
                .processValues(() -> new EnrichProcessor(enricher), Named.as("enrich"));
        enriched.to(topics.enriched(), Produced.with(strings, Serdes.ENRICHED).withName("enriched"));
        enriched.flatMapValues(e -> e.topics().stream().map(t -> new TopicRouted(t.id(), e)).toList(),
                        Named.as("route-by-topic"))
                .to((key, routed, ctx) -> topics.topic(routed.topicId()),
                        Produced.with(strings, TopicRouted.SERDE).withName("per-topic"));
        return builder.build();
    }

    private static final class EnrichProcessor implements FixedKeyProcessor<String, Article, EnrichedArticle> {

        private final Enricher enricher;
        private final LiveTaxonomy live;
        private FixedKeyProcessorContext<String, EnrichedArticle> context;
        private ReadOnlyKeyValueStore<String, ?> taxonomy;

        EnrichProcessor(Enricher enricher) {
            this.enricher = enricher;
            this.live = new LiveTaxonomy(enricher.taxonomy());
        }

        @Override
        public void init(FixedKeyProcessorContext<String, EnrichedArticle> context) {
            this.context = context;
            this.taxonomy = context.getStateStore(TAXONOMY_STORE);
        }

        @Override
        public void process(FixedKeyRecord<String, Article> record) {
            Article article = record.value();
            if (article == null) {
                throw new IllegalArgumentException("article record " + record.key() + " has no value");
            }
            if (article.id() == null || (article.title() == null && article.body() == null)) {
                throw new IllegalArgumentException("article record " + record.key() + " has no id or no text");
            }
            context.forward(record.withValue(enricher.enrich(article, live.current(taxonomy))));
        }
    }

}
