package io.storywire.aggregate.query;

import com.fasterxml.jackson.core.type.TypeReference;
import io.storywire.aggregate.AggregateTopology;
import io.storywire.core.model.EnrichedArticle;
import io.storywire.core.model.Story;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * One read of one store partition, with one string argument. Routing runs it here or on the instance that holds
 * the partition (by name, over HTTP), so every query a peer may be asked is listed here and nowhere else.
 */
public record LocalQuery<T>(String name, String store, TypeReference<T> type,
                            BiFunction<ReadOnlyKeyValueStore<String, Object>, String, T> reader) {

    /** The stories of one topic (arg: topic id); they all live in the partition of the topic id. */
    public static final LocalQuery<List<Story>> TOPIC_STORIES = new LocalQuery<>("topic-stories", AggregateTopology.STORIES,
            new TypeReference<>() { }, (store, topic) -> {
                List<Story> stories = new ArrayList<>();
                try (KeyValueIterator<String, Object> it = store.prefixScan(topic + ":", new StringSerializer())) {
                    it.forEachRemaining(kv -> stories.add((Story) kv.value));
                }
                return stories;
            });

    /** One story (arg: story id), or null. */
    public static final LocalQuery<Story> STORY = new LocalQuery<>("story", AggregateTopology.STORIES,
            new TypeReference<>() { }, (store, id) -> (Story) store.get(id));

    /** One article with its enrichment (arg: article id), or null. */
    public static final LocalQuery<EnrichedArticle> ARTICLE = new LocalQuery<>("article", AggregateTopology.ARTICLES,
            new TypeReference<>() { }, (store, id) -> (EnrichedArticle) store.get(id));

    /** The story ids of one article (arg: article id), or null. */
    @SuppressWarnings("unchecked")
    public static final LocalQuery<List<String>> ARTICLE_STORIES = new LocalQuery<>("article-stories",
            AggregateTopology.ARTICLE_STORIES, new TypeReference<>() { }, (store, id) -> (List<String>) store.get(id));

    /** Story and article counts per topic over the whole partition (no arg). */
    public static final LocalQuery<List<TopicCount>> TOPIC_COUNTS = new LocalQuery<>("topic-counts",
            AggregateTopology.STORIES, new TypeReference<>() { }, (store, ignored) -> {
                Map<String, TopicCount> counts = new TreeMap<>();
                forEachStory(store, s -> counts.merge(s.topic(), TopicCount.of(s), TopicCount::plus));
                return new ArrayList<>(counts.values());
            });

    /** The partition's stories whose top entities include one (arg: entity id). */
    public static final LocalQuery<List<Story>> ENTITY_STORIES = new LocalQuery<>("entity-stories",
            AggregateTopology.STORIES, new TypeReference<>() { }, (store, entityId) -> {
                List<Story> stories = new ArrayList<>();
                forEachStory(store, s -> {
                    if (s.topEntities() != null && s.topEntities().stream().anyMatch(e -> e.id().equals(entityId))) {
                        stories.add(s);
                    }
                });
                return stories;
            });

    public static final List<LocalQuery<?>> ALL =
            List.of(TOPIC_STORIES, STORY, ARTICLE, ARTICLE_STORIES, TOPIC_COUNTS, ENTITY_STORIES);

    public static LocalQuery<?> named(String name) {
        return ALL.stream().filter(q -> q.name.equals(name)).findFirst()
                .orElseThrow(() -> new NotFoundException("no local query " + name));
    }

    public T read(ReadOnlyKeyValueStore<String, Object> store, String arg) {
        return reader.apply(store, arg);
    }

    private static void forEachStory(ReadOnlyKeyValueStore<String, Object> store,
                                     java.util.function.Consumer<Story> action) {
        try (KeyValueIterator<String, Object> it = store.all()) {
            while (it.hasNext()) {
                KeyValue<String, Object> kv = it.next();
                if (kv.value instanceof Story s) {
                    action.accept(s);
                }
            }
        }
    }
}
