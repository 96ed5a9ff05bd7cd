package io.storywire.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;

/** An article as a story lists it. {@code nearDuplicateOf} is the original's id when ingest marked it a near-copy. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StoryArticle(String id, String title, String source, OffsetDateTime published, String nearDuplicateOf) {

    public static StoryArticle of(Article a) {
        return new StoryArticle(a.id(), a.title(), a.source(), a.published(),
                a.nearDuplicateOf() == null ? null : a.nearDuplicateOf().articleId());
    }
}
