package io.storywire.eval.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.storywire.core.model.Entity;
import io.storywire.core.model.EntityType;
import io.storywire.core.model.Mention;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnrichEvalTest {

    private static Entity entity(String id, String name, EntityType type, String... mentions) {
        return new Entity(id, name, type, true, 0.5,
                java.util.Arrays.stream(mentions).map(m -> new Mention("body", 0, m.length(), m)).toList());
    }

    @Test
    void shouldComputePrecisionRecallAndF1() {
        Prf p = new Prf(3, 1, 2);
        assertThat(p.precision()).isCloseTo(0.75, within(1e-9));
        assertThat(p.recall()).isCloseTo(0.6, within(1e-9));
        assertThat(p.f1()).isCloseTo(2 * 0.75 * 0.6 / 1.35, within(1e-9));
        assertThat(Prf.ZERO.plus(p).plus(new Prf(1, 0, 0))).isEqualTo(new Prf(4, 1, 2));
    }

    @Test
    void shouldMatchEntitiesBySurfaceFormAndTypeAndJudgeTheLink() {
        List<GoldArticle.GoldEntity> gold = List.of(
                new GoldArticle.GoldEntity("Lee Jae-myung", EntityType.PERSON, List.of("Lee")),
                new GoldArticle.GoldEntity("Seoul", EntityType.PLACE, List.of()),
                new GoldArticle.GoldEntity("Daesan Autoparts", EntityType.ORGANIZATION, List.of("Daesan")));
        List<Entity> predicted = List.of(
                entity("person:lee-jae-myung", "Lee Jae-myung", EntityType.PERSON, "Lee Jae Myung", "Lee"),
                entity("org:seoul", "Seoul", EntityType.ORGANIZATION, "Seoul"),
                entity("org:daesan", "Daesan", EntityType.ORGANIZATION, "Daesan"),
                entity("place:busan", "Busan", EntityType.PLACE, "Busan"));

        EntityMatcher.Result r = EntityMatcher.match(gold, predicted);

        assertThat(EntityMatcher.count(r, null)).isEqualTo(new Prf(2, 2, 1));
        assertThat(EntityMatcher.count(r, EntityType.PLACE)).isEqualTo(new Prf(0, 1, 1));
        assertThat(EntityMatcher.count(r, EntityType.ORGANIZATION)).isEqualTo(new Prf(1, 1, 0));
        // Lee is linked right; Daesan is found under the short name only, so its link is wrong
        assertThat(EntityMatcher.countLinking(r)).isEqualTo(new Prf(1, 3, 2));
    }

    @Test
    void shouldScoreTopicsPerTopicAndMicroOverAGoldFile(@TempDir Path dir) throws Exception {
        Path gold = dir.resolve("gold.jsonl");
        Files.writeString(gold, String.join("\n",
                "{\"id\":\"g001\",\"title\":\"Taiwan holds drills as Lai warns Beijing\",\"body\":\"Taiwan staged drills "
                        + "on Monday. President Lai Ching-te said the self-governing island would defend itself "
                        + "against pressure from Beijing across the Taiwan Strait.\",\"topics\":[\"taiwan\",\"security\"],"
                        + "\"entities\":[{\"name\":\"Taiwan\",\"type\":\"PLACE\",\"aliases\":[]},"
                        + "{\"name\":\"Lai Ching-te\",\"type\":\"PERSON\",\"aliases\":[]},"
                        + "{\"name\":\"Beijing\",\"type\":\"PLACE\",\"aliases\":[]},"
                        + "{\"name\":\"Taiwan Strait\",\"type\":\"PLACE\",\"aliases\":[]}]}",
                "{\"id\":\"g003\",\"title\":\"Bakery opens\",\"body\":\"A bakery opened on the high street.\","
                        + "\"topics\":[\"k-pop\"],\"entities\":[]}"));

        EnrichReport report = EnrichEval.run(gold);

        EnrichReport.Part all = report.all();
        assertThat(all.articles()).isEqualTo(2);
        assertThat(all.entities()).isEqualTo(new Prf(4, 0, 0));
        assertThat(all.topics().get("taiwan")).isEqualTo(new Prf(1, 0, 0));
        assertThat(all.topics().get("k-pop")).isEqualTo(new Prf(0, 0, 1));
        assertThat(all.topicsMicro().tp()).isEqualTo(all.topics().values().stream().mapToInt(Prf::tp).sum());
        assertThat(report.heldOut().articles()).as("g003 is held out").isEqualTo(1);
        assertThat(report.development().articles()).isEqualTo(1);
    }
}
