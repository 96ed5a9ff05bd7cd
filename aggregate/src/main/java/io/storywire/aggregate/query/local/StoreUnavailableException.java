package io.storywire.aggregate.query.local;

/**
 * No instance can give a whole, current (or explicitly stale) answer right now: the store is rebalancing, restoring
 * or its host is gone. Callers answer 503 with Retry-After rather than a partial answer.
 */
public class StoreUnavailableException extends RuntimeException {

    public StoreUnavailableException(String message) {
        super(message);
    }

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
