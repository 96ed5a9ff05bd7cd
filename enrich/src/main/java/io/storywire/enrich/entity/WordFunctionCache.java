package io.storywire.enrich.entity;

import java.io.Serial;
import java.io.Serializable;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The name model's word function (CoreNLP's {@code AmericanizeFunction}: "colour" read as "color") with its answers
 * kept. The CRF's feature extraction applies it every time it reads a word, a dozen times per token and clique, and
 * each call looks the word up in two maps and runs a regex: about a fifteenth of enrich's time. The function is
 * pure (static tables), so a remembered answer is the answer. Safe for several stream threads; forgets everything
 * when it holds {@link #MAX_WORDS} words (news keeps bringing new names).
 */
final class WordFunctionCache implements Function<String, String>, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    static final int MAX_WORDS = 200_000;

    private final Function<String, String> function;
    private final transient Map<String, String> answers = new ConcurrentHashMap<>();
    private final transient AtomicLong hits = new AtomicLong();

    WordFunctionCache(Function<String, String> function) {
        this.function = function;
    }

    @Override
    public String apply(String word) {
        if (word == null) {
            return function.apply(null); // ConcurrentHashMap holds no null key
        }
        String known = answers.get(word);
        if (known != null) {
            hits.incrementAndGet();
            return known;
        }
        String answer = function.apply(word);
        if (answer != null) {
            if (answers.size() >= MAX_WORDS) {
                answers.clear();
            }
            answers.put(word, answer);
        }
        return answer;
    }

    /** Answers given from the cache: for tests. */
    long hits() {
        return hits.get();
    }

    Function<String, String> wrapped() {
        return function;
    }
}
