package io.storywire.ingest.parse;

import io.storywire.core.model.Article;
import java.util.List;

/**
 * What one payload gave: the articles read from it and the rejections of the payload or of some of its items
 * (a batch or feed may be partly good). Never both empty.
 */
public record ParseOutcome(List<Article> articles, List<Rejection> rejections) {

    public ParseOutcome {
        articles = List.copyOf(articles);
        rejections = List.copyOf(rejections);
    }

    public static ParseOutcome rejected(Rejection rejection) {
        return new ParseOutcome(List.of(), List.of(rejection));
    }

    public static ParseOutcome rejected(String reason, String detail) {
        return rejected(Rejection.of(reason, detail));
    }

    public boolean ok() {
        return rejections.isEmpty() && !articles.isEmpty();
    }
}
