package io.storywire.enrich.entity;

/** A gazetteer name found in a field; {@code demonym} when it was an adjective such as "Chinese". */
public record GazetteerHit(GazetteerEntry entry, String field, int start, int end, String text, boolean demonym) {
}
