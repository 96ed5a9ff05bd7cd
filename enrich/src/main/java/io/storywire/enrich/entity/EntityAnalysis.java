package io.storywire.enrich.entity;

import io.storywire.core.model.Entity;
import java.util.List;

/** The entities of one article, and every mention found (demonyms too), which the topic tagger weighs. */
public record EntityAnalysis(List<Entity> entities, List<FoundMention> mentions) {
}
