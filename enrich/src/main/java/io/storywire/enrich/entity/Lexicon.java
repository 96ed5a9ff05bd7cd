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

/** The word lists the name recogniser reads its cues from, kept as data under {@code recognizer/}. */
public record Lexicon(Set<String> titles, Set<String> cueAfter, Set<String> orgSuffixes, Set<String> orgHeads,
                      Set<String> placeSuffixes, Set<String> placeCues, Set<String> connectors,
                      Set<String> surnames, Set<String> givenNames, Set<String> commonWords,
                      Set<String> acronymStoplist, Set<String> orgCues, Set<String> placeNouns,
                      Set<String> personCues, Set<String> documentSuffixes) {

    public static Lexicon load() {
        return new Lexicon(words("titles.txt", true), words("cue-after.txt", true), words("org-suffixes.txt", false),
                words("org-heads.txt", false), words("place-suffixes.txt", false), words("place-cues.txt", true),
                words("connectors.txt", true), words("surnames.txt", false), words("given-names.txt", false),
                words("common-words.txt", true), words("acronyms-not-names.txt", false),
                words("org-cues.txt", true), words("place-nouns.txt", true), words("person-cues.txt", true),
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
