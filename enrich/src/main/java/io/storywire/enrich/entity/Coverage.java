package io.storywire.enrich.entity;

/** What the gazetteer already claims of each token: nothing, a place or demonym, an organisation or a person. */
public enum Coverage {
    NONE, PLACE, ORG, PERSON
}
