package io.storywire.core.model;

public enum EntityType {
    PERSON, ORGANIZATION, PLACE
}
