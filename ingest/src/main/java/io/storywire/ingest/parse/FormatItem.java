package io.storywire.ingest.parse;

/** One item a format parser read: a draft, or why the item is not one. Exactly one is set. */
record FormatItem(ArticleDraft draft, Rejection rejection) {

    static FormatItem of(ArticleDraft draft) {
        return new FormatItem(draft, null);
    }

    static FormatItem of(Rejection rejection) {
        return new FormatItem(null, rejection);
    }
}
