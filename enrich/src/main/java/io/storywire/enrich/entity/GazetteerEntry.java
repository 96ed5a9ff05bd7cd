package io.storywire.enrich.entity;

import io.storywire.core.model.EntityType;
import java.util.List;

/**
 * One entity the gazetteer knows.
 *
 * @param id        canonical id, "person:lee-jae-myung", "place:south-korea", "org:samsung"
 * @param name      canonical name
 * @param type      person, organisation or place
 * @param aliases   other names, spellings and short forms that name it on their own
 * @param demonyms  adjectives that refer to it ("South Korean"); they support topics but do not name it alone
 * @param implies   ids this entity implies: a capital its country, a leader the country he or she leads
 * @param role      for people, the office ("President of South Korea"); for places, "country", "capital", "city"
 */
public record GazetteerEntry(String id, String name, EntityType type, List<String> aliases, List<String> demonyms,
                             List<String> implies, String role) {
}
