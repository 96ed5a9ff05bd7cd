package io.storywire.ingest.load;

import java.util.List;

/**
 * What a bulk load did.
 *
 * @param read        files read
 * @param published   distinct articles handed to the raw topic
 * @param duplicates  articles whose id an earlier file of this load already had (ingest does not republish them)
 * @param failed      files, feed items or batch items that are not articles
 * @param failures    one line per failure: file name, reason code and detail
 */
public record LoadSummary(int read, int published, int duplicates, int failed, List<String> failures) {

    public LoadSummary {
        failures = List.copyOf(failures);
    }

    public String describe() {
        StringBuilder b = new StringBuilder();
        b.append(String.format("read %d file(s): %d article(s) published, %d duplicate(s), %d failed",
                read, published, duplicates, failed));
        failures.forEach(f -> b.append(System.lineSeparator()).append("  failed: ").append(f));
        return b.toString();
    }
}
