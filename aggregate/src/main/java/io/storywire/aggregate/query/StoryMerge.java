package io.storywire.aggregate.query;

import io.storywire.aggregate.cluster.TopicCount;
import io.storywire.aggregate.query.local.StoryPageRequest;
import io.storywire.core.model.Story;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Merges per-partition answers into one and orders and pages stories; pure functions. */
public final class StoryMerge {

    /** Newest activity first; ties by id so every instance pages identically. */
    public static final Comparator<Story> RECENT = Comparator
            .comparing((Story s) -> s.lastSeen() == null ? Instant.MIN : s.lastSeen()).reversed()
            .thenComparing(Story::id);

    public static final Comparator<Story> LARGEST = Comparator.comparingInt(Story::size).reversed()
            .thenComparing(RECENT);

    private StoryMerge() {
    }

    /** Sums the per-topic counts of every partition; most articles first, then by id. */
    public static List<TopicCount> topicCounts(Collection<List<TopicCount>> perPartition) {
        Map<String, TopicCount> merged = new LinkedHashMap<>();
        perPartition.forEach(list -> list.forEach(c -> merged.merge(c.id(), c, TopicCount::plus)));
        return merged.values().stream()
                .sorted(Comparator.comparingInt(TopicCount::articles).reversed().thenComparing(TopicCount::id))
                .toList();
    }

    /** The union of stories from every partition, one per id, newest first. */
    public static List<Story> union(Collection<List<Story>> perPartition) {
        Map<String, Story> byId = new LinkedHashMap<>();
        perPartition.forEach(list -> list.forEach(s -> byId.putIfAbsent(s.id(), s)));
        return byId.values().stream().sorted(RECENT).toList();
    }

    /** Filters by {@code since}, sorts and cuts one page; {@code total} counts before paging. */
    public static StoryPage page(String topic, List<Story> stories, StoryPageRequest req, boolean stale) {
        List<Story> matching = stories.stream()
                .filter(s -> req.since() == null || (s.lastSeen() != null && !s.lastSeen().isBefore(req.since())))
                .sorted(req.sort() == StoryPageRequest.Sort.SIZE ? LARGEST : RECENT)
                .toList();
        List<Story> page = matching.stream().skip(req.offset()).limit(req.limit()).toList();
        return new StoryPage(topic, req.sort().name().toLowerCase(), req.limit(), req.offset(),
                matching.size(), stale, page);
    }
}
