package io.storywire.aggregate;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.storywire.aggregate.cluster.Postings;
import io.storywire.aggregate.cluster.StoryProfile;
import io.storywire.aggregate.cluster.TopicCount;
import io.storywire.core.model.Story;
import io.storywire.core.model.StoryArticle;
import java.util.List;
import java.util.Map;

/**
 * What one article did to one topic's clustering state, written to the journal slice of the story-state store before
 * any other slice under at_least_once: every store write as its final value and every record emitted. When a crash lands
 * between the journal write and the commit of the article's input offset, the replayed article finds its entry and
 * writes and emits exactly this again instead of being skipped as already seen. The entry goes once a commit has
 * made the article's outputs durable.
 *
 * @param partition the input partition of the record that produced it, with {@code offset}: only a replay of that
 *                  same record re-applies the entry; a second delivery of the article (another offset) changes
 *                  nothing, as before
 * @param absorbed  the last record of each story this article's merges absorbed (removed from the stores)
 * @param emits     the records emitted, in order
 * @param members   the story membership slice's writes (absent from entries of builds before it: none)
 * @param seq       the task's count of entries up to this one: the order in which a restart applies the counter and
 *                  index writes held back from the store (absent from entries of builds before it, which wrote them
 *                  through)
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
record StoryJournalEntry(
        int version,
        String topicPartition,
        long offset,
        Writes<Story> stories,
        Writes<StoryProfile> profiles,
        Writes<Postings> index,
        Writes<String> seen,
        Writes<Long> counters,
        Writes<TopicCount> topicCounts,
        Writes<String> recency,
        Writes<String> sizes,
        Map<String, Story> absorbed,
        List<Emit> emits,
        Writes<StoryArticle> members,
        Long seq) {

    /**
     * 2: with the recency and size index writes. An entry of version 1 (left by a build without the indexes) holds
     * none; the processor works them out from the stories it writes when it applies one.
     */
    static final int VERSION = 2;

    /** An entry that writes no members. */
    StoryJournalEntry(int version, String topicPartition, long offset, Writes<Story> stories,
            Writes<StoryProfile> profiles, Writes<Postings> index, Writes<String> seen, Writes<Long> counters,
            Writes<TopicCount> topicCounts, Writes<String> recency, Writes<String> sizes, Map<String, Story> absorbed,
            List<Emit> emits) {
        this(version, topicPartition, offset, stories, profiles, index, seen, counters, topicCounts, recency, sizes,
                absorbed, emits, null, null);
    }

    /** An entry without a sequence number. */
    StoryJournalEntry(int version, String topicPartition, long offset, Writes<Story> stories,
            Writes<StoryProfile> profiles, Writes<Postings> index, Writes<String> seen, Writes<Long> counters,
            Writes<TopicCount> topicCounts, Writes<String> recency, Writes<String> sizes, Map<String, Story> absorbed,
            List<Emit> emits, Writes<StoryArticle> members) {
        this(version, topicPartition, offset, stories, profiles, index, seen, counters, topicCounts, recency, sizes,
                absorbed, emits, members, null);
    }

    /** This entry numbered {@code seq}. */
    StoryJournalEntry withSeq(long seq) {
        return new StoryJournalEntry(version, topicPartition, offset, stories, profiles, index, seen, counters,
                topicCounts, recency, sizes, absorbed, emits, members, seq);
    }

    /** The entry's sequence number; 0 for an entry of a build before them. */
    long order() {
        return seq == null ? 0 : seq;
    }

    /** Final values written and keys deleted in one store. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Writes<V>(Map<String, V> put, List<String> delete) {
        Writes {
            put = put == null ? Map.of() : put;
            delete = delete == null ? List.of() : delete;
        }
    }

    /**
     * One emitted record, keyed {@code key}: a story (its value is the story {@code story} in {@link #stories} or
     * {@link #absorbed}), the tombstone of story {@code key} when {@code expired}, or an assignment of article
     * {@code key} to story {@code assignment}, moved from {@code replaces} when a merge took its story (an empty
     * {@code assignment}: removed from {@code replaces}, which expired). {@code change} is what a story record tells
     * (see {@link Story#change()}; absent from entries of builds before it).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Emit(String key, String story, String assignment, String replaces, Boolean expired, String change) {

        Emit(String key, String story, String assignment, String replaces, Boolean expired) {
            this(key, story, assignment, replaces, expired, null);
        }

        Emit(String key, String story, String assignment, String replaces) {
            this(key, story, assignment, replaces, null, null);
        }

        /** The tombstone of an expired story. */
        static Emit expiry(String storyId) {
            return new Emit(storyId, null, null, null, true);
        }

        boolean isExpiry() {
            return Boolean.TRUE.equals(expired);
        }
    }

    StoryJournalEntry {
        absorbed = absorbed == null ? Map.of() : absorbed;
        emits = emits == null ? List.of() : emits;
        stories = stories == null ? new Writes<>(null, null) : stories;
        profiles = profiles == null ? new Writes<>(null, null) : profiles;
        index = index == null ? new Writes<>(null, null) : index;
        seen = seen == null ? new Writes<>(null, null) : seen;
        counters = counters == null ? new Writes<>(null, null) : counters;
        topicCounts = topicCounts == null ? new Writes<>(null, null) : topicCounts;
        recency = recency == null ? new Writes<>(null, null) : recency;
        sizes = sizes == null ? new Writes<>(null, null) : sizes;
        members = members == null ? new Writes<>(null, null) : members;
    }

    /** This entry with the index writes of its stories. */
    StoryJournalEntry withIndexes(Writes<String> recency, Writes<String> sizes) {
        return new StoryJournalEntry(VERSION, topicPartition, offset, stories, profiles, index, seen, counters,
                topicCounts, recency, sizes, absorbed, emits, members, seq);
    }

    /** Whether {@code record} at this input position is the one that produced the entry: a replay, not a repeat. */
    boolean producedBy(String topicPartition, long offset) {
        return offset >= 0 && this.offset == offset && this.topicPartition != null
                && this.topicPartition.equals(topicPartition);
    }

    /** The value of an emitted story record. */
    Story storyOf(Emit emit) {
        Story s = absorbed.get(emit.story());
        s = s != null ? s : stories.put().get(emit.story());
        return emit.change() == null ? s : s.withChange(emit.change());
    }
}
