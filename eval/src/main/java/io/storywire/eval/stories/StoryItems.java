package io.storywire.eval.stories;

import io.storywire.core.model.Story;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What BCubed scores: an item is an (article, topic) pair, as an article is in one story per topic it was tagged with;
 * its gold cluster is its gold story within that topic, its predicted cluster the story the replay put it in.
 */
record StoryItems(Map<String, String> gold, Map<String, String> predicted) {

    /** @param assigned each article's story ids, as the replay left them */
    static StoryItems of(List<GoldArticle> articles, Map<String, List<String>> assigned) {
        Map<String, String> gold = new TreeMap<>();
        Map<String, String> predicted = new TreeMap<>();
        for (GoldArticle a : articles) {
            for (String storyId : assigned.getOrDefault(a.id(), List.of())) {
                String topic = Story.topicOf(storyId);
                String item = topic + "|" + a.id();
                gold.put(item, topic + "|" + a.story());
                predicted.put(item, storyId);
            }
        }
        return new StoryItems(gold, predicted);
    }

    int predictedStories() {
        return new TreeSet<>(predicted.values()).size();
    }

    BCubed score() {
        return BCubed.of(gold, predicted);
    }
}
