package io.storywire.aggregate.cluster;

import io.storywire.core.model.Story;
import io.storywire.core.model.StoryArticle;

/**
 * Everything the clusterer keeps between articles. All keys start with the topic id, so one topic's state lives in
 * the task that owns the topic.
 *
 * @param stories  story id to Story: what queries read
 * @param profiles story id to its term centroid and entity tallies
 * @param index    candidate index: "topic|t|stem" or "topic|e|entityId" to the stories that recently had it
 * @param seen     "topic|articleId" to the story id the article joined: makes re-delivery a no-op and lets a
 *                 near-duplicate find its original's story
 * @param counters "topic|d|stem" and "topic|e|entityId" document frequencies, "topic|#docs" the document count, "topic|#clock" the topic's
 *                 latest article time in epoch millis
 * @param members  "{story id}|{position}|{article id}" to the article (see {@link StoryMembers}): every article of
 *                 every story, which the story record no longer lists in full
 */
public record ClusterState(
        Table<Story> stories,
        Table<StoryProfile> profiles,
        Table<Postings> index,
        Table<String> seen,
        Table<Long> counters,
        ScanTable<StoryArticle> members) {

    /** The five tables of old, the members in memory. */
    public ClusterState(Table<Story> stories, Table<StoryProfile> profiles, Table<Postings> index, Table<String> seen,
            Table<Long> counters) {
        this(stories, profiles, index, seen, counters, new MemoryTable<>());
    }

    public static ClusterState inMemory() {
        return new ClusterState(new MemoryTable<>(), new MemoryTable<>(), new MemoryTable<>(), new MemoryTable<>(),
                new MemoryTable<>(), new MemoryTable<>());
    }

    static String seenKey(String topic, String articleId) {
        return topic + "|" + articleId;
    }
}
