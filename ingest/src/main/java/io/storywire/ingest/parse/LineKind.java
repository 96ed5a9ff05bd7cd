package io.storywire.ingest.parse;

/** What one line of a scraped page is, judged by its own shape and words. */
enum LineKind {
    BLANK,
    /** Site chrome that may sit anywhere: share buttons, view counters, image placeholders, ads, "Also read". */
    CHROME,
    /** A line that ends the article: "Related Posts", "TAGGED:", "Leave a comment", "Disclaimer:", "+ posts". */
    END_MARKER,
    /** "Published January 7, 2026", "Updated 2 hours ago". */
    DATE,
    /** "Source: AFP". */
    SOURCE,
    /** "By Jane Doe". */
    BYLINE,
    /** "Home > World > Asia", "Home Asia Some headline". */
    BREADCRUMB,
    TEXT
}
