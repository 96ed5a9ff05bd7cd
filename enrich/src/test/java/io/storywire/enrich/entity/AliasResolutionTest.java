package io.storywire.enrich.entity;

import static org.assertj.core.api.Assertions.assertThat;

import io.storywire.core.model.Entity;
import io.storywire.core.model.Mention;
import io.storywire.enrich.Articles;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AliasResolutionTest {

    private static EntityTagger tagger;

    @BeforeAll
    static void build() {
        tagger = EntityTagger.withDefaults();
    }

    private static List<Entity> entities(String title, String body) {
        return tagger.tag(Articles.of("x", title, body)).entities();
    }

    private static Entity entity(List<Entity> entities, String id) {
        return entities.stream().filter(e -> e.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " not among " + entities.stream().map(Entity::id).toList()));
    }

    private static List<String> texts(Entity e) {
        return e.mentions().stream().map(Mention::text).toList();
    }

    @Test
    void shouldGiveOneIdToEverySpellingOfLeeJaeMyung() {
        for (String spelling : List.of("Lee Jae Myung", "Lee Jae-myung", "LEE JAE-MYUNG", "Lee Jaemyung", "Lee Jae‑Myung")) {
            List<Entity> found = entities("Summit in Beijing", "South Korean President " + spelling + " arrived on Monday.");
            Entity lee = entity(found, "person:lee-jae-myung");
            assertThat(lee.name()).isEqualTo("Lee Jae-myung");
            assertThat(lee.linked()).isTrue();
            assertThat(texts(lee)).containsExactly(spelling);
        }
    }

    @Test
    void shouldResolveLaterSurnameAndTitleMentionsToTheFullNameMetEarlier() {
        List<Entity> found = entities("Xi hosts Lee in Beijing",
                "Chinese President Xi Jinping welcomed South Korean President Lee Jae Myung on Sunday. "
                        + "Lee said the talks were candid. President Lee also met Premier Li Qiang, and Lee's aides "
                        + "said Xi pressed him on Taiwan.");
        Entity lee = entity(found, "person:lee-jae-myung");
        assertThat(texts(lee)).containsExactly("Lee", "Lee Jae Myung", "Lee", "Lee", "Lee");
        assertThat(lee.mentions().get(0).field()).isEqualTo("title");
        assertThat(texts(entity(found, "person:xi-jinping"))).containsExactly("Xi", "Xi Jinping", "Xi");
        assertThat(found).extracting(Entity::id).doesNotContain("person:lee", "person:li");
    }

    @Test
    void shouldResolveTheSurnameOfAnUnknownPersonToo() {
        List<Entity> found = entities("Analysts weigh the summit",
                "Kang Jun-young, a professor at Hankuk University of Foreign Studies, said China was recalibrating. "
                        + "\"China wants to emphasise South Korea's importance,\" Kang said.");
        Entity kang = entity(found, "person:kang-jun-young");
        assertThat(kang.linked()).isFalse();
        assertThat(texts(kang)).containsExactly("Kang Jun-young", "Kang");
    }

    @Test
    void shouldGiveASharedSurnameToThePersonTheArticleIsAbout() {
        List<Entity> found = entities("Kim Yo Jong rejects Seoul's offer",
                "Kim Yo Jong, the sister of leader Kim Jong Un, dismissed the proposal on Thursday. "
                        + "In a statement carried by state media, Kim said Seoul's words were empty.");
        assertThat(texts(entity(found, "person:kim-yo-jong"))).containsExactly("Kim Yo Jong", "Kim Yo Jong", "Kim");
        assertThat(texts(entity(found, "person:kim-jong-un"))).containsExactly("Kim Jong Un");
    }

    @Test
    void shouldNotTakeAnotherLeeForThePresident() {
        List<Entity> found = entities("Markets", "Lee Jae Myung spoke first. Jason Lee, a trader in Seoul, said stocks fell.");
        assertThat(texts(entity(found, "person:lee-jae-myung"))).containsExactly("Lee Jae Myung");
    }

    @Test
    void shouldLinkCountryShortFormsAndKeepDemonymsOutOfEntities() {
        List<Entity> found = entities("U.S. and ROK hold drills",
                "The United States and South Korea began drills. US officials and South Korean troops took part; "
                        + "Chinese state media said China objected.");
        assertThat(texts(entity(found, "place:united-states"))).containsExactly("U.S.", "United States", "US");
        assertThat(texts(entity(found, "place:south-korea"))).containsExactly("ROK", "South Korea");
        assertThat(texts(entity(found, "place:china"))).containsExactly("China");
    }

    @Test
    void shouldNotTakeLowerCaseWordsForNames() {
        List<Entity> found = entities("Tea sets", "She bought fine china for us and the who's who of the city came.");
        assertThat(found).extracting(Entity::id).doesNotContain("place:china", "place:united-states", "org:who");
    }
}
