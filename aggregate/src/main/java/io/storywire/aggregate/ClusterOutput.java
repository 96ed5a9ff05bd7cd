package io.storywire.aggregate;

import io.storywire.core.model.Story;

/**
 * What the clustering processor emits: either a story as it now is (keyed by story id, for the stories topic), the
 * end of an expired story (a tombstone on the stories topic), or the story an article joined (keyed by article id,
 * for the article-stories store), with the story it left when a merge moved it or the story it lost to expiry.
 */
record ClusterOutput(Story story, String storyId, String replaces, boolean tombstone) {

    /** Separates the story id from the one it replaces on the internal assignments topic; ids hold no tab. */
    static final char SEPARATOR = '\t';

    static ClusterOutput story(Story story) {
        return new ClusterOutput(story, null, null, false);
    }

    static ClusterOutput assignment(String storyId) {
        return new ClusterOutput(null, storyId, null, false);
    }

    /** The story {@code storyId} expired: a null value on the stories topic, keyed by the story id. */
    static ClusterOutput expired(String storyId) {
        return new ClusterOutput(null, storyId, null, true);
    }

    /** The article now belongs to {@code storyId} instead of {@code replaces}, which was merged into it. */
    static ClusterOutput move(String storyId, String replaces) {
        return new ClusterOutput(null, storyId, replaces, false);
    }

    /** A record for the stories topic: a story, or the tombstone of an expired one (value null). */
    boolean isStory() {
        return story != null || tombstone;
    }

    /**
     * The assignment as the internal topic carries it: the story id, or "storyId TAB replaced id" for a move, or
     * "TAB expired id" for a removal (no story id).
     */
    String assignmentValue() {
        return replaces == null ? storyId : storyId + SEPARATOR + replaces;
    }
}
