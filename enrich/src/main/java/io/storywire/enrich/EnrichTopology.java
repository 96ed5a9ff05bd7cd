package io.storywire.enrich;

import io.storywire.core.config.StorywireConfig;
import io.storywire.core.Topics;
import io.storywire.core.model.Article;
import io.storywire.core.model.EnrichedArticle;
import io.storywire.core.ops.Telemetry;
import io.storywire.core.serde.EventSerdes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

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
    /** Largest enriched record written, in bytes; under Kafka's default 1 MiB message limit with room for headers. */
    public static final String MAX_RECORD_BYTES_CONFIG = "enrich.max.record.bytes";
    /** The default from the one config definition (StorywireConfigDef), for callers without a config. */
    public static final int DEFAULT_MAX_RECORD_BYTES = StorywireConfig.defaults().getInt(MAX_RECORD_BYTES_CONFIG);

    private EnrichTopology() {
    }

    public static Topology build(Topics topics, Enricher enricher) {
        return build(topics, enricher, DEFAULT_MAX_RECORD_BYTES);
    }

    /** @param maxRecordBytes larger enriched records are trimmed ({@link SizeLimit}) */
    public static Topology build(Topics topics, Enricher enricher, int maxRecordBytes) {
        Serde<String> strings = org.apache.kafka.common.serialization.Serdes.String();
        StreamsBuilder builder = new StreamsBuilder();
        builder.globalTable(topics.taxonomy(), Consumed.with(strings, strings).withName("taxonomy-source"),
                // a handful of small rows read on every record: memory, not RocksDB; restored from the topic on start
                Materialized.<String, String>as(Stores.inMemoryKeyValueStore(TAXONOMY_STORE))
                        .withKeySerde(strings).withValueSerde(strings));
        KStream<String, EnrichedArticle> enriched = builder
                .stream(topics.articles(), Consumed.with(strings, EventSerdes.ARTICLE).withName("articles"))
                .processValues(() -> new EnrichProcessor(enricher, topics, new SizeLimit(maxRecordBytes)), Named.as("enrich"));
        enriched.to(topics.enriched(), Produced.with(strings, EventSerdes.ENRICHED).withName("enriched"));
        enriched.flatMapValues(e -> e.topics().stream().map(t -> new TopicRouted(t.id(), e)).toList(),
                        Named.as("route-by-topic"))
                .to((key, routed, ctx) -> topics.topic(routed.topicId()),
                        Produced.with(strings, TopicRouted.SERDE).withName("per-topic"));
        return builder.build();
    }

    private static final class EnrichProcessor implements FixedKeyProcessor<String, Article, EnrichedArticle> {

        private final Enricher enricher;
        private final Topics topics;
        private final SizeLimit limit;
        private final LiveTaxonomy live;
        private FixedKeyProcessorContext<String, EnrichedArticle> context;
        private ReadOnlyKeyValueStore<String, ?> taxonomy;

        EnrichProcessor(Enricher enricher, Topics topics, SizeLimit limit) {
            this.enricher = enricher;
            this.topics = topics;
            this.limit = limit;
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
            long started = System.nanoTime();
            EnrichedArticle enriched = enricher.enrich(article, live.current(taxonomy));
            Telemetry.enrichTime().record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
            List<String> outputs = new ArrayList<>();
            outputs.add(topics.enriched());
            enriched.topics().forEach(t -> outputs.add(topics.topic(t.id())));
            // checked before anything is sent: a record too large for Kafka would fail once per output
            context.forward(record.withValue(limit.fit(enriched, outputs)));
        }
    }

}
