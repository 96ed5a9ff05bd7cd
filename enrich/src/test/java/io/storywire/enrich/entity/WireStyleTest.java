package io.storywire.enrich.entity;

import static io.storywire.enrich.entity.Tagged.byName;
import static io.storywire.enrich.entity.Tagged.entities;
import static org.assertj.core.api.Assertions.assertThat;

import io.storywire.core.model.Entity;
import io.storywire.core.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Styles the first gold set lacked: wire credit lines, agency credits, brand spellings, laws, lone stage names. */
class WireStyleTest {

    @Test
    void shouldReadPeopleInAParenthesisedCreditLine() {
        List<Entity> found = entities("Port strike ends", "BUSAN, May 2 - Dock workers returned to work on Friday.\n\n"
                + "(Reporting by Yoon Da-eun; Editing by Harriet Colby)");
        assertThat(byName(found, "Yoon Da-eun").map(Entity::type)).contains(EntityType.PERSON);
        assertThat(byName(found, "Harriet Colby").map(Entity::type)).contains(EntityType.PERSON);
    }

    @Test
    void shouldNotTakeAnAgencyCreditAfterADatelineForAnAcronymOfTheCity() {
        List<Entity> found = entities("Talks resume", "TOKYO (NWX) - Negotiators met again on Monday, officials said.");
        Entity tokyo = byName(found, "Tokyo").orElseThrow();
        assertThat(tokyo.mentions()).extracting(m -> m.text()).containsExactly("TOKYO");
        assertThat(byName(found, "NWX").map(Entity::type)).contains(EntityType.ORGANIZATION);
    }

    @Test
    void shouldMatchANameItsOwnerSpellsInLowerCaseOnlyInThatSpelling() {
        List<Entity> found = entities("Tour dates", "Tickets for aespa sold out within minutes on Tuesday.");
        assertThat(byName(found, "Aespa")).isPresent();
        // a capitalised name still needs its capitals: "fine china" is porcelain
        assertThat(entities("Auction", "She sold a set of fine china at the auction.")).extracting(Entity::id)
                .doesNotContain("place:china");
    }

    @Test
    void shouldSkipTheNamesOfLawsAndLists() {
        List<Entity> found = entities("Crackdown", "Under the Foreign Media Influence Prevention Law, offenders face "
                + "prison, and firms on the Unverified Parties List need licences.");
        assertThat(found).extracting(Entity::name).doesNotContain("Foreign Media Influence Prevention Law",
                "Foreign Media Influence", "Prevention Law", "Unverified Parties List", "Unverified Parties");
    }

    @Test
    void shouldNotMakeAPlaceOfAnAcronymAfterIn() {
        List<Entity> found = entities("Chips", "The company invested heavily in AI this year, executives said.");
        assertThat(found).extracting(Entity::name).doesNotContain("AI");
    }

    @Test
    void shouldNotTakeAWordAfterAPossessiveCueForAnOrganisation() {
        List<Entity> found = entities("Office move", "Staff moved to the agency's Mapo offices on Monday.");
        assertThat(found).filteredOn(e -> e.type() == EntityType.ORGANIZATION).extracting(Entity::name)
                .doesNotContain("Mapo");
    }

    @Test
    void shouldTakeAPlaceNamedTeamForAnOrganisationButNotAnEvent() {
        List<Entity> found = entities("Late rally", "The Seattle Mariners beat the Boston Pilgrims 4-3 on Sunday, "
                + "a year after both teams played exhibition games before the Tokyo Olympics.");
        assertThat(byName(found, "Seattle Mariners").map(Entity::type)).contains(EntityType.ORGANIZATION);
        assertThat(byName(found, "Tokyo").map(Entity::type)).contains(EntityType.PLACE);
        assertThat(found).extracting(Entity::name).doesNotContain("Tokyo Olympics", "Seattle");
    }
}
