package io.storywire.aggregate.query.local;

import io.storywire.aggregate.store.StoreNames;
import io.storywire.aggregate.store.StoryState;
import io.storywire.aggregate.cluster.TopicCount;
import com.fasterxml.jackson.core.type.TypeReference;
import io.storywire.aggregate.store.EntityIndexKeys;
import io.storywire.core.model.EnrichedArticle;
import io.storywire.core.model.Story;
import io.storywire.core.serde.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiFunction;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * One read of one store partition, with one string argument. Routing runs it here or on the instance that holds
 * the partition (by name, over HTTP), so every query a peer may be asked is listed here and nowhere else.
 *
 * @param activeOnly true for a query of derived state that only the active task keeps (a standby restores
 *                   changelogs, and such a store has none): no standby is asked, even when the active cannot answer
 */
public record LocalQuery<T>(String name, String store, TypeReference<T> type,
                            BiFunction<ReadOnlyKeyValueStore<String, Object>, String, T> reader, boolean activeOnly) {

    LocalQuery(String name, String store, TypeReference<T> type,
               BiFunction<ReadOnlyKeyValueStore<String, Object>, String, T> reader) {
        this(name, store, type, reader, false);
    }

    /**
     * One page of one topic's stories (arg: {@link TopicPages.Request} as JSON): a scan of the topic's recency or
     * size index that reads and decodes only the stories of the page. They all live in the partition of the topic id.
     */
    public static final LocalQuery<TopicPages.Page> TOPIC_PAGE = new LocalQuery<>("topic-page",
            StoreNames.STORY_STATE, new TypeReference<>() { }, TopicPages::read);

    /** One story (arg: story id), or null. */
    public static final LocalQuery<Story> STORY = new LocalQuery<>("story", StoreNames.STORY_STATE,
            new TypeReference<>() { }, DecodedStories::read);

    /**
     * One page of a story's articles, newest first (arg: JSON {@link StoryArticles.Request}), or null when there
     * is no such story: a reverse range over the story's keys of the membership slice that stops at the page's end,
     * so the cost is offset plus limit entries, whatever the story's size.
     */
    public static final LocalQuery<StoryArticles.Part> STORY_ARTICLES = new LocalQuery<>("story-articles",
            StoreNames.STORY_STATE, new TypeReference<>() { }, StoryArticles::read);

    /** One article with its enrichment (arg: article id), or null. */
    public static final LocalQuery<EnrichedArticle> ARTICLE = new LocalQuery<>("article", StoreNames.ARTICLES,
            new TypeReference<>() { }, (store, id) -> (EnrichedArticle) store.get(id));

    /** The story ids of one article (arg: article id), or null. */
    @SuppressWarnings("unchecked")
    public static final LocalQuery<List<String>> ARTICLE_STORIES = new LocalQuery<>("article-stories",
            StoreNames.ARTICLE_STORIES, new TypeReference<>() { }, (store, id) -> (List<String>) store.get(id));

    /**
     * Story and article counts of the partition's topics (no arg): one entry per topic from the counts the clusterer
     * keeps, never a scan of the stories.
     */
    public static final LocalQuery<List<TopicCount>> TOPIC_COUNTS = new LocalQuery<>("topic-counts",
            StoreNames.STORY_STATE, new TypeReference<>() { }, (store, ignored) -> StoryState.topicCounts(store));

    /**
     * The ids of the partition's articles that name an entity (arg: entity id): a prefix scan of the entity index,
     * so the cost is the number of such articles. The value is the article id, and the key must be exactly
     * "{entity}|{article}", so an entity id that itself holds '|' cannot match another entity's entries. The index
     * is derived and kept by the active task only; while it is being rebuilt (no {@link EntityIndexKeys#BUILT}
     * marker) the partition cannot answer.
     */
    public static final LocalQuery<List<String>> ENTITY_ARTICLES = new LocalQuery<>("entity-articles",
            StoreNames.ENTITY_INDEX, new TypeReference<>() { }, (store, entityId) -> {
                if (store.get(EntityIndexKeys.BUILT) == null) {
                    throw new StoreUnavailableException("the entity index of this partition is being rebuilt");
                }
                List<String> ids = new ArrayList<>();
                String prefix = EntityIndexKeys.prefix(entityId);
                try (KeyValueIterator<String, Object> it = store.prefixScan(prefix, new StringSerializer())) {
                    it.forEachRemaining(kv -> {
                        if (kv.value instanceof String articleId
                                && kv.key.equals(EntityIndexKeys.key(entityId, articleId))) {
                            ids.add(articleId);
                        }
                    });
                }
                return ids;
            }, true);

    /** Story ids of several articles of one partition (arg: JSON array of article ids); absent ones left out. */
    @SuppressWarnings("unchecked")
    public static final LocalQuery<Map<String, List<String>>> STORY_IDS_OF_ARTICLES = new LocalQuery<>(
            "story-ids-of-articles", StoreNames.ARTICLE_STORIES, new TypeReference<>() { }, (store, ids) -> {
                Map<String, List<String>> out = new TreeMap<>();
                for (String id : idList(ids)) {
                    Object storyIds = store.get(id);
                    if (storyIds != null) {
                        out.put(id, (List<String>) storyIds);
                    }
                }
                return out;
            });

    /** Several stories of one partition (arg: JSON array of story ids); absent ones left out. */
    public static final LocalQuery<List<Story>> STORIES_BY_ID = new LocalQuery<>("stories-by-id",
            StoreNames.STORY_STATE, new TypeReference<>() { }, (store, ids) -> {
                List<Story> stories = new ArrayList<>();
                for (String id : idList(ids)) {
                    Story s = DecodedStories.read(store, id);
                    if (s != null) {
                        stories.add(s);
                    }
                }
                return stories;
            });

    public static final List<LocalQuery<?>> ALL =
            List.of(TOPIC_PAGE, STORY, STORY_ARTICLES, ARTICLE, ARTICLE_STORIES, TOPIC_COUNTS, ENTITY_ARTICLES,
                    STORY_IDS_OF_ARTICLES, STORIES_BY_ID);

    /** The query of that name; empty for none (the asker says what that means to its caller). */
    public static Optional<LocalQuery<?>> named(String name) {
        return ALL.stream().filter(q -> q.name.equals(name)).findFirst();
    }

    public T read(ReadOnlyKeyValueStore<String, Object> store, String arg) {
        return reader.apply(store, arg);
    }

    /** The argument of a many-keys query: a JSON array of ids. */
    public static String idArg(java.util.Collection<String> ids) {
        return Json.write(ids);
    }

    private static List<String> idList(String arg) {
        try {
            return Json.MAPPER.readValue(arg, new TypeReference<List<String>>() { });
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("expected a JSON array of ids, not '" + arg + "'");
        }
    }
}
