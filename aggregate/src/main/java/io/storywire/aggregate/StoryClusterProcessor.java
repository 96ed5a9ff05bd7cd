package io.storywire.aggregate;

import io.storywire.aggregate.store.StoreNames;
import io.storywire.aggregate.cluster.CandidateIndex;
import io.storywire.aggregate.cluster.ClusterSettings;
import io.storywire.aggregate.cluster.ClusterState;
import io.storywire.aggregate.cluster.Clusterer;
import io.storywire.aggregate.cluster.Postings;
import io.storywire.aggregate.cluster.TopicCount;
import io.storywire.core.model.EnrichedArticle;
import io.storywire.core.model.Story;
import io.storywire.core.model.StoryArticle;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Clusters the articles of the topics this task owns (key = topic id) and emits every story change and every
 * article's story. The work is in {@link Clusterer}; this class only wires it to the stores.
 */
final class StoryClusterProcessor implements Processor<String, EnrichedArticle, String, ClusterOutput> {

    /** How often idle stories are swept out of the candidate index; reads between sweeps skip them anyway. */
    static final Duration SWEEP_INTERVAL = Duration.ofMinutes(10);
    static final int SWEEP_BATCH = 10_000;
    /** Deserialised story profiles kept per processor: the candidates of recent articles. */
    static final int PROFILE_CACHE = 4096;

    private final ClusterSettings settings;
    private ProcessorContext<String, ClusterOutput> context;
    private Clusterer clusterer;
    private KeyValueStore<String, Postings> indexStore;
    private KeyValueStore<String, Long> counters;
    private KeyValueStore<String, TopicCount> topicCounts;
    private CandidateIndex index;
    private String sweepFrom;

    StoryClusterProcessor(ClusterSettings settings) {
        this.settings = settings;
    }

    @Override
    public void init(ProcessorContext<String, ClusterOutput> context) {
        this.context = context;
        indexStore = context.getStateStore(AggregateTopology.STORY_INDEX);
        counters = context.getStateStore(AggregateTopology.STORY_COUNTERS);
        topicCounts = context.getStateStore(StoreNames.TOPIC_COUNTS);
        ClusterState state = new ClusterState(
                new StoreTable<>(context.getStateStore(StoreNames.STORIES)),
                new CachedTable<>(new StoreTable<>(context.getStateStore(AggregateTopology.STORY_PROFILES)),
                        PROFILE_CACHE),
                new StoreTable<>(indexStore),
                new StoreTable<>(context.getStateStore(AggregateTopology.STORY_SEEN)),
                new StoreTable<>(counters));
        clusterer = new Clusterer(state, settings);
        index = new CandidateIndex(state.index(), settings);
        context.schedule(SWEEP_INTERVAL, PunctuationType.WALL_CLOCK_TIME, now -> sweep());
    }

    @Override
    public void process(Record<String, EnrichedArticle> record) {
        long started = System.nanoTime();
        try {
            cluster(record);
        } finally {
            io.storywire.core.ops.Telemetry.clusterTime().record(System.nanoTime() - started,
                    java.util.concurrent.TimeUnit.NANOSECONDS);
        }
    }

    private void cluster(Record<String, EnrichedArticle> record) {
        clusterer.add(record.key(), record.value()).ifPresent(a -> {
            // add() answers only for an article new to the topic, so a re-delivered one is never counted again
            String topic = a.story().topic();
            TopicCount count = TopicCount.counting(topicCounts.get(topic), a.story(), a.opened());
            for (Story gone : a.absorbed()) {
                count = count.lessOneStory();
                // subscribers learn where the absorbed story went; its articles move to the story that took them
                context.forward(record.withKey(gone.id()).withValue(ClusterOutput.story(gone)));
                for (StoryArticle moved : gone.articles()) {
                    context.forward(record.withKey(moved.id())
                            .withValue(ClusterOutput.move(gone.mergedInto(), gone.id())));
                }
            }
            topicCounts.put(topic, count);
            context.forward(record.withKey(a.story().id()).withValue(ClusterOutput.story(a.story())));
            context.forward(record.withKey(a.articleId()).withValue(ClusterOutput.assignment(a.story().id())));
        });
    }

    /**
     * Removes postings idle past the TTL and the lateness allowance by their topic's clock, so keys no article asks
     * for again do not linger.
     * Each run visits at most {@link #SWEEP_BATCH} keys, resuming where the last stopped, so a large index never
     * stalls the stream thread. Readers skip expired postings anyway: the sweep frees space, it decides nothing.
     */
    private void sweep() {
        List<String> keys = new ArrayList<>();
        try (KeyValueIterator<String, Postings> it = sweepFrom == null ? indexStore.all()
                : indexStore.range(sweepFrom, null)) {
            while (it.hasNext() && keys.size() < SWEEP_BATCH) {
                keys.add(it.next().key);
            }
            sweepFrom = it.hasNext() ? it.next().key : null;
        }
        for (String key : keys) {
            Long clock = counters.get(key.substring(0, key.indexOf('|')) + "|#clock");
            if (clock != null) {
                index.expire(key, Instant.ofEpochMilli(clock));
            }
        }
    }
}
