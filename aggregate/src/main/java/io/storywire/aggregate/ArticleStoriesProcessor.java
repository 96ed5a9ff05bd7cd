package io.storywire.aggregate;

import io.storywire.aggregate.store.StoreNames;
import java.util.List;
import java.util.TreeSet;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Adds a story id to its article's sorted set of stories; a repeated assignment changes nothing. A move
 * ("story id TAB replaced id", sent when a merge absorbed the article's story) also drops the replaced id; a removal
 * ("TAB expired id", sent when the article's story expired) only drops it, and the article's entry goes with its
 * last story.
 */
final class ArticleStoriesProcessor implements Processor<String, String, Void, Void> {

    private KeyValueStore<String, List<String>> store;
    /** an assignment whose write failed (the stage resumed after the error): written again first */
    private Record<String, String> unfinished;

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        store = context.getStateStore(StoreNames.ARTICLE_STORIES);
    }

    @Override
    public void process(Record<String, String> record) {
        if (unfinished != null) {
            Record<String, String> again = unfinished;
            unfinished = null;
            write(again);
        }
        write(record);
    }

    private void write(Record<String, String> record) {
        String value = record.value();
        int tab = value.indexOf(ClusterOutput.SEPARATOR);
        String storyId = tab < 0 ? value : value.substring(0, tab);
        List<String> current = store.get(record.key());
        TreeSet<String> ids = current == null ? new TreeSet<>() : new TreeSet<>(current);
        boolean changed = !storyId.isEmpty() && ids.add(storyId);
        if (tab >= 0) {
            changed |= ids.remove(value.substring(tab + 1));
        }
        if (changed) {
            try {
                // a put of null deletes without reading the old value back
                store.put(record.key(), ids.isEmpty() ? null : List.copyOf(ids));
            } catch (RuntimeException e) {
                unfinished = record;
                throw e;
            }
        }
    }
}
