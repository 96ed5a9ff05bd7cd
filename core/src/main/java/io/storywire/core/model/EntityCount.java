package io.storywire.core.model;

/** How many of a story's articles name an entity. */
public record EntityCount(String id, String name, EntityType type, int articles) {
}
