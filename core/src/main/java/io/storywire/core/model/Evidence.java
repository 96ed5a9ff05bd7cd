package io.storywire.core.model;

/**
 * Why a topic was assigned: a trigger phrase or an entity, where it stands and what it added to the score.
 *
 * @param kind   "phrase" or "entity"
 * @param value  the phrase as configured, or the entity id
 * @param field  "title" or "body"
 * @param start  character offset in the field, end exclusive
 * @param weight what this piece of evidence added to the score
 */
public record Evidence(String kind, String value, String field, int start, int end, double weight) {
}
