package io.storywire.aggregate.query.local;

import io.storywire.aggregate.cluster.ScanTable;
import io.storywire.aggregate.cluster.StoryMembers;
import io.storywire.aggregate.store.StoryState;
import io.storywire.core.model.Story;
import io.storywire.core.model.StoryArticle;
import io.storywire.core.serde.Json;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * One page of a story's articles, newest first, read from the story membership slice of the partition that holds
 * the story: a reverse range over the story's keys that stops at the page's end, so the cost is offset plus limit
 * entries, whatever the story's size. The story record itself lists only the newest few.
 */
public final class StoryArticles {

    private StoryArticles() {
    }

    /** What a peer is asked: the story and the page. */
    public record Request(String story, int limit, int offset) {
    }

    /** What one store partition answers: the story's size and the page, or null when it holds no such story. */
    public record Part(int total, List<StoryArticle> articles) {
    }

    static Part read(ReadOnlyKeyValueStore<String, Object> store, String arg) {
        Request r = Json.read(arg, Request.class);
        if (r == null || r.story() == null || r.limit() < 1 || r.offset() < 0) {
            throw new IllegalArgumentException("expected {\"story\":...,\"limit\":>=1,\"offset\":>=0}, not '"
                    + arg + "'");
        }
        Story story = DecodedStories.read(store, r.story());
        if (story == null) {
            return null;
        }
        List<StoryArticle> page = new ArrayList<>();
        String from = StoryState.MEMBERS.key(StoryMembers.prefix(r.story()));
        boolean any = false;
        int skipped = 0;
        try (KeyValueIterator<String, Object> it = store.reverseRange(from, ScanTable.upperBound(from))) {
            while (it.hasNext() && page.size() < r.limit()) {
                var kv = it.next();
                if (!StoryMembers.isOf(r.story(), StoryState.MEMBERS.unprefixed(kv.key))) {
                    continue;
                }
                any = true;
                if (skipped < r.offset()) {
                    skipped++;
                } else {
                    page.add(StoryState.MEMBERS.decode(kv.value));
                }
            }
        }
        if (!any) {
            // a story written before the membership slice, not grown since: its record lists all its articles
            List<StoryArticle> listed = new ArrayList<>(story.articles());
            Collections.reverse(listed);
            page = listed.subList(Math.min(r.offset(), listed.size()),
                    (int) Math.min((long) r.offset() + r.limit(), listed.size()));
        }
        return new Part(story.size(), List.copyOf(page));
    }
}
