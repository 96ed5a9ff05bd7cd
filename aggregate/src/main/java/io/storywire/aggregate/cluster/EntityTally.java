package io.storywire.aggregate.cluster;

import io.storywire.core.model.EntityType;

/** How many of a story's articles name an entity. */
public record EntityTally(String name, EntityType type, int articles) {

    EntityTally plusOne() {
        return new EntityTally(name, type, articles + 1);
    }
}
