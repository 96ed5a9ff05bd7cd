package io.storywire.aggregate;

import io.storywire.core.streams.BoundedRocksDbConfig;
import io.storywire.core.streams.CommitMarker;
import io.storywire.aggregate.store.StoreNames;
import io.storywire.aggregate.store.TopicIdPartitioner;
import com.fasterxml.jackson.core.type.TypeReference;
import io.storywire.aggregate.cluster.ClusterSettings;
import io.storywire.aggregate.cluster.StoryMembers;
import io.storywire.core.Topics;
import io.storywire.core.config.StorywireConfig;
import io.storywire.core.model.Article;
import io.storywire.core.model.EnrichedArticle;
import io.storywire.core.model.Entity;
import io.storywire.core.model.TopicTag;
import io.storywire.core.serde.JsonSerde;
import io.storywire.core.serde.EventSerdes;
import io.storywire.core.streams.StreamsSettings;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.KeyValueBytesStoreSupplier;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * The aggregate stage: per-topic story clusters in persistent state stores.
 *
 * <pre>
 * enriched (key article id) --+--> articles store (article id -> EnrichedArticle), entity-index
 *                             +--> one record per topic tag, key topic id --> repartition "by-topic-spread"
 *                                  (partitioned by TopicIdPartitioner)
 * by-topic-spread --> clusterer [story-state: stories, topic counts, profiles, candidate index, seen-markers,
 *                          counters, journal; see StoryState]
 *          +--> stories topic (key story id -> Story), every change
 *          +--> repartition "story-assignments" (key article id -> story id) --> article-stories store
 * </pre>
 *
 * Story ids are "{topic}:{first article id}", so the stories store is queried with the topic id as routing key:
 * {@code streams.queryMetadataForKey(StoreNames.STORY_STATE, topicId, new TopicIdPartitioner<>())}; the articles and
 * article-stories stores are queried by article id.
 */
public final class AggregateTopology {

    public static final String STAGE = "aggregate";

    /** Holds nothing: counts the task's commits for the clusterer's journal (see {@link CommitMarker}). */
    static final String STORY_JOURNAL_COMMITS = "story-journal-commits";

    /** The clusterer's input: one record per article and topic, keyed by topic id. */
    static final String BY_TOPIC = "by-topic-spread";

    /**
     * The largest record the story-state changelog takes (its topic's {@code max.message.bytes}): a journal entry,
     * deflated, holds an article's whole update, and a merge of two large stories moves every member of one.
     */
    static final int STATE_RECORD_MAX_BYTES = 16 * 1024 * 1024;

    static final Serde<List<String>> STORY_IDS_SERDE = JsonSerde.of(new TypeReference<List<String>>() {
    });

    private static final Serde<String> KEYS = org.apache.kafka.common.serialization.Serdes.String();

    private AggregateTopology() {
    }

    /** The serving topology: persistent stores with changelogs, the journal, default expiry and story size. */
    public static Topology build(Topics topics, ClusterSettings settings) {
        return build(topics, settings, Options.serving());
    }

    /**
     * How the topology keeps its state; {@link #serving()} is what the stage runs, the rest is for offline replays
     * and tests.
     *
     * @param expiry        how long idle stories and old articles are kept
     * @param storyArticles how many of its newest articles a story record lists ({@code aggregate.story.articles.max});
     *                      every article is in the membership slice of the story-state store
     * @param stores        the bytes store of each store, by name (tests pass stores that outlive a simulated crash)
     * @param logging       whether the stores have changelogs
     * @param journaled     whether the clusterer journals each article's update (the journal slice of
     *                      {@link io.storywire.aggregate.store.StoryState}) under at_least_once
     * @param commitsByHand the journal learns of commits from {@link CommitMarker#markCommitted()} only (tests)
     * @param stateCached   whether the story-state store has Streams' record cache in front of it: only under
     *                      exactly_once_v2, where a commit's writes are all or nothing; under at_least_once a cache
     *                      eviction would write out of the order the journal relies on
     */
    public record Options(StateExpiry expiry, int storyArticles, Function<String, KeyValueBytesStoreSupplier> stores,
                          boolean logging, boolean journaled, boolean commitsByHand, boolean stateCached) {

        public static Options serving() {
            return new Options(StateExpiry.defaults(), StoryMembers.DEFAULT_MAX_ARTICLES,
                    Stores::persistentKeyValueStore, true, true, false, false);
        }

        /**
         * In-memory stores without changelogs or journal, and no expiry: the same topology and processors for an
         * offline replay of a file (evaluations), where RocksDB's and the changelogs' per-record cost in a
         * TopologyTestDriver dominates and nothing restarts. Expiry is off because a replay is often out of date
         * order (newest first, shuffled): by its topics' clocks most of an unordered archive's stories would count
         * as gone at once. Never for serving.
         */
        public static Options offlineReplay() {
            return new Options(new StateExpiry(java.time.Duration.ZERO), StoryMembers.DEFAULT_MAX_ARTICLES,
                    Stores::inMemoryKeyValueStore, false, false, false, false);
        }

        public Options withExpiry(StateExpiry e) {
            return new Options(e, storyArticles, stores, logging, journaled, commitsByHand, stateCached);
        }

        public Options withStoryArticles(int n) {
            return new Options(expiry, n, stores, logging, journaled, commitsByHand, stateCached);
        }

        public Options withStores(Function<String, KeyValueBytesStoreSupplier> s, boolean changelogs) {
            return new Options(expiry, storyArticles, s, changelogs, journaled, commitsByHand, stateCached);
        }

        public Options withJournal(boolean journal, boolean byHand) {
            return new Options(expiry, storyArticles, stores, logging, journal, byHand, stateCached);
        }

        /** See {@link #stateCached}; the stage passes whether it runs under exactly_once_v2. */
        public Options withStateCache(boolean cached) {
            return new Options(expiry, storyArticles, stores, logging, journaled, commitsByHand, cached);
        }
    }

    public static Topology build(Topics topics, ClusterSettings settings, Options options) {
        StreamsBuilder builder = new StreamsBuilder();
        Store s = new Store(options.stores(), options.logging());
        StoreBuilder<KeyValueStore<String, byte[]>> storyState = s.of(StoreNames.STORY_STATE,
                org.apache.kafka.common.serialization.Serdes.ByteArray(),
                Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(STATE_RECORD_MAX_BYTES)));
        builder.addStateStore(options.stateCached() ? storyState.withCachingEnabled() : storyState);
        builder.addStateStore(s.of(StoreNames.ARTICLE_STORIES, STORY_IDS_SERDE));
        builder.addStateStore(s.of(StoreNames.ARTICLES, EventSerdes.ENRICHED));
        // derived from the articles store, so never logged: ArticleStoreWriter rebuilds it whenever its task starts
        builder.addStateStore(s.of(StoreNames.ENTITY_INDEX, KEYS).withLoggingDisabled());
        List<String> clusterStores = new ArrayList<>(List.of(StoreNames.STORY_STATE));
        if (options.journaled()) {
            builder.addStateStore(CommitMarker.builder(STORY_JOURNAL_COMMITS, options.commitsByHand()));
            clusterStores.add(STORY_JOURNAL_COMMITS);
        }

        KStream<String, EnrichedArticle> enriched = builder
                .stream(topics.enriched(), Consumed.with(KEYS, EventSerdes.ENRICHED).withName("enriched"))
                .mapValues(AggregateTopology::validated, Named.as("validate"));

        enriched.process(() -> new ArticleStoreWriter(options.expiry()), Named.as("articles-writer"),
                StoreNames.ARTICLES, StoreNames.ENTITY_INDEX);

        KStream<String, ClusterOutput> outputs = enriched
                .flatMap((articleId, article) -> byTopic(article), Named.as("by-topic-key"))
                // spread by TopicIdPartitioner, not Kafka's default partitioner: a new name, so that state an earlier
                // build partitioned the other way is refused (RetiredStores), never read under the wrong keys
                .repartition(Repartitioned.with(KEYS, EventSerdes.ENRICHED).withName(BY_TOPIC)
                        .withStreamPartitioner(new TopicIdPartitioner<>()))
                .process(() -> new StoryClusterProcessor(settings, options.expiry(), options.journaled(),
                                options.storyArticles()),
                        Named.as("cluster"),
                        clusterStores.toArray(String[]::new));

        Map<String, KStream<String, ClusterOutput>> branches = outputs.split(Named.as("output-"))
                .branch((key, out) -> out.isStory(), Branched.as("story"))
                .defaultBranch(Branched.as("assignment"));
        branches.get("output-story")
                // an expired story's tombstone is a null value
                .mapValues(ClusterOutput::story, Named.as("story-value"))
                .to(topics.stories(), Produced.with(KEYS, EventSerdes.STORY).withName("stories"));
        branches.get("output-assignment")
                .mapValues(ClusterOutput::assignmentValue, Named.as("story-id-value"))
                .repartition(Repartitioned.with(KEYS, KEYS).withName("story-assignments"))
                .process(ArticleStoriesProcessor::new, Named.as("article-stories-writer"), StoreNames.ARTICLE_STORIES);
        return builder.build();
    }

    /**
     * Streams properties of the aggregate stage: the common ones plus the bounded RocksDB settings. What the stage
     * runner should pass to {@code new KafkaStreams(build(...), props)}.
     */
    public static Properties streamsProperties(StorywireConfig cfg, String applicationServer) {
        Properties props = StreamsSettings.of(cfg, STAGE, applicationServer);
        // the journal relies on the story-state changelog keeping the order of its writes with no gaps, whatever a
        // crash cuts off: that is what the idempotent producer guarantees (the client default, made explicit here
        // so that no producer override can turn it off unnoticed)
        props.put(StreamsConfig.producerPrefix(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG), true);
        // a journal entry carries an article's whole update (a merge or an expiry moves every member of a story):
        // the producer must be able to send what the story-state changelog accepts
        props.put(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG), STATE_RECORD_MAX_BYTES + 65_536);
        props.put(StoryClusterProcessor.BATCH_ARTICLES, cfg.getInt("aggregate.state.batch.articles"));
        if (stateCached(cfg)) {
            // only the story-state store is built with caching (Options.stateCached); the others stay write-through
            props.put(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG,
                    cfg.getInt("aggregate.state.cache.mb") * 1024L * 1024L);
        }
        BoundedRocksDbConfig.configure(props, STAGE, cfg.getInt("aggregate.rocksdb.cache.mb"),
                cfg.getInt("aggregate.rocksdb.write.buffer.mb"));
        return props;
    }

    /** Whether the stage puts Streams' record cache in front of its story-state store (exactly_once_v2 only). */
    public static boolean stateCached(StorywireConfig cfg) {
        return StoryClusterProcessor.exactlyOnce(cfg.processingGuarantee()) && cfg.getInt("aggregate.state.cache.mb") > 0;
    }

    /** Bad records throw, so the dead-letter handler records them with the reason and the rest flows on. */
    static EnrichedArticle validated(EnrichedArticle value) {
        if (value == null) {
            throw new IllegalArgumentException("enriched record without a value");
        }
        if (value.article() == null || value.article().id() == null || value.article().id().isBlank()) {
            throw new IllegalArgumentException("enriched record without an article id");
        }
        return value;
    }

    /**
     * One record per distinct topic of the article, keyed by topic id; an untagged article joins no story. The
     * record is {@link #forClustering slimmed}: it is written once per topic to the by-topic repartition topic.
     */
    static List<KeyValue<String, EnrichedArticle>> byTopic(EnrichedArticle article) {
        Set<String> ids = new LinkedHashSet<>();
        if (article.topics() != null) {
            for (TopicTag tag : article.topics()) {
                if (tag != null && tag.id() != null && !tag.id().isBlank()) {
                    ids.add(tag.id());
                }
            }
        }
        List<KeyValue<String, EnrichedArticle>> out = new ArrayList<>();
        if (ids.isEmpty()) {
            return out;
        }
        EnrichedArticle slim = forClustering(article);
        ids.forEach(id -> out.add(KeyValue.pair(id, slim)));
        return out;
    }

    /**
     * What the clusterer reads of an article: its fields, body included (its terms), and its entities without their
     * mentions; no topic tags (the record's key is the topic) and no flags. Mentions with their evidence are often
     * the larger part of an enriched record, and this record is copied once per topic of the article.
     */
    static EnrichedArticle forClustering(EnrichedArticle enriched) {
        Article a = enriched.article();
        Article article = new Article(a.id(), a.title(), a.source(), a.author(), a.published(), a.publishedFrom(),
                a.url(), a.language(), a.body(), a.origin(), a.originName(), a.ingestedAt(), a.nearDuplicateOf(),
                a.kind(), List.of());
        List<Entity> entities = new ArrayList<>();
        if (enriched.entities() != null) {
            for (Entity e : enriched.entities()) {
                if (e != null) {
                    entities.add(new Entity(e.id(), e.name(), e.type(), e.linked(), e.salience(), List.of()));
                }
            }
        }
        return new EnrichedArticle(article, entities, List.of());
    }

    private record Store(Function<String, KeyValueBytesStoreSupplier> stores, boolean logging) {

        <V> StoreBuilder<KeyValueStore<String, V>> of(String name, Serde<V> values) {
            StoreBuilder<KeyValueStore<String, V>> b = Stores.keyValueStoreBuilder(stores.apply(name), KEYS, values);
            return logging ? b : b.withLoggingDisabled();
        }

        /** A store whose changelog topic gets {@code changelogConfig}. */
        <V> StoreBuilder<KeyValueStore<String, V>> of(String name, Serde<V> values, Map<String, String> changelogConfig) {
            StoreBuilder<KeyValueStore<String, V>> b = Stores.keyValueStoreBuilder(stores.apply(name), KEYS, values);
            return logging ? b.withLoggingEnabled(changelogConfig) : b.withLoggingDisabled();
        }
    }
}
