package io.storywire.aggregate;

import io.storywire.aggregate.cluster.Postings;
import io.storywire.aggregate.cluster.TopicCount;
import io.storywire.aggregate.store.StoreNames;
import io.storywire.aggregate.store.StoryState;
import io.storywire.core.model.Story;
import io.storywire.core.serde.JsonSerde;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/** Test reads of one slice of the {@link StoryState} store, as a sorted map by the slice's own keys. */
final class StateSlices {

    static final StoryState.Slice<Postings> INDEX = new StoryState.Slice<>(StoryState.INDEX, JsonSerde.of(Postings.class));

    private StateSlices() {
    }

    static Map<String, Story> stories(TopologyTestDriver driver) {
        return read(driver, StoryState.STORIES);
    }

    static Map<String, TopicCount> topicCounts(TopologyTestDriver driver) {
        return read(driver, StoryState.TOPIC_COUNTS);
    }

    static <V> Map<String, V> read(TopologyTestDriver driver, StoryState.Slice<V> slice) {
        return read(driver.<String, byte[]>getKeyValueStore(StoreNames.STORY_STATE), slice);
    }

    static <V> Map<String, V> read(ReadOnlyKeyValueStore<String, ?> store, StoryState.Slice<V> slice) {
        Map<String, V> out = new TreeMap<>();
        try (KeyValueIterator<String, ?> it = store.range(slice.prefix(), slice.end())) {
            it.forEachRemaining(kv -> out.put(slice.unprefixed(kv.key), slice.decode(kv.value)));
        }
        return out;
    }
}
