package io.storywire.core.model;

import java.util.List;

/**
 * An entity found in one article.
 *
 * @param id       canonical id, the same across spellings and articles, e.g. "person:lee-jae-myung"
 * @param name     canonical name
 * @param type     person, organisation or place
 * @param linked   true when the gazetteer knows the entity; false for a name found by the recogniser alone
 * @param salience share of the article's entity mentions that name this entity, 0..1
 * @param mentions every mention, in text order
 */
public record Entity(String id, String name, EntityType type, boolean linked, double salience, List<Mention> mentions) {
}
