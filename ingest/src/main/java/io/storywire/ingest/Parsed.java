package io.storywire.ingest;

import io.storywire.core.model.Article;
import io.storywire.core.model.DeadLetter;

/** One output of the parse step: an article or a dead letter; never leaves the task, so it needs no serde. */
record Parsed(Article article, DeadLetter deadLetter) {

    static Parsed of(Article article) {
        return new Parsed(article, null);
    }

    static Parsed of(DeadLetter deadLetter) {
        return new Parsed(null, deadLetter);
    }

    boolean isArticle() {
        return article != null;
    }
}
