package io.storywire.aggregate;

import io.storywire.core.model.Story;

/**
 * What the clustering processor emits: either a story as it now is (keyed by story id, for the stories topic) or
 * the story an article joined (keyed by article id, for the article-stories store).
 */
record ClusterOutput(Story story, String storyId) {

    static ClusterOutput story(Story story) {
        return new ClusterOutput(story, null);
    }

    static ClusterOutput assignment(String storyId) {
        return new ClusterOutput(null, storyId);
    }

    boolean isStory() {
        return story != null;
    }
}
