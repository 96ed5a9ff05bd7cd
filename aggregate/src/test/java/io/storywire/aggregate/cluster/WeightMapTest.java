package io.storywire.aggregate.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storywire.core.serde.Json;
import io.storywire.core.serde.JsonSerde;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WeightMapTest {

    private static Map<String, Double> weights(int n) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = n; i > 0; i--) {
            m.put("stem" + i, i / 10.0);
        }
        return m;
    }

    @Test
    void shouldAnswerLikeTheMapItWasMadeFromInItsOrder() {
        Map<String, Double> given = weights(300);
        Map<String, Double> compact = WeightMap.of(given);

        assertThat(compact).isInstanceOf(WeightMap.class).isEqualTo(given).hasSize(300);
        assertThat(given).isEqualTo(compact);
        assertThat(compact.hashCode()).isEqualTo(given.hashCode());
        assertThat(new ArrayList<>(compact.keySet())).containsExactlyElementsOf(given.keySet());
        List<String> visited = new ArrayList<>();
        compact.forEach((k, w) -> visited.add(k + "=" + w));
        assertThat(visited).first().isEqualTo("stem300=30.0");
        assertThat(visited).last().isEqualTo("stem1=0.1");
        assertThat(compact.get("stem7")).isEqualTo(0.7);
        assertThat(compact.get("stem301")).isNull();
        assertThat(compact.get(null)).isNull();
        assertThat(compact.containsKey("stem300")).isTrue();
        assertThat(compact.containsKey("stem0")).isFalse();
        assertThat(compact.getOrDefault("absent", 0.0)).isZero();
    }

    @Test
    void shouldShareOneCopyOfEachKeyAcrossMaps() {
        Map<String, Double> a = new HashMap<>(Map.of(new String("taiwan".toCharArray()), 1.0));
        Map<String, Double> b = new HashMap<>(Map.of(new String("taiwan".toCharArray()), 2.0));
        String keyOfA = WeightMap.of(a).keySet().iterator().next();
        String keyOfB = WeightMap.of(b).keySet().iterator().next();
        assertThat(keyOfA).isSameAs(keyOfB);
    }

    @Test
    void shouldBeReadOnly() {
        Map<String, Double> compact = WeightMap.of(weights(3));
        assertThatThrownBy(() -> compact.put("x", 1.0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> compact.remove("stem1")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void shouldKeepAMapWithANullWeightAsItIsAndAnEmptyOneEmpty() {
        Map<String, Double> withNull = new LinkedHashMap<>();
        withNull.put("a", null);
        assertThat(WeightMap.of(withNull)).isSameAs(withNull);
        assertThat(WeightMap.of(new LinkedHashMap<>())).isEmpty();
    }

    @Test
    void shouldHoldAProfilesViewsAndReadThemBackFromJsonTheSame() throws Exception {
        StoryProfile profile = new StoryProfile("s1", 2, Instant.parse("2026-12-01T00:00:00Z"),
                Instant.parse("2026-12-02T00:00:00Z"), weights(40), Map.of("stem1", "Stem"),
                Map.of(), weights(5), weights(7), weights(3), 9);
        assertThat(profile.terms()).isInstanceOf(WeightMap.class);
        assertThat(profile.entityWeights()).isInstanceOf(WeightMap.class);
        assertThat(profile.titleTerms()).isInstanceOf(WeightMap.class);
        assertThat(profile.words()).isInstanceOf(WeightMap.class);

        JsonSerde<StoryProfile> serde = JsonSerde.of(StoryProfile.class);
        byte[] json = serde.serializer().serialize("t", profile);
        StoryProfile back = serde.deserializer().deserialize("t", json);
        assertThat(back).isEqualTo(profile);
        assertThat(new ArrayList<>(back.terms().keySet())).containsExactlyElementsOf(weights(40).keySet());
        // written as the map it replaces would be, so stored profiles and changelogs read as before
        assertThat(new String(json, StandardCharsets.UTF_8))
                .contains("\"terms\":" + Json.MAPPER.writeValueAsString(weights(40)) + ",");
    }
}
