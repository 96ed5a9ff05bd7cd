package io.storywire.aggregate;

import io.storywire.aggregate.store.StoreNames;
import static io.storywire.aggregate.cluster.Articles.T0;
import static io.storywire.aggregate.cluster.Articles.enriched;
import static org.assertj.core.api.Assertions.assertThat;

import io.storywire.aggregate.cluster.ClusterSettings;
import io.storywire.aggregate.cluster.TopicCount;
import io.storywire.core.Topics;
import io.storywire.core.model.EnrichedArticle;
import io.storywire.core.model.Story;
import io.storywire.core.serde.EventSerdes;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A merge of two stories through the topology: every store and the stories topic agree afterwards. */
class StoryMergeTopologyTest {

    private static final Topics TOPICS = new Topics("t");
    private static final ClusterSettings MERGE_ANY = ClusterSettings.defaults()
            .withViews(0.15, 0.15, 0.0).withMerge(0.0, 0.0);

    @TempDir
    Path stateDir;
    private TopologyTestDriver driver;
    private TestInputTopic<String, EnrichedArticle> in;
    private TestOutputTopic<String, Story> out;

    @BeforeEach
    void start() {
        driver = AggregateTopologyTest.newDriver(stateDir, MERGE_ANY);
        in = driver.createInputTopic(TOPICS.enriched(), new StringSerializer(), EventSerdes.ENRICHED.serializer());
        out = driver.createOutputTopic(TOPICS.stories(), new StringDeserializer(), EventSerdes.STORY.deserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    private void send(String id, String title, int minute) {
        EnrichedArticle a = enriched(id, title, "", T0.plusSeconds(60L * minute), List.of(), "all");
        in.pipeInput(a.id(), a);
    }

    @Test
    void shouldKeepTheStoresConsistentAndTellSubscribersWhereTheAbsorbedStoryWent() {
        send("h1", "Volcano erupts near Hualien harbour", 0);
        send("h2", "Ash cloud grounds Ironwood flights", 1);
        out.readValuesToList();

        send("h3", "Hualien volcano ash cloud grounds Ironwood flights", 2);
        // a re-delivery changes nothing
        send("h3", "Hualien volcano ash cloud grounds Ironwood flights", 2);

        List<Story> emitted = out.readValuesToList();
        assertThat(emitted).extracting(Story::id).containsExactly("all:h2", "all:h1");
        assertThat(emitted.get(0).mergedInto()).isEqualTo("all:h1");
        assertThat(emitted.get(1).mergedInto()).isNull();
        assertThat(emitted.get(1).size()).isEqualTo(3);

        Map<String, Story> stories = StateSlices.stories(driver);
        assertThat(stories.get("all:h2")).isNull();
        assertThat(stories.get("all:h1").size()).isEqualTo(3);
        KeyValueStore<String, List<String>> articleStories = driver.getKeyValueStore(StoreNames.ARTICLE_STORIES);
        assertThat(articleStories.get("h1")).containsExactly("all:h1");
        assertThat(articleStories.get("h2")).containsExactly("all:h1");
        assertThat(articleStories.get("h3")).containsExactly("all:h1");
        Map<String, TopicCount> counts = StateSlices.topicCounts(driver);
        assertThat(counts.get("all").stories()).isEqualTo(1);
        assertThat(counts.get("all").articles()).isEqualTo(3);
    }
}
