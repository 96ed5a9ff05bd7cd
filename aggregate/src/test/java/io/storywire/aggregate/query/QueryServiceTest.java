package io.storywire.aggregate.query;

import io.storywire.aggregate.cluster.TopicCount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storywire.core.model.Story;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.kafka.streams.state.HostInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class QueryServiceTest {

    private static final Replica ONLY = Replica.active(new HostInfo("a", 1), 0);

    private final ExecutorService pool = Executors.newSingleThreadExecutor();
    /** One partition that holds one taiwan story. */
    private final Router router = new Router(new ReplicaSource() {
        @Override
        public List<Replica> forKey(String store, String key) {
            return List.of(ONLY);
        }

        @Override
        public List<List<Replica>> forEveryPartition(String store) {
            return List.of(List.of(ONLY));
        }
    }, new ReplicaReader() {
        @Override
        @SuppressWarnings("unchecked")
        public <T> Answer<T> read(Replica replica, LocalQuery<T> query, String arg) {
            Story taiwan = new Story("taiwan:a1", "taiwan", "Drills", 2, Instant.EPOCH, Instant.EPOCH, List.of(),
                    List.of(), List.of());
            Map<String, Object> byQuery = Map.of(
                    LocalQuery.TOPIC_COUNTS.name(), List.of(TopicCount.of(taiwan)),
                    LocalQuery.TOPIC_PAGE.name(), arg.contains("\"taiwan\"")
                            ? new TopicPages.Page(1, 1, List.of(taiwan)) : new TopicPages.Page(0, 0, List.of()));
            return Answer.current((T) byQuery.get(query.name()));
        }
    }, pool);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void shouldListConfiguredTopicsWithoutStoriesAfterTheOnesThatHaveThem() {
        QueryService service = new QueryService(router, Set.of("taiwan", "k-pop", "trade"));
        assertThat(service.topics().topics()).extracting(TopicCount::id, TopicCount::stories)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("taiwan", 1),
                        org.assertj.core.groups.Tuple.tuple("k-pop", 0),
                        org.assertj.core.groups.Tuple.tuple("trade", 0));
    }

    @Test
    void shouldAnswerAConfiguredTopicWithoutStoriesWithAnEmptyPageAndAnUnknownOneWith404() {
        QueryService service = new QueryService(router, Set.of("taiwan", "k-pop"));
        StoryPageRequest request = StoryPageRequest.parse(null, null, null, null);
        assertThat(service.topicStories("k-pop", request).stories()).isEmpty();
        assertThat(service.topicStories("taiwan", request).stories()).hasSize(1);
        assertThatThrownBy(() -> service.topicStories("nowhere", request)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void shouldRefuseATopicIdTheTaxonomyCouldNeverHaveBeforeAskingAnyReplica() {
        QueryService service = new QueryService(router, Set.of("taiwan"));
        StoryPageRequest request = StoryPageRequest.parse(null, null, null, null);
        assertThatThrownBy(() -> service.topicStories("Taiwan", request)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lower-case");
        assertThatThrownBy(() -> service.topicStories("a_b", request)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> service.story("Taiwan:a1")).isInstanceOf(IllegalArgumentException.class);
    }
}
