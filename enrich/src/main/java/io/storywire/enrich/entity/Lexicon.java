package io.storywire.enrich.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The few word lists kept beside the statistical recogniser, as data under {@code recognizer/}: titles and common
 * words (which a short form of a person's name is not), connectors (of a title-case headline), the last words
 * that say what a name is ("... Agency", "... Glacier") and those of documents ("... Law", "... List").
 */
public record Lexicon(Set<String> titles, Set<String> orgSuffixes, Set<String> placeSuffixes, Set<String> connectors,
                      Set<String> commonWords, Set<String> documentSuffixes) {

    public static Lexicon load() {
        return new Lexicon(words("titles.txt", true), words("org-suffixes.txt", false),
                words("place-suffixes.txt", false), words("connectors.txt", true), words("common-words.txt", true),
                words("document-suffixes.txt", false));
    }

    private static Set<String> words(String file, boolean lowerCase) {
        String path = "/recognizer/" + file;
        try (InputStream in = Lexicon.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing recogniser word list " + path);
            }
            Set<String> words = new HashSet<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("#")) {
                    continue;
                }
                for (String w : line.trim().split("\\s+")) {
                    if (!w.isEmpty()) {
                        words.add(lowerCase ? w.toLowerCase(Locale.ROOT) : w);
                    }
                }
            }
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
