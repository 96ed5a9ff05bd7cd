package io.storywire.ingest;

import io.storywire.core.Topics;
import io.storywire.core.model.Article;
import io.storywire.core.serde.Serdes;
import io.storywire.ingest.parse.ArticleParser;
import org.apache.kafka.common.serialization.Serdes.ByteArraySerde;
import org.apache.kafka.common.serialization.Serdes.StringSerde;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;

/**
 * raw topic -> parse, normalise, id (bad input -> dead-letter topic) -> one dedup task -> articles topic.
 */
public final class IngestTopology {

    /**
     * Every parsed article is re-keyed to this one key so that a single task sees all of them: an exact or near
     * duplicate can only be found where its original is. This caps duplicate detection at one stream thread
     * (tens of thousands of articles a minute here; parsing, the costly part, still runs in parallel over the
     * raw topic's partitions). Beyond that, key by a coarse key (language, or a first-shingle band) and accept
     * that duplicates across keys go unseen.
     */
    static final String DEDUP_KEY = "all";
    /** Entries are points in time; the window size only has to be positive and within the retention. */
    private static final java.time.Duration STORE_WINDOW = java.time.Duration.ofMinutes(1);

    private IngestTopology() {
    }

    public static Topology build(Topics topics, IngestSettings settings) {
        StreamsBuilder builder = new StreamsBuilder();
        // window stores so that state expires after the retention; buckets keep every id put (duplicates on)
        builder.addStateStore(Stores.windowStoreBuilder(Stores.persistentWindowStore(DedupProcessor.FINGERPRINTS,
                settings.dedupRetention(), STORE_WINDOW, false), new StringSerde(), new ByteArraySerde()));
        builder.addStateStore(Stores.windowStoreBuilder(Stores.persistentWindowStore(DedupProcessor.BUCKETS,
                settings.dedupRetention(), STORE_WINDOW, true), new StringSerde(), new StringSerde()));

        ArticleParser parser = new ArticleParser(settings);
        KStream<String, Parsed> parsed = builder
                .stream(topics.ingest(), Consumed.with(new ByteArraySerde(), new ByteArraySerde()).withName("raw"))
                .process(() -> new ParseProcessor(parser, settings.clock()), Named.as("parse"));

        parsed.filterNot((k, v) -> v.isArticle(), Named.as("rejected"))
                .mapValues(Parsed::deadLetter, Named.as("dead-letter"))
                .to(topics.deadLetters(), Produced.with(new StringSerde(), Serdes.DEAD_LETTER).withName("dlq"));

        KStream<String, Article> articles = parsed.filter((k, v) -> v.isArticle(), Named.as("parsed"))
                .map((id, v) -> org.apache.kafka.streams.KeyValue.pair(DEDUP_KEY, v.article()), Named.as("to-one-key"))
                .repartition(Repartitioned.with(new StringSerde(), Serdes.ARTICLE)
                        .withName("dedup").withNumberOfPartitions(1));
        articles.process(() -> new DedupProcessor(settings), Named.as("dedup-process"),
                        DedupProcessor.FINGERPRINTS, DedupProcessor.BUCKETS)
                .to(topics.articles(), Produced.with(new StringSerde(), Serdes.ARTICLE).withName("articles"));
        return builder.build();
    }
}
