package io.storywire.aggregate.query;

/** The topic, story, article or entity asked for is not known (404). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
