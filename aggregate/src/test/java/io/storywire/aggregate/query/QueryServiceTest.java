package io.storywire.aggregate.query;

import io.storywire.aggregate.query.routing.FakePeers;
import io.storywire.aggregate.query.routing.Replica;
import io.storywire.aggregate.query.routing.Router;
import io.storywire.aggregate.query.local.Answer;
import io.storywire.aggregate.query.local.LocalQuery;
import io.storywire.aggregate.query.local.StoryPageRequest;
import io.storywire.aggregate.query.local.TopicPages;
import io.storywire.aggregate.cluster.TopicCount;
import io.storywire.core.model.Story;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QueryServiceTest {

    private final ExecutorService pool = Executors.newSingleThreadExecutor();
    private final FakePeers peers = new FakePeers();
    private Router router;

    /** One partition, on a peer, that holds one taiwan story. */
    @BeforeEach
    void startPeer() throws IOException {
        Replica only = Replica.active(peers.start(), 0);
        router = FakePeers.router(List.of(List.of(only)), pool);
        Story taiwan = new Story("taiwan:a1", "taiwan", "Drills", 2, Instant.EPOCH, Instant.EPOCH, List.of(),
                List.of(), List.of());
        peers.answerWith(only, q -> {
            if (q.query().equals(LocalQuery.TOPIC_COUNTS.name())) {
                return Answer.current(List.of(TopicCount.of(taiwan)));
            }
            if (q.query().equals(LocalQuery.TOPIC_PAGE.name())) {
                return Answer.current(q.arg().contains("\"taiwan\"")
                        ? new TopicPages.Page(1, 1, List.of(taiwan)) : new TopicPages.Page(0, 0, List.of()));
            }
            return null;
        });
    }

    @AfterEach
    void stop() {
        pool.shutdownNow();
        peers.close();
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
        assertThat(peers.asked()).isEmpty();
    }
}
