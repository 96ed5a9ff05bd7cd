package io.storywire.core.model;

/** Marks an article as a near-copy of an earlier one: the original's id and the estimated Jaccard similarity. */
public record NearDuplicate(String articleId, double similarity) {
}
