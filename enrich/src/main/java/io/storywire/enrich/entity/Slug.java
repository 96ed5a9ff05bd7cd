package io.storywire.enrich.entity;

import io.storywire.core.model.EntityType;
import io.storywire.enrich.text.TextFolder;

/** Ids made from names: the same name in any case, accents or hyphenation gives the same id. */
public final class Slug {

    private Slug() {
    }

    public static String of(String name) {
        return TextFolder.fold(name).replace("'", "").trim().replace(' ', '-');
    }

    public static String prefix(EntityType type) {
        return switch (type) {
            case PERSON -> "person:";
            case ORGANIZATION -> "org:";
            case PLACE -> "place:";
        };
    }

    public static String id(EntityType type, String name) {
        return prefix(type) + of(name);
    }

    public static EntityType typeOf(String id) {
        if (id.startsWith("person:")) {
            return EntityType.PERSON;
        }
        if (id.startsWith("org:")) {
            return EntityType.ORGANIZATION;
        }
        if (id.startsWith("place:")) {
            return EntityType.PLACE;
        }
        throw new IllegalArgumentException("entity id without a person:, org: or place: prefix: " + id);
    }
}
