package io.storywire.core;

import java.util.regex.Pattern;

/**
 * The one rule for a taxonomy topic id, shared by the taxonomy (which refuses other ids), the stage that creates a
 * stream per topic and the query API (which answers 400 for an id no topic can have): lower-case letters, digits and
 * '-', starting with a letter or digit, at most 100 characters. The id becomes part of a Kafka topic name
 * ({@code <prefix>.topic.<id>}) and of story ids ({@code <topic>:<suffix>}), so ':' '.' and '_' are kept out.
 */
public final class TopicIds {

    public static final int MAX_LENGTH = 100;

    private static final Pattern RULE = Pattern.compile("[a-z0-9][a-z0-9-]{0," + (MAX_LENGTH - 1) + "}");

    private TopicIds() {
    }

    public static boolean isValid(String id) {
        return id != null && RULE.matcher(id).matches();
    }

    /** What a refused id is told, in one wording everywhere. */
    public static String rule() {
        return "lower-case letters, digits and '-', at most " + MAX_LENGTH + " characters";
    }
}
