package io.storywire.core.model;

/** Marks an article as a near-copy of an earlier one: the original's id and the similarity
 * (containment: the share of the shorter text's word shingles found in the original). */
public record NearDuplicate(String articleId, double similarity) {
}
