package io.storywire.enrich.entity;

/** What the gazetteer already claims of each token: nothing, a place or demonym, or a person or organisation. */
public enum Coverage {
    NONE, PLACE, NAMED
}
