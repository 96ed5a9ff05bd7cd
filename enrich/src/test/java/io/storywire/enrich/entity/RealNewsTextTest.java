package io.storywire.enrich.entity;

import static io.storywire.enrich.entity.Tagged.byName;
import static io.storywire.enrich.entity.Tagged.entities;
import static org.assertj.core.api.Assertions.assertThat;

import io.storywire.core.model.Entity;
import io.storywire.core.model.EntityType;
import io.storywire.core.model.Mention;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the statistical recogniser must get right on wire copy: capitals, datelines, clubs, one type per name. */
class RealNewsTextTest {

    @Test
    void shouldNotTakeAnOrdinaryWordInAnAllCapsHeadlineForAnIdol() {
        List<Entity> found = entities("OIL PRICES ROSE AGAIN ON FRIDAY",
                "Crude prices rose for a third day as traders weighed supply cuts, brokers in London said.");
        assertThat(found).extracting(Entity::id).doesNotContain("person:rose");
        assertThat(found).extracting(Entity::name).doesNotContain("Rosé");
    }

    @Test
    void shouldKeepAKnownNameInsideATitleCaseHeadlineWithoutABody() {
        // a headline-only item has no body to confirm the model's title-case readings: the gazetteer's names stand
        List<Entity> found = entities("Stadium Owners Cancel The Summer Tour Of BTS, And Ticket Holders Await Refunds",
                "");
        assertThat(found).extracting(Entity::id).contains("org:bts");
    }

    @Test
    void shouldNotTakeTheVerbIdleInAnAllCapsHeadlineForAGroup() {
        assertThat(entities("CARMAKER TO IDLE TWO PLANTS NEXT WEEK", "")).extracting(Entity::id)
                .doesNotContain("org:gi-dle");
    }

    @Test
    void shouldTakeAClubNamedAfterACityForAnOrganisationNotTheCity() {
        List<Entity> found = entities("Late goal",
                "Real Madrid beat Valencia 2-1 in the Spanish capital on Saturday, Carlo Brenner said.");
        assertThat(byName(found, "Real Madrid").map(Entity::type)).contains(EntityType.ORGANIZATION);
        assertThat(found).extracting(Entity::name).doesNotContain("Madrid");
    }

    @Test
    void shouldFindNamesInAnAllCapsSportsHeadlineAndKeepTheDatelinePlace() {
        List<Entity> found = entities("SOCCER - BRENNER SCORES AS ATLETICO WIN IN GENOA",
                "GENOA 1996-08-30\nStriker Carlo Brenner scored twice as Atletico beat the home side in Genoa on Friday.");
        Entity genoa = byName(found, "Genoa").orElseThrow();
        assertThat(genoa.type()).isEqualTo(EntityType.PLACE);
        assertThat(genoa.mentions()).extracting(Mention::text).containsExactly("GENOA", "GENOA", "Genoa");
        assertThat(byName(found, "Carlo Brenner").orElseThrow().mentions()).extracting(Mention::text)
                .containsExactly("BRENNER", "Carlo Brenner");
    }

    @Test
    void shouldGiveANameOneTypeAndOneIdAcrossTheArticle() {
        List<Entity> found = entities("Marek Dvorsky wins in Ostrava",
                "Marek Dvorsky won the final on Sunday. Dvorsky, 24, said the crowd carried him.");
        Entity dvorsky = byName(found, "Marek Dvorsky").orElseThrow();
        assertThat(dvorsky.type()).isEqualTo(EntityType.PERSON);
        assertThat(dvorsky.mentions()).extracting(Mention::text)
                .containsExactly("Marek Dvorsky", "Marek Dvorsky", "Dvorsky");
    }

    @Test
    void shouldReadARomanisedNameWithAHyphenatedGivenNameAsAPerson() {
        List<Entity> found = entities("Talks", "Foreign Minister Hwang Min-ji said talks would resume.");
        assertThat(byName(found, "Hwang Min-ji").map(Entity::type)).contains(EntityType.PERSON);
    }

    @Test
    void shouldKeepOffsetsIntoTheOriginalText() {
        String body = "Officials in Seoul met Chen Liwei, the chief executive of Hanbit Steel, on Monday.";
        for (Entity e : entities("Meeting", body)) {
            for (Mention m : e.mentions()) {
                assertThat(body.substring(m.start(), m.end())).isEqualTo(m.text());
            }
        }
        assertThat(entities("Meeting", body)).extracting(Entity::name).contains("Seoul", "Hanbit Steel", "Chen Liwei");
    }
}
