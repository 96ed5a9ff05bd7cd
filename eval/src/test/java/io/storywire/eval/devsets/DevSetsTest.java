package io.storywire.eval.devsets;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class DevSetsTest {

    @Test
    void shouldFindTheDevSetsBesideTheRepository() {
        assertThat(DevSets.require().resolve("README.md")).exists();
    }

    @Test
    void shouldReadGzippedSetsAndHoldAsideAboutAFifth() {
        List<JsonNode> items = DevSets.readJsonl(DevSets.resolve("topics/reuters-train/articles.jsonl.gz"));
        assertThat(items).hasSize(9597);
        long aside = items.stream().filter(n -> DevSets.heldAside(n.get("id").asText())).count();
        assertThat((double) aside / items.size()).isBetween(0.17, 0.23);
    }

    @Test
    void shouldKeepTheSplitFixed() {
        // CRC-32 values computed outside Java (Python's zlib.crc32): 1048459670 % 5 == 0, 2809620524 % 5 == 4
        assertThat(DevSets.heldAside("reuters-5")).isTrue();
        assertThat(DevSets.heldAside("reuters-6")).isFalse();
    }
}
