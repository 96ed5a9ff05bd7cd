package io.storywire.core.streams;

import java.util.List;

/**
 * A processor's result is too large for its outputs even after trimming what can be trimmed. Thrown before anything
 * is sent, so the record becomes one dead letter (reason {@code too-large}) naming every output it would have gone
 * to, not one failed send per output.
 */
public final class OutputTooLargeException extends RuntimeException {

    public OutputTooLargeException(long bytes, long limit, List<String> outputs) {
        super("result of " + bytes + " bytes exceeds the limit of " + limit + " bytes; outputs not written: "
                + String.join(", ", outputs));
    }
}
