package io.storywire.enrich.entity;

import io.storywire.core.model.EntityType;

/**
 * A name the gazetteer does not know, found by the recogniser.
 *
 * @param heading  found in a headline or a title-case line, where capitals say little: kept only if the body names
 *                 the same entity too
 * @param overrides true when it spans gazetteer places it contains ("Seoul National University" over "Seoul")
 */
public record RecognizedName(EntityType type, String field, int start, int end, String text, boolean heading,
                             boolean overrides) {
}
