package io.storywire.eval.enrich;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.storywire.core.model.Article;
import io.storywire.core.model.EntityType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/** One line of eval-data/enrich-gold.jsonl. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GoldArticle(String id, String source, String title, OffsetDateTime published, String body,
                          List<String> topics, List<GoldEntity> entities) {

    /** A gold entity: its canonical name, type and the other surface forms the text uses for it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record GoldEntity(String name, EntityType type, List<String> aliases) {
        public GoldEntity {
            aliases = aliases == null ? List.of() : aliases;
        }
    }

    public GoldArticle {
        topics = topics == null ? List.of() : topics;
        entities = entities == null ? List.of() : entities;
    }

    public Article toArticle() {
        return new Article(id, title, source, null, published, "json", null, "en", body, "file", "enrich-gold.jsonl",
                Instant.EPOCH, null);
    }
}
