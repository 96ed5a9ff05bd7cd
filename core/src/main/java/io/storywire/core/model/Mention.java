package io.storywire.core.model;

/**
 * One place an entity is named. Offsets are character offsets into the field named by {@code field}
 * ("title" or "body"), end exclusive, so {@code text.substring(start, end)} gives back the surface form.
 */
public record Mention(String field, int start, int end, String text) {
}
