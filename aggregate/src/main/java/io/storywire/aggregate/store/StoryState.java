package io.storywire.aggregate.store;

import io.storywire.aggregate.cluster.ScanTable;
import io.storywire.aggregate.cluster.TopicCount;
import io.storywire.core.model.Story;
import io.storywire.core.model.StoryArticle;
import io.storywire.core.serde.EventSerdes;
import io.storywire.core.serde.JsonSerde;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * The clusterer's whole state in one store, {@link StoreNames#STORY_STATE}: stories, topic counts, story profiles,
 * the candidate index, seen-markers, term counters and the replay journal, each a slice of keys under its own
 * prefix. One store means one RocksDB instance and one changelog partition per task, written in the order the
 * clusterer writes: whatever part of an article's update survives a crash (in the changelog or on local disk), the
 * journal entry written before it survives too, so the replay finds it and completes the update. With a store per
 * kind of value, a kill could keep one store's newest write and lose another's, and no replay could tell.
 *
 * <p>Keys are "{prefix}{key of the slice}"; values are each slice's own serialised form. The prefixes of every slice
 * are listed here, so no two can collide.
 */
public final class StoryState {

    /** story id ("{topic}:{suffix}") -> {@link Story}: what the story queries read; a topic's stories are one scan. */
    public static final Slice<Story> STORIES = new Slice<>("s|", EventSerdes.STORY);
    /** topic id -> {@link TopicCount}: what {@code /api/topics} reads, so no query scans the stories. */
    public static final Slice<TopicCount> TOPIC_COUNTS = new Slice<>("c|", JsonSerde.of(TopicCount.class));

    /**
     * "{topic}|{inverted lastSeen}|{story id}" -> story id: a topic's stories latest first, so a page of them is one
     * prefix scan that reads only the page ({@link StoryIndexKeys}).
     */
    public static final Slice<String> RECENCY = new Slice<>("r|", org.apache.kafka.common.serialization.Serdes.String());
    /** "{topic}|{inverted size}|{inverted lastSeen}|{story id}" -> story id: a topic's stories largest first. */
    public static final Slice<String> SIZES = new Slice<>("z|", org.apache.kafka.common.serialization.Serdes.String());
    /**
     * Facts about the state itself: {@link #INDEXED} is present once {@link #RECENCY} and {@link #SIZES} hold every
     * story (state written by a build without them is indexed once, and this key is written last);
     * "m|flushed-through" numbers the last journal entry whose held-back counter and index writes are in the store.
     */
    public static final String META = "m|";
    public static final String INDEXED = META + "story-indexes";
    /**
     * "{story id}|{position}|{article id}" -> {@link StoryArticle}: every article of every story, in the order they
     * joined (see {@code cluster.StoryMembers}); the story record keeps only the newest few. Written with the story.
     */
    public static final Slice<StoryArticle> MEMBERS = new Slice<>("b|", JsonSerde.of(StoryArticle.class));

    /** story id -> story profile (term centroid, entity tallies). */
    public static final String PROFILES = "p|";
    /** "topic|t|stem" or "topic|e|entity" -> the stories that recently had it. */
    public static final String INDEX = "i|";
    /** "topic|article" -> the story the article joined. */
    public static final String SEEN = "a|";
    /** "topic|d|stem", "topic|#docs", "topic|#clock": document frequencies and the topic's clock. */
    public static final String COUNTERS = "n|";
    /** "topic|article" -> what the article's clustering wrote and emitted, until a commit made it durable. */
    public static final String JOURNAL = "j|";

    private StoryState() {
    }

    /** The topic counts of one store partition, as interactive queries read it. */
    public static List<TopicCount> topicCounts(ReadOnlyKeyValueStore<String, ?> store) {
        List<TopicCount> counts = new ArrayList<>();
        try (KeyValueIterator<String, ?> it = store.prefixScan(TOPIC_COUNTS.prefix(), new StringSerializer())) {
            it.forEachRemaining(kv -> counts.add(TOPIC_COUNTS.decode(kv.value)));
        }
        return counts;
    }

    /**
     * One kind of value in the store: its keys start with {@code prefix}.
     */
    public record Slice<V>(String prefix, Serde<V> serde) {

        public String key(String key) {
            return prefix + key;
        }

        /** The slice's own key of a store key. */
        public String unprefixed(String storeKey) {
            return storeKey.substring(prefix.length());
        }

        /**
         * The upper bound of a range over this slice: the prefix with its last character ('|') raised by one, so
         * every key of the slice, whatever characters follow the prefix, sorts before it as UTF-8 bytes, and no key
         * of any slice equals it.
         */
        public String end() {
            return ScanTable.upperBound(prefix);
        }

        public byte[] encode(V value) {
            return serde.serializer().serialize(null, value);
        }

        /** A value as read from the store (a byte array through interactive queries), or null. */
        public V decode(Object stored) {
            return stored == null ? null : serde.deserializer().deserialize(null, (byte[]) stored);
        }
    }
}
