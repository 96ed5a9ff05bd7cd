package io.storywire.aggregate.query;

import io.storywire.aggregate.query.routing.Router;
import io.storywire.aggregate.query.local.Answer;
import io.storywire.aggregate.query.local.LocalQuery;
import io.storywire.aggregate.query.local.StoryArticles;
import io.storywire.aggregate.query.local.StoryPageRequest;
import io.storywire.aggregate.query.local.TopicPages;
import io.storywire.core.TopicIds;
import io.storywire.aggregate.cluster.TopicCount;
import io.storywire.core.model.EnrichedArticle;
import io.storywire.core.model.Story;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The questions the API answers, each as one routed read (a key query goes to the partition's holder) or one
 * gather over every partition, merged.
 */
public final class QueryService {

    private static final int MAX_ID = 512;

    private final Router router;
    private final Set<String> configuredTopics;

    public QueryService(Router router) {
        this(router, Set.of());
    }

    /**
     * @param configuredTopics the taxonomy's topic ids as configured: listed even before they have a story, and
     *                         answered with an empty page rather than 404
     */
    public QueryService(Router router, Set<String> configuredTopics) {
        this.router = router;
        this.configuredTopics = Set.copyOf(configuredTopics);
    }

    public Views.TopicList topics() {
        List<Answer<List<TopicCount>>> parts = router.everyPartition(LocalQuery.TOPIC_COUNTS, "");
        List<List<TopicCount>> counts = new java.util.ArrayList<>(parts.stream().map(Answer::value).toList());
        counts.add(configuredTopics.stream().sorted().map(TopicCount::empty).toList());
        return new Views.TopicList(StoryMerge.topicCounts(counts), anyStale(parts));
    }

    public StoryPage topicStories(String topic, StoryPageRequest request) {
        requireTopicId(topic);
        Answer<TopicPages.Page> answer = router.byKey(LocalQuery.TOPIC_PAGE, topic,
                new TopicPages.Request(topic, request).arg());
        TopicPages.Page page = answer.value();
        if (page.topicStories() == 0 && !configuredTopics.contains(topic)) {
            throw new NotFoundException("no stories in topic '" + topic + "'");
        }
        return new StoryPage(topic, request.sort().name().toLowerCase(java.util.Locale.ROOT), request.limit(),
                request.offset(), page.total(), answer.stale(), page.stories());
    }

    public Views.StoryView story(String id) {
        requireId("story id", id);
        String topic = Story.topicOf(id);
        if (!id.contains(":") || !TopicIds.isValid(topic)) {
            throw new IllegalArgumentException("a story id is '<topic>:<suffix>', not '" + id + "'");
        }
        Answer<Story> answer = router.byKey(LocalQuery.STORY, topic, id);
        if (answer.value() == null) {
            throw new NotFoundException("no story '" + id + "'");
        }
        return new Views.StoryView(answer.value(), answer.stale());
    }

    /** A page of a story's articles, newest first, from the partition of the story's topic. */
    public StoryArticlePage storyArticles(StoryArticles.Request request) {
        String id = request.story();
        requireStoryId(id);
        Answer<StoryArticles.Part> answer = router.byKey(LocalQuery.STORY_ARTICLES, Story.topicOf(id),
                io.storywire.core.serde.Json.write(request));
        if (answer.value() == null) {
            throw new NotFoundException("no story '" + id + "'");
        }
        return new StoryArticlePage(id, request.limit(), request.offset(), answer.value().total(), answer.stale(),
                answer.value().articles());
    }

    private static void requireStoryId(String id) {
        requireId("story id", id);
        if (!id.contains(":") || !TopicIds.isValid(Story.topicOf(id))) {
            throw new IllegalArgumentException("a story id is '<topic>:<suffix>', not '" + id + "'");
        }
    }

    public Views.ArticleView article(String id) {
        requireId("article id", id);
        Answer<EnrichedArticle> article = router.byKey(LocalQuery.ARTICLE, id, id);
        if (article.value() == null) {
            throw new NotFoundException("no article '" + id + "'");
        }
        // the article -> stories index may live on another instance than the article itself
        Answer<List<String>> storyIds = router.byKey(LocalQuery.ARTICLE_STORIES, id, id);
        EnrichedArticle a = article.value();
        return new Views.ArticleView(a.article(), a.entities(), a.topics(),
                storyIds.value() == null ? List.of() : storyIds.value().stream().sorted().toList(),
                article.stale() || storyIds.stale());
    }

    /**
     * Every story that holds an article naming the entity: the articles come from a prefix scan of every partition
     * of the entity index, their story ids from the article index, the stories from their topics' partitions.
     */
    public Views.EntityStories entityStories(String entityId) {
        requireId("entity id", entityId);
        List<Answer<List<String>>> articles = router.everyPartition(LocalQuery.ENTITY_ARTICLES, entityId);
        List<String> articleIds = articles.stream().flatMap(a -> a.value().stream()).distinct().toList();
        if (articleIds.isEmpty()) {
            throw new NotFoundException("no article names entity '" + entityId + "'");
        }
        List<Answer<Map<String, List<String>>>> index = router.byKeys(LocalQuery.STORY_IDS_OF_ARTICLES, articleIds,
                id -> id);
        Set<String> storyIds = new TreeSet<>();
        index.forEach(a -> a.value().values().forEach(storyIds::addAll));
        List<Answer<List<Story>>> stories = storyIds.isEmpty() ? List.of()
                : router.byKeys(LocalQuery.STORIES_BY_ID, storyIds, Story::topicOf);
        List<Story> merged = StoryMerge.union(stories.stream().map(Answer::value).toList());
        if (merged.isEmpty()) {
            throw new NotFoundException("entity '" + entityId + "' appears in no story yet");
        }
        boolean stale = anyStale(articles) || anyStale(index) || anyStale(stories);
        return new Views.EntityStories(entityId, merged.size(), stale, merged);
    }

    private static boolean anyStale(List<? extends Answer<?>> parts) {
        return parts.stream().anyMatch(Answer::stale);
    }

    private static void requireTopicId(String topic) {
        if (!TopicIds.isValid(topic)) {
            throw new IllegalArgumentException("'" + topic + "' is not a topic id (" + TopicIds.rule() + ")");
        }
    }

    private static void requireId(String what, String id) {
        if (id == null || id.isBlank() || id.length() > MAX_ID) {
            throw new IllegalArgumentException(what + " must be 1 to " + MAX_ID + " characters");
        }
    }
}
