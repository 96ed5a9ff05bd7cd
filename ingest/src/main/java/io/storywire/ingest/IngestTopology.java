package io.storywire.ingest;

import io.storywire.core.streams.CommitMarker;
import io.storywire.ingest.settings.IngestSettings;
import io.storywire.core.Topics;
import io.storywire.core.model.Article;
import io.storywire.core.serde.EventSerdes;
import io.storywire.ingest.dedup.NearDuplicateDetector;
import io.storywire.ingest.dedup.Scatter;
import io.storywire.ingest.parse.ArticleParser;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes.ByteArraySerde;
import org.apache.kafka.common.serialization.Serdes.IntegerSerde;
import org.apache.kafka.common.serialization.Serdes.StringSerde;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;

/**
 * raw topic -> parse, normalise, id (bad input -> dead-letter topic) -> duplicate detection -> articles topic.
 *
 * <p>Duplicate detection is scatter-gather, so no step funnels everything through one partition:
 * <ol>
 *   <li>{@code dedup-articles}, keyed by content id ({@link DedupProcessor}): an id seen before is an exact
 *       duplicate and stops here; a new article goes to the gather and sends one probe to each band group.</li>
 *   <li>{@code dedup-bands}, one partition per band group ({@link BandProcessor}): each group owns a share of the
 *       MinHash LSH bands, answers with the best earlier near-copy its buckets lead to, and keeps the article.</li>
 *   <li>{@code dedup-gather}, keyed by article id ({@link GatherProcessor}): waits for every group's answer,
 *       publishes the article with its verdict, and sends a near-duplicate's verdict back over
 *       {@code dedup-settle} (to every band group) so that later copies point at the first one.</li>
 * </ol>
 * The number of band groups ({@code ingest.dedup.band.groups}) is the band topic's partition count: the
 * parallelism of the lookups. Changing it later needs a reset of the ingest application (its state is partitioned
 * by group).
 */
public final class IngestTopology {

    /** Entries are points in time; the window size only has to be positive and within the retention. */
    private static final Duration STORE_WINDOW = Duration.ofMinutes(1);

    private IngestTopology() {
    }

    public static Topology build(Topics topics, IngestSettings settings) {
        return build(topics, settings, NearDuplicateDetector.DEFAULT_GROUPS);
    }

    public static Topology build(Topics topics, IngestSettings settings, int bandGroups) {
        Scatter scatter = new Scatter(settings.shingleSize(), bandGroups);
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(window(DedupProcessor.SEEN, settings, false, new StringSerde()));
        builder.addStateStore(window(BandProcessor.ARTICLES, settings, false, new ByteArraySerde()));
        builder.addStateStore(window(BandProcessor.BUCKETS, settings, true, new StringSerde()));
        builder.addStateStore(window(BandProcessor.PARAGRAPHS, settings, false, new IntegerSerde()));
        builder.addStateStore(window(GatherProcessor.PENDING, settings, false, new ByteArraySerde()));
        builder.addStateStore(CommitMarker.builder(GatherProcessor.COMMITS));

        ArticleParser parser = new ArticleParser(settings);
        KStream<String, Parsed> parsed = builder
                .stream(topics.ingest(), Consumed.with(new ByteArraySerde(), new ByteArraySerde()).withName("raw"))
                .process(() -> new ParseProcessor(parser, settings.clock()), Named.as("parse"));

        parsed.filterNot((k, v) -> v.isArticle(), Named.as("rejected"))
                .mapValues(Parsed::deadLetter, Named.as("dead-letter"))
                .to(topics.deadLetters(), Produced.with(new StringSerde(), EventSerdes.DEAD_LETTER).withName("dlq"));

        // 1. exact duplicates, by content id
        KStream<String, DedupMessage> scattered = parsed.filter((k, v) -> v.isArticle(), Named.as("parsed"))
                .mapValues(Parsed::article, Named.as("article"))
                .repartition(Repartitioned.with(new StringSerde(), EventSerdes.ARTICLE).withName("dedup-articles"))
                .process(() -> new DedupProcessor(scatter, new Retention(settings.dedupRetention())), Named.as("dedup-exact"), DedupProcessor.SEEN);

        // 2. near-duplicate candidates, by band group
        Serde<DedupMessage> serde = DedupMessage.SERDE;
        KStream<String, DedupMessage> answers = scattered
                .filter((k, m) -> m.probe() != null, Named.as("probes"))
                .repartition(Repartitioned.with(new StringSerde(), serde).withName("dedup-bands")
                        .withNumberOfPartitions(bandGroups)
                        .withStreamPartitioner((topic, key, m, n) -> Optional.of(Set.of(m.probe().group() % n))))
                .process(() -> new BandProcessor(settings.nearDuplicateThreshold(),
                                NearDuplicateDetector.MARKS_THRESHOLD, settings.dedupRetention()), Named.as("dedup-band"),
                        BandProcessor.ARTICLES, BandProcessor.BUCKETS, BandProcessor.PARAGRAPHS);

        // 3. gather by article id, decide, publish
        KStream<String, DedupMessage> decided = scattered
                .filter((k, m) -> m.article() != null, Named.as("waiting"))
                .merge(answers, Named.as("with-answers"))
                .repartition(Repartitioned.with(new StringSerde(), serde).withName("dedup-gather"))
                .process(GatherProcessor::new, Named.as("dedup-gather-process"), GatherProcessor.PENDING,
                        GatherProcessor.COMMITS);
        decided.filter((k, m) -> m.article() != null, Named.as("decided"))
                .mapValues(DedupMessage::article, Named.as("verdict"))
                .to(topics.articles(), Produced.with(new StringSerde(), EventSerdes.ARTICLE).withName("articles"));

        // 4. a near-duplicate's verdict back to every band group: later copies point at its original
        decided.filter((k, m) -> m.settle() != null, Named.as("settled"))
                .repartition(Repartitioned.with(new StringSerde(), serde).withName("dedup-settle")
                        .withNumberOfPartitions(bandGroups)
                        .withStreamPartitioner((topic, key, m, n) -> Optional.of(
                                IntStream.range(0, n).boxed().collect(Collectors.toSet()))))
                .process(() -> new BandProcessor(settings.nearDuplicateThreshold(),
                                NearDuplicateDetector.MARKS_THRESHOLD, settings.dedupRetention()), Named.as("dedup-settle-process"),
                        BandProcessor.ARTICLES, BandProcessor.BUCKETS, BandProcessor.PARAGRAPHS);
        return builder.build();
    }

    private static <V> StoreBuilder<WindowStore<String, V>> window(String name, IngestSettings settings,
            boolean duplicates, Serde<V> values) {
        return Stores.windowStoreBuilder(Stores.persistentWindowStore(name, settings.dedupRetention(), STORE_WINDOW,
                duplicates), new StringSerde(), values);
    }
}
