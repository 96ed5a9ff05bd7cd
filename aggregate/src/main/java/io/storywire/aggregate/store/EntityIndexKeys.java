package io.storywire.aggregate.store;

import io.storywire.core.model.EnrichedArticle;
import io.storywire.core.model.Entity;
import java.util.Set;
import java.util.TreeSet;

/**
 * Keys of the {@link StoreNames#ENTITY_INDEX} store: "{entity id}|{article id}", so one entity's articles
 * of a partition are one prefix scan of "{entity id}|", and the {@link #BUILT} marker.
 */
public final class EntityIndexKeys {

    /**
     * Present once the partition's index holds every article of the articles store (written last by a rebuild,
     * deleted first). Entity ids are never blank, so no entity's prefix scan reaches a key that starts with '|'.
     */
    public static final String BUILT = "|built";

    private EntityIndexKeys() {
    }

    public static String prefix(String entityId) {
        return entityId + "|";
    }

    public static String key(String entityId, String articleId) {
        return prefix(entityId) + articleId;
    }

    /** The distinct ids of the entities an article names, sorted; none for an article without entities. */
    public static Set<String> entityIds(EnrichedArticle article) {
        Set<String> ids = new TreeSet<>();
        if (article != null && article.entities() != null) {
            for (Entity e : article.entities()) {
                if (e != null && e.id() != null && !e.id().isBlank()) {
                    ids.add(e.id());
                }
            }
        }
        return ids;
    }
}
