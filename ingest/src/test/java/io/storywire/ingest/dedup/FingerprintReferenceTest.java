package io.storywire.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The fingerprint fed a word at a time equals the one built from joined strings, on awkward and on real text. */
class FingerprintReferenceTest {

    private static final List<String> AWKWARD = List.of(
            "Nordland's minister met Nordland’s rivals. NORDLAND'S reply came late; Its' odd.",
            "The U.S. Treasury said (on Monday) that \"rates\" would hold - for now: 3.5 percent.\n  Indented line.",
            "Results:\n1 0 2\n3 1 0\nChelsea 2 Arsenal 1\n12 13 14 15 16",
            "Café owners in Zürich and São Paulo met 中文 speakers; 😀 emoji stayed. Ǆemal said so.",
            "“Quoted” opening. [Bracketed] words; and more - dashes -- here... ¿Qué? ¡Sí!",
            "A B C D E F G H I J K L M N O P Q R S T U V W X Y Z",
            "", "one", "one two", "one two three",
            "x's y's z's 's s' ’s end.\r\nWindows line\r\n\r\nnext paragraph \u2028 separator");

    private static void same(String text, int size) {
        TextFingerprint now = TextFingerprint.of(text, size);
        TextFingerprint ref = ReferenceFingerprint.of(text, size);
        assertThat(now.paragraphs()).as(text).isEqualTo(ref.paragraphs());
        assertThat(now.shingles()).as(text).isEqualTo(ref.shingles());
        assertThat(now.templates()).as(text).isEqualTo(ref.templates());
        assertThat(now.shingleOwner()).as(text).isEqualTo(ref.shingleOwner());
        assertThat(now.subject()).as(text).isEqualTo(ref.subject());
        assertThat(now.markWords()).as(text).isEqualTo(ref.markWords());
    }

    @Test
    void shouldEqualTheReferenceOnAwkwardText() {
        for (String t : AWKWARD) {
            for (int size = 1; size <= 4; size++) {
                same(t, size);
            }
        }
    }

    @Test
    void shouldEqualTheReferenceOnTheSeedsAndTheReutersSet() throws IOException {
        List<String> texts = new ArrayList<>();
        try (var files = Files.list(Path.of("../seeds"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                texts.add(Files.readString(p));
            }
        }
        Path reuters = Path.of("../../shared/devsets/topics/reuters-train/articles.jsonl.gz");
        Assumptions.assumeTrue(Files.exists(reuters) || !texts.isEmpty());
        if (Files.exists(reuters)) {
            ObjectMapper json = new ObjectMapper();
            try (BufferedReader in = new BufferedReader(new InputStreamReader(
                    new GZIPInputStream(Files.newInputStream(reuters)), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null && texts.size() < 3000) {
                    JsonNode n = json.readTree(line);
                    texts.add(n.path("body").asText());
                }
            }
        }
        assertThat(texts).hasSizeGreaterThan(Files.exists(reuters) ? 1000 : 0);
        for (String t : texts) {
            same(t, 3);
        }
    }

    @Test
    void shouldCutPossessivesAndSeeSentenceBreaksAsTheRegexesDo() {
        for (String token : List.of("nordland's", "nordland’s", "s", "'s", "x's", "its", "it's's", "ab'", "")) {
            assertThat(TextFingerprint.withoutPossessive(token))
                    .isEqualTo(TextFingerprint.POSSESSIVE.matcher(token).replaceFirst(""));
        }
        for (String gap : List.of(" ", "  ", ". ", ", ", " (", "\"", " \"", "; ", "-", "- ", "]\t", "!?", "’ ", ",")) {
            String line = "a" + gap + "b";
            boolean regex = TextFingerprint.SENTENCE_BREAK.matcher(gap).find();
            if (regex) {
                assertThat(TextFingerprint.mayBreak(line, 1, 1 + gap.length())).as(gap).isTrue();
            }
        }
        assertThat(TextFingerprint.mayBreak("a b", 1, 2)).isFalse();
    }
}
