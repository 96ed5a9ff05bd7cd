package io.storywire.enrich.entity;

import io.storywire.core.model.Entity;
import io.storywire.enrich.Articles;
import java.util.List;
import java.util.Optional;

/** The default tagger, built once for all entity tests (building the automata is the slow part). */
final class Tagged {

    private static final EntityTagger TAGGER = EntityTagger.withDefaults();

    private Tagged() {
    }

    static List<Entity> entities(String title, String body) {
        return TAGGER.tag(Articles.of("x", title, body)).entities();
    }

    static Optional<Entity> byName(List<Entity> entities, String name) {
        return entities.stream().filter(e -> e.name().equals(name)).findFirst();
    }
}
