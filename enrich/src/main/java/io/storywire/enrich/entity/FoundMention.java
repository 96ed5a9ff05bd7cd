package io.storywire.enrich.entity;

import io.storywire.core.model.EntityType;
import java.util.List;

/**
 * A mention of an entity in an article, as the tagger assembles it: gazetteer match, recognised name or a short
 * form resolved to a full name met elsewhere in the article.
 *
 * @param demonym an adjective ("Chinese"): evidence for topics, but alone it does not put the entity in the article
 * @param implies ids the entity implies (a capital its country, a leader the country)
 */
public record FoundMention(String id, String name, EntityType type, boolean linked, String field, int start, int end,
                           String text, boolean demonym, List<String> implies) {

    public FoundMention at(String field, int start, int end, String text) {
        return new FoundMention(id, name, type, linked, field, start, end, text, false, implies);
    }
}
