package io.storywire.eval.devsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.GZIPInputStream;

/**
 * The real, labelled dev sets that live beside the repository in {@code ../shared/devsets} (never inside it: several
 * are for research use only, so no text from them is ever copied into this project). Tests and {@code eval} read them
 * in place, gzip included.
 *
 * <p>Every set is split the same fixed way: an item is <em>held aside</em> when the CRC-32 of its id is divisible by
 * five (about a fifth). Tuning looks at the rest; the held-aside figure is reported beside the tuned one to show
 * whether the tuning carries over. For story clustering the split is by story id, so a story is either wholly
 * tuned on or wholly held aside.
 */
public final class DevSets {

    /** Environment variable that points at the dev-set folder when it is not at {@code ../shared/devsets}. */
    public static final String ENV = "STORYWIRE_DEVSETS";

    private static final ObjectMapper JSON = new ObjectMapper();

    private DevSets() {
    }

    /** The dev-set folder: {@code $STORYWIRE_DEVSETS}, else {@code shared/devsets} beside this or any parent folder. */
    public static Optional<Path> locate() {
        String env = System.getenv(ENV);
        if (env != null && !env.isBlank()) {
            Path p = Path.of(env);
            return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
        }
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path candidate = d.resolveSibling("shared").resolve("devsets");
            if (d.getParent() != null && Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The dev-set folder, or an exception that says where it was looked for. */
    public static Path require() {
        return locate().orElseThrow(() -> new IllegalStateException("the dev sets were not found: expected "
                + "../shared/devsets beside the repository (or set " + ENV + ")"));
    }

    /** A file of one set, e.g. {@code resolve("ner/conll2003-dev/articles.jsonl")}. */
    public static Path resolve(String relative) {
        Path p = require().resolve(relative);
        if (!Files.exists(p)) {
            throw new IllegalStateException("dev-set file missing: " + p);
        }
        return p;
    }

    /** True when the item (or story) with this id is in the fixed held-aside fifth of its set. */
    public static boolean heldAside(String id) {
        CRC32 crc = new CRC32();
        crc.update(id.getBytes(StandardCharsets.UTF_8));
        return crc.getValue() % 5 == 0;
    }

    /** Every line of a JSONL file (gzip when the name ends in .gz) as a JSON tree, in file order. */
    public static List<JsonNode> readJsonl(Path file) {
        List<JsonNode> out = new ArrayList<>();
        try (InputStream raw = Files.newInputStream(file);
                InputStream in = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank()) {
                    out.add(JSON.readTree(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
