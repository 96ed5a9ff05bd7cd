package io.storywire.aggregate.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storywire.core.model.Story;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.kafka.streams.state.HostInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RouterTest {

    private static final HostInfo A = new HostInfo("a", 1);
    private static final HostInfo B = new HostInfo("b", 2);
    private static final HostInfo C = new HostInfo("c", 3);

    private final ExecutorService pool = Executors.newFixedThreadPool(2);
    private final List<Replica> asked = new ArrayList<>();
    private final Map<Replica, String> args = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<String> everyArg = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** What each replica answers: a list of stories with a lag, or absent = unavailable. */
    private final Map<Replica, Answer<List<Story>>> answers = new HashMap<>();
    private final Map<String, List<Replica>> byKey = new HashMap<>();
    private List<List<Replica>> partitions = List.of();

    private final ReplicaSource source = new ReplicaSource() {
        @Override
        public List<Replica> forKey(String store, String key) {
            return byKey.getOrDefault(key, List.of());
        }

        @Override
        public List<List<Replica>> forEveryPartition(String store) {
            return partitions;
        }
    };

    private final ReplicaReader reader = new ReplicaReader() {
        @Override
        @SuppressWarnings("unchecked")
        public <T> Answer<T> read(Replica replica, LocalQuery<T> query, String arg) {
            synchronized (asked) {
                asked.add(replica);
            }
            args.put(replica, arg);
            everyArg.add(arg);
            Answer<List<Story>> a = answers.get(replica);
            if (a == null) {
                throw new StoreUnavailableException(replica + " is down");
            }
            return (Answer<T>) a;
        }
    };

    private final Router router = new Router(source, reader, pool);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void shouldAskOnlyTheActiveReplicaWhenItAnswers() {
        Replica active = Replica.active(A, 0);
        byKey.put("taiwan", List.of(active, Replica.standby(B, 0)));
        answers.put(active, Answer.current(List.of(story("taiwan:1"))));
        answers.put(Replica.standby(B, 0), new Answer<>(List.of(), true, 0));

        Answer<List<Story>> answer = router.byKey(LocalQuery.STORIES_BY_ID, "taiwan", "taiwan");

        assertThat(answer.stale()).isFalse();
        assertThat(answer.value()).extracting(Story::id).containsExactly("taiwan:1");
        assertThat(asked).containsExactly(active);
    }

    @Test
    void shouldFallBackToTheLeastLaggingStandbyAndSayItIsStale() {
        byKey.put("taiwan", List.of(Replica.active(A, 0), Replica.standby(B, 0), Replica.standby(C, 0)));
        answers.put(Replica.standby(B, 0), new Answer<>(List.of(story("taiwan:old")), true, 40));
        answers.put(Replica.standby(C, 0), new Answer<>(List.of(story("taiwan:newer")), true, 3));

        Answer<List<Story>> answer = router.byKey(LocalQuery.STORIES_BY_ID, "taiwan", "taiwan");

        assertThat(answer.stale()).isTrue();
        assertThat(answer.offsetLag()).isEqualTo(3);
        assertThat(answer.value()).extracting(Story::id).containsExactly("taiwan:newer");
        assertThat(asked.get(0)).isEqualTo(Replica.active(A, 0));
    }

    @Test
    void shouldBeUnavailableWhenNoReplicaAnswersOrNoneIsKnown() {
        byKey.put("taiwan", List.of(Replica.active(A, 0), Replica.standby(B, 0)));

        assertThatThrownBy(() -> router.byKey(LocalQuery.STORIES_BY_ID, "taiwan", "taiwan"))
                .isInstanceOf(StoreUnavailableException.class);
        assertThatThrownBy(() -> router.byKey(LocalQuery.STORIES_BY_ID, "unassigned", "unassigned"))
                .isInstanceOf(StoreUnavailableException.class);
    }

    @Test
    void shouldGatherOneAnswerFromEveryPartition() {
        partitions = List.of(List.of(Replica.active(A, 0)), List.of(Replica.active(B, 1), Replica.standby(A, 1)));
        answers.put(Replica.active(A, 0), Answer.current(List.of(story("taiwan:1"))));
        answers.put(Replica.active(B, 1), Answer.current(List.of(story("trade:1"))));
        answers.put(Replica.standby(A, 1), new Answer<>(List.of(story("trade:stale")), true, 1));

        List<Answer<List<Story>>> parts = router.everyPartition(LocalQuery.STORIES_BY_ID, "taiwan");

        assertThat(parts).extracting(a -> a.value().get(0).id()).containsExactly("taiwan:1", "trade:1");
        assertThat(parts).noneMatch(Answer::stale);
    }

    @Test
    void shouldFailTheWholeGatherRatherThanAnswerPartially() {
        partitions = List.of(List.of(Replica.active(A, 0)), List.of(Replica.active(B, 1)));
        answers.put(Replica.active(A, 0), Answer.current(List.of(story("taiwan:1"))));

        assertThatThrownBy(() -> router.everyPartition(LocalQuery.STORIES_BY_ID, "taiwan"))
                .isInstanceOf(StoreUnavailableException.class);
    }

    @Test
    void shouldMarkAGatherStaleWhenOnePartitionCameFromAStandby() {
        partitions = List.of(List.of(Replica.active(A, 0)), List.of(Replica.active(B, 1), Replica.standby(A, 1)));
        answers.put(Replica.active(A, 0), Answer.current(List.of(story("taiwan:1"))));
        answers.put(Replica.standby(A, 1), new Answer<>(List.of(story("trade:1")), true, 0));

        List<Answer<List<Story>>> parts = router.everyPartition(LocalQuery.STORIES_BY_ID, "taiwan");

        assertThat(parts).extracting(Answer::stale).containsExactly(false, true);
    }

    @Test
    void shouldAskEachPartitionOnceForManyKeys() {
        byKey.put("t:1", List.of(Replica.active(A, 0)));
        byKey.put("t:2", List.of(Replica.active(A, 0)));
        byKey.put("u:1", List.of(Replica.active(B, 1), Replica.standby(A, 1)));
        answers.put(Replica.active(A, 0), Answer.current(List.of(story("t:1"), story("t:2"))));
        answers.put(Replica.active(B, 1), Answer.current(List.of(story("u:1"))));

        List<Answer<List<Story>>> parts = router.byKeys(LocalQuery.STORIES_BY_ID, List.of("u:1", "t:2", "t:1"),
                id -> id);

        assertThat(parts).hasSize(2);
        assertThat(asked).containsExactlyInAnyOrder(Replica.active(A, 0), Replica.active(B, 1));
        assertThat(args.get(Replica.active(A, 0))).isEqualTo("[\"t:1\",\"t:2\"]");
        assertThat(args.get(Replica.active(B, 1))).isEqualTo("[\"u:1\"]");
    }

    @Test
    void shouldSplitAPartitionsKeysIntoBatchesOfAtMostMaxBatch() {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 2 * Router.MAX_BATCH + 500; i++) {
            String key = "t:" + i;
            keys.add(key);
            byKey.put(key, List.of(Replica.active(A, 0)));
        }
        answers.put(Replica.active(A, 0), Answer.current(List.of()));

        List<Answer<List<Story>>> parts = router.byKeys(LocalQuery.STORIES_BY_ID, keys, id -> id);

        assertThat(parts).hasSize(3);
        List<List<String>> batches = everyArg.stream()
                .map(arg -> io.storywire.core.serde.Json.read(arg, String[].class)).map(List::of).toList();
        assertThat(batches).extracting(List::size)
                .containsExactlyInAnyOrder(Router.MAX_BATCH, Router.MAX_BATCH, 500);
        assertThat(batches.stream().flatMap(List::stream)).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(keys);
    }

    static Story story(String id) {
        return new Story(id, Story.topicOf(id), "headline " + id, 1, null, null, List.of(), List.of(), List.of());
    }
}
