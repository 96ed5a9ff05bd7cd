package io.storywire.enrich.entity;

import static io.storywire.enrich.entity.Tagged.byName;
import static io.storywire.enrich.entity.Tagged.entities;
import static org.assertj.core.api.Assertions.assertThat;

import io.storywire.core.model.Entity;
import io.storywire.core.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnknownNameTest {

    @Test
    void shouldFindTypeAndIdANewMinisterAndANewCompany() {
        List<Entity> found = entities("New trade minister meets chipmakers",
                "SEOUL — Trade Minister Park Sun-ho met executives of Daehan Robotics Group on Tuesday. "
                        + "Park said the government would back the company, which opened a plant near Gwangju.");
        Entity park = byName(found, "Park Sun-ho").orElseThrow();
        assertThat(park.type()).isEqualTo(EntityType.PERSON);
        assertThat(park.linked()).isFalse();
        assertThat(park.id()).isEqualTo("person:park-sun-ho");
        assertThat(park.mentions()).hasSize(2);
        Entity daehan = byName(found, "Daehan Robotics Group").orElseThrow();
        assertThat(daehan.type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(daehan.id()).isEqualTo("org:daehan-robotics-group");
    }

    @Test
    void shouldGiveTheSameIdAcrossArticlesAndSpellings() {
        Entity a = byName(entities("A", "Foreign Minister Hwang Min-ji said talks would resume."), "Hwang Min-ji").orElseThrow();
        Entity b = byName(entities("B", "\"We are ready,\" Foreign Minister Hwang Min-Ji said on Friday."), "Hwang Min-Ji")
                .orElseThrow();
        assertThat(a.id()).isEqualTo(b.id()).isEqualTo("person:hwang-min-ji");
    }

    @Test
    void shouldRecogniseOrganisationsBySuffixAndHead() {
        List<Entity> found = entities("Study",
                "Researchers at the Gangneung Institute for Marine Studies and the Ministry of Oceans and Fisheries "
                        + "worked with Bluewave Analytics on the survey, Yonhap News Agency reported.");
        // the model ends a name at "and": "Ministry of Oceans and Fisheries" comes out as two organisations
        assertThat(found).filteredOn(e -> e.type() == EntityType.ORGANIZATION).extracting(Entity::name)
                .contains("Gangneung Institute for Marine Studies", "Bluewave Analytics", "Yonhap");
    }

    @Test
    void shouldKeepDescriptionsOutOfOrganisationNames() {
        List<Entity> found = entities("Order",
                "The order came from Athens-based Capital Maritime Group. Evangelos Marinakis, the group's founder, "
                        + "declined to comment; officials at the Ministry of Finance did not either.");
        assertThat(byName(found, "Capital Maritime Group")).get().extracting(Entity::type).isEqualTo(EntityType.ORGANIZATION);
        assertThat(byName(found, "Evangelos Marinakis")).get().extracting(Entity::type).isEqualTo(EntityType.PERSON);
        assertThat(byName(found, "Ministry of Finance")).get().extracting(Entity::type).isEqualTo(EntityType.ORGANIZATION);
        assertThat(found).extracting(Entity::id).contains("place:athens");
    }

    @Test
    void shouldSplitTwoOrganisationsJoinedByAnd() {
        List<Entity> found = entities("Battery",
                "Researchers at the Chinese Academy of Sciences and Nanjing University built the cell, and analysts "
                        + "at Hanbit Investment said it was promising. The Fire and Disaster Management Agency agreed.");
        assertThat(found).filteredOn(e -> e.type() == EntityType.ORGANIZATION).extracting(Entity::name)
                .contains("Chinese Academy of Sciences", "Nanjing University", "Hanbit Investment",
                        "Fire and Disaster Management Agency");
        assertThat(found).filteredOn(e -> e.type() == EntityType.PERSON).isEmpty();
    }

    @Test
    void shouldTakeCuesForPeopleAndPlaces() {
        List<Entity> found = entities("Visit",
                "\"It was a long day,\" said Marta Kowalczyk, an engineer who lives in Tczew. "
                        + "The band's member Rion sang the last verse.");
        assertThat(byName(found, "Marta Kowalczyk")).get().extracting(Entity::type).isEqualTo(EntityType.PERSON);
        assertThat(byName(found, "Tczew")).get().extracting(Entity::type).isEqualTo(EntityType.PLACE);
        assertThat(byName(found, "Rion")).get().extracting(Entity::type).isEqualTo(EntityType.PERSON);
    }

    @Test
    void shouldNotTakeSentenceStartsHeadingsOrWorksForNames() {
        List<Entity> found = entities("Supply Chains And Semiconductors Take Centre Stage",
                "Relations between the two remain tense. Still, relations improved.\n\n"
                        + "Tech, Supply Chains And K-Pop\n\n"
                        + "The group released \"Glass Orbit,\" its new single, on Monday.");
        assertThat(found).extracting(Entity::name)
                .doesNotContain("Relations", "Still", "Supply Chains", "Glass Orbit", "Take Centre Stage");
    }
}
