package io.storywire.aggregate.cluster;

import static io.storywire.aggregate.cluster.Articles.T0;
import static io.storywire.aggregate.cluster.Articles.enriched;
import static org.assertj.core.api.Assertions.assertThat;

import io.storywire.core.model.Story;
import io.storywire.core.model.StoryArticle;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryMembersTest {

    private static final String TITLE = "Volcano erupts near Hualien harbour";

    private static Story add(Clusterer c, String id, int minute) {
        return c.add("all", enriched(id, TITLE, "", T0.plusSeconds(60L * minute), List.of(), "all"))
                .orElseThrow().story();
    }

    @Test
    void shouldListTheMembersOfAStoryWrittenBeforeTheSliceWhenItNextGrows() {
        ClusterState state = ClusterState.inMemory();
        Clusterer before = new Clusterer(state, ClusterSettings.defaults(), 100);
        add(before, "a1", 0);
        add(before, "a2", 1);
        add(before, "a3", 2);
        // a store of the build before the slice: the stories list every article, no member is written
        ((MemoryTable<StoryArticle>) state.members()).asMap().clear();

        Story grown = add(new Clusterer(state, ClusterSettings.defaults(), 2), "a4", 3);

        assertThat(grown.size()).isEqualTo(4);
        assertThat(grown.articles()).extracting(StoryArticle::id).containsExactly("a3", "a4");
        assertThat(state.members().scan(StoryMembers.prefix("all:a1")).values()).extracting(StoryArticle::id)
                .containsExactly("a1", "a2", "a3", "a4");
    }

    @Test
    void shouldTellAStorysKeysFromThoseOfAStoryWhoseIdContinuesIt() {
        assertThat(StoryMembers.isOf("t:a", StoryMembers.key("t:a", 3, "x|y"))).isTrue();
        assertThat(StoryMembers.articleId("t:a", StoryMembers.key("t:a", 3, "x|y"))).isEqualTo("x|y");
        assertThat(StoryMembers.isOf("t:a", StoryMembers.key("t:a|b", 0, "c"))).isFalse();
    }
}
