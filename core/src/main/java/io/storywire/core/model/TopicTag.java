package io.storywire.core.model;

import java.util.List;

/** A topic assigned to an article, with its score (at or above the topic's threshold) and the evidence. */
public record TopicTag(String id, String label, double score, List<Evidence> evidence) {
}
