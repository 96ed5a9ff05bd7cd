package io.storywire.enrich.topic;

import static org.assertj.core.api.Assertions.assertThat;

import io.storywire.core.model.Article;
import io.storywire.core.model.Evidence;
import io.storywire.core.model.TopicTag;
import io.storywire.enrich.Articles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The topics of an article do not depend on the JVM that tags it. They once did: the weights of a topic were held in
 * {@code Map.copyOf} maps, whose iteration order is drawn afresh at every JVM start, and that order decided which of
 * two spellings of one phrase ("rare earth", "rare-earth", both in the built-in taxonomy) labelled the evidence, so two
 * runs of one build gave the same articles different evidence (and a {@code requires} list naming one spelling only
 * could have given different topics).
 */
class TopicDeterminismTest {

    private static Article rareEarths() {
        return Articles.of("re", "Rare-earth exports fall again",
                "Shipments of rare earth magnets fell for a third month, customs data showed on Tuesday.");
    }

    private static Taxonomy trade(String first, String second) {
        Map<String, Double> phrases = new LinkedHashMap<>();
        phrases.put(first, 1.0);
        phrases.put(second, 1.0);
        return new Taxonomy(List.of(new TopicDefinition("metals", "Metals", 1.0, phrases, Map.of())));
    }

    private static List<String> evidence(Taxonomy taxonomy) {
        List<TopicTag> tags = new TopicMatcher(taxonomy).tag(rareEarths(), List.of());
        assertThat(tags).extracting(TopicTag::id).containsExactly("metals");
        return tags.get(0).evidence().stream().map(Evidence::value).toList();
    }

    @Test
    void shouldLabelEvidenceWithTheSpellingTheTopicListsFirstWhicheverThatIs() {
        // the same words in the headline and the body, two spellings of equal weight: the one written first names both
        assertThat(evidence(trade("rare-earth", "rare earth"))).containsExactly("rare-earth", "rare-earth");
        assertThat(evidence(trade("rare earth", "rare-earth"))).containsExactly("rare earth", "rare earth");
    }

    @Test
    void shouldKeepTheWrittenOrderOfPhrasesAndEntitiesThroughTheTaxonomyTopic() {
        TopicDefinition t = trade("rare-earth", "rare earth").topics().get(0);
        TopicDefinition again = Taxonomy.parseTopic(io.storywire.core.serde.Json.write(t));
        assertThat(again.phrases().keySet()).containsExactly("rare-earth", "rare earth");
        Map<String, Double> entities = new LinkedHashMap<>();
        for (String id : List.of("place:taiwan", "org:wto", "person:lai-ching-te", "place:taiwan-strait")) {
            entities.put(id, 1.0);
        }
        TopicDefinition withEntities = new TopicDefinition("t", "T", 1.0, Map.of(), entities);
        assertThat(Taxonomy.parseTopic(io.storywire.core.serde.Json.write(withEntities)).entities().keySet())
                .containsExactly("place:taiwan", "org:wto", "person:lai-ching-te", "place:taiwan-strait");
    }

    @Test
    void shouldTagTheSameInEveryJvm() throws Exception {
        List<String> here = TaggedInAFreshJvm.tagged();
        // each JVM draws its own iteration order for Map.of and Set.of: several fresh ones, and this one
        for (int run = 0; run < 3; run++) {
            assertThat(inAFreshJvm()).as("JVM %d", run).containsExactlyElementsOf(here);
        }
    }

    private static List<String> inAFreshJvm() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                TaggedInAFreshJvm.class.getName()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out;
        try (InputStream in = p.getInputStream()) {
            out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        return new ArrayList<>(out.lines().toList());
    }
}
