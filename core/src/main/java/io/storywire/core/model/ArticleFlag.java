package io.storywire.core.model;

/**
 * A doubt about an article that ingest keeps rather than acting on: real news has short items, teasers and wire
 * endings that look like faults to a rule, so a rule that is not sure says so here instead of rejecting the article.
 *
 * @param code     what the doubt is, e.g. {@code possibly-truncated}, {@code possibly-paywalled}, {@code short-body}
 * @param evidence the text or figure that raised it, short enough to read in a log line
 */
public record ArticleFlag(String code, String evidence) {
}
