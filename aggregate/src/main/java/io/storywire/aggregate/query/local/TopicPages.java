package io.storywire.aggregate.query.local;

import io.storywire.aggregate.cluster.TopicCount;
import io.storywire.aggregate.store.StoryIndexKeys;
import io.storywire.aggregate.store.StoryState;
import io.storywire.core.model.Story;
import io.storywire.core.serde.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * One page of a topic's stories read from the recency or size index of the partition that holds the topic: the
 * index keys are scanned in the page's order, {@code offset} of them skipped, {@code limit} taken, and only those
 * stories read and decoded. The total comes from the topic's counts; with {@code since} it is the number of
 * recency keys at or after that time (keys only, no story decoded).
 */
public final class TopicPages {

    private TopicPages() {
    }

    /** What a peer is asked: the topic and the page. */
    public record Request(String topic, StoryPageRequest page) {

        public String arg() {
            return Json.write(this);
        }

        static Request of(String arg) {
            Request r = Json.read(arg, Request.class);
            if (r == null || r.topic() == null || r.page() == null || r.page().sort() == null
                    || r.page().limit() < 1 || r.page().offset() < 0) {
                throw new IllegalArgumentException("expected {\"topic\":...,\"page\":{...}}, not '" + arg + "'");
            }
            return r;
        }
    }

    /**
     * @param topicStories how many stories the topic holds (0: the topic has none)
     * @param total        how many match {@code since}, before paging
     * @param stories      the page, in order
     */
    public record Page(int topicStories, int total, List<Story> stories) {
    }

    static Page read(ReadOnlyKeyValueStore<String, Object> store, String arg) {
        Request r = Request.of(arg);
        String topic = r.topic();
        StoryPageRequest page = r.page();
        TopicCount count = StoryState.TOPIC_COUNTS.decode(store.get(StoryState.TOPIC_COUNTS.key(topic)));
        int all = count == null ? 0 : count.stories();
        Instant since = page.since();
        List<String> ids = new ArrayList<>(page.limit());
        int total;
        if (page.sort() == StoryPageRequest.Sort.SIZE) {
            scan(store, StoryState.SIZES, topic, page, ids, key -> StoryIndexKeys.lastSeenOfSizeKey(topic, key), false);
            total = since == null ? all : countSince(store, topic, since);
        } else {
            int matched = scan(store, StoryState.RECENCY, topic, page, ids,
                    key -> StoryIndexKeys.lastSeenOfRecencyKey(topic, key), since != null);
            total = since == null ? all : matched;
        }
        List<Story> stories = new ArrayList<>(ids.size());
        for (String id : ids) {
            // a story merged away between the index read and this one is left out of the page
            Story s = DecodedStories.read(store, id);
            if (s != null) {
                stories.add(s);
            }
        }
        return new Page(all, total, stories);
    }

    /**
     * Collects the ids of the page into {@code ids}. The recency index is in time order, so its scan stops at the
     * first story older than {@code since}; with {@code countAll} it goes on to there to count the matches.
     *
     * @return the number of keys that match {@code since} among those read
     */
    private static int scan(ReadOnlyKeyValueStore<String, Object> store, StoryState.Slice<String> slice, String topic,
                            StoryPageRequest page, List<String> ids,
                            java.util.function.Function<String, Instant> lastSeen, boolean countAll) {
        Instant since = page.since();
        boolean timeOrdered = slice == StoryState.RECENCY;
        int matched = 0;
        try (KeyValueIterator<String, Object> it = store.prefixScan(
                slice.key(StoryIndexKeys.topicPrefix(topic)), new StringSerializer())) {
            while (it.hasNext()) {
                org.apache.kafka.streams.KeyValue<String, Object> kv = it.next();
                String key = slice.unprefixed(kv.key);
                if (since != null && lastSeen.apply(key).isBefore(since)) {
                    if (timeOrdered) {
                        break;
                    }
                    continue;
                }
                if (matched >= page.offset() && ids.size() < page.limit()) {
                    ids.add(slice.decode(kv.value));
                }
                matched++;
                if (ids.size() == page.limit() && !countAll) {
                    break;
                }
            }
        }
        return matched;
    }

    /** Stories of the topic with an article at or after {@code since}: recency keys up to there, no value read. */
    private static int countSince(ReadOnlyKeyValueStore<String, Object> store, String topic, Instant since) {
        int n = 0;
        try (KeyValueIterator<String, Object> it = store.prefixScan(
                StoryState.RECENCY.key(StoryIndexKeys.topicPrefix(topic)), new StringSerializer())) {
            while (it.hasNext()) {
                String key = StoryState.RECENCY.unprefixed(it.next().key);
                if (StoryIndexKeys.lastSeenOfRecencyKey(topic, key).isBefore(since)) {
                    break;
                }
                n++;
            }
        }
        return n;
    }
}
