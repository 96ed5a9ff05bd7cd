package io.storywire.aggregate.query.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storywire.aggregate.query.local.Answer;
import io.storywire.aggregate.query.local.LocalQuery;
import io.storywire.aggregate.query.local.StoreUnavailableException;
import io.storywire.aggregate.query.routing.FakePeers.Asked;
import io.storywire.core.serde.Json;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.internals.DefaultStreamPartitioner;
import org.apache.kafka.streams.state.HostInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The routing policy over real HTTP: every replica is a peer ({@link FakePeers}), so what the router asks, in which
 * order, and what it makes of the answers is seen from the peers' side, through the real {@link PeerClient}.
 */
class RouterTest {

    private static final LocalQuery<List<String>> QUERY = LocalQuery.ARTICLE_STORIES;

    private final ExecutorService pool = Executors.newFixedThreadPool(2);
    private final FakePeers peers = new FakePeers();
    private final List<Asked> asked = peers.asked();
    private HostInfo a;
    private HostInfo b;
    private HostInfo c;

    @BeforeEach
    void startPeers() throws IOException {
        a = peers.start();
        b = peers.start();
        c = peers.start();
    }

    @AfterEach
    void stop() {
        pool.shutdownNow();
        peers.close();
    }

    @Test
    void shouldAskOnlyTheActiveReplicaWhenItAnswers() {
        Router router = router(List.of(List.of(Replica.active(a, 0), Replica.standby(b, 0))));
        peers.answer(Replica.active(a, 0), Answer.current(List.of("taiwan:1")));
        peers.answer(Replica.standby(b, 0), new Answer<>(List.of("taiwan:standby"), true, 0));

        Answer<List<String>> answer = router.byKey(QUERY, "taiwan", "an-article");

        assertThat(answer.stale()).isFalse();
        assertThat(answer.value()).containsExactly("taiwan:1");
        assertThat(asked).extracting(Asked::replica).containsExactly(Replica.active(a, 0));
        assertThat(asked.get(0).query()).isEqualTo(QUERY.name());
        assertThat(asked.get(0).arg()).isEqualTo("an-article");
    }

    @Test
    void shouldMarkEveryPeerRequestForwardedSoThePeerAnswersLocallyOnly() {
        Router router = router(List.of(List.of(Replica.active(a, 0), Replica.standby(b, 0), Replica.standby(c, 0))));
        peers.answer(Replica.standby(c, 0), new Answer<>(List.of("taiwan:1"), true, 0));

        router.byKey(QUERY, "taiwan", "x");

        assertThat(asked).hasSize(3).extracting(Asked::forwarded).containsOnly("1");
    }

    @Test
    void shouldFallBackToTheLeastLaggingStandbyAndSayItIsStale() throws IOException {
        HostInfo down = FakePeers.unreachable();
        Router router = router(List.of(List.of(Replica.active(down, 0), Replica.standby(b, 0),
                Replica.standby(c, 0))));
        peers.answer(Replica.standby(b, 0), new Answer<>(List.of("taiwan:old"), true, 40));
        peers.answer(Replica.standby(c, 0), new Answer<>(List.of("taiwan:newer"), true, 3));

        Answer<List<String>> answer = router.byKey(QUERY, "taiwan", "x");

        assertThat(answer.stale()).isTrue();
        assertThat(answer.offsetLag()).isEqualTo(3);
        assertThat(answer.value()).containsExactly("taiwan:newer");
        assertThat(asked).extracting(Asked::replica)
                .containsExactlyInAnyOrder(Replica.standby(b, 0), Replica.standby(c, 0));
    }

    @Test
    void shouldBeUnavailableWhenNoReplicaAnswers() {
        Router router = router(List.of(List.of(Replica.active(a, 0), Replica.standby(b, 0))));

        assertThatThrownBy(() -> router.byKey(QUERY, "taiwan", "x")).isInstanceOf(StoreUnavailableException.class);
        assertThat(asked).extracting(Asked::replica).containsExactly(Replica.active(a, 0), Replica.standby(b, 0));
    }

    @Test
    void shouldNeverAskAStandbyForStateOnlyTheActiveKeeps() {
        Router router = router(List.of(List.of(Replica.active(a, 0), Replica.standby(b, 0))));
        peers.answer(Replica.standby(b, 0), new Answer<>(List.of("a-standby-copy"), true, 0));

        assertThat(LocalQuery.ENTITY_ARTICLES.activeOnly()).isTrue();
        assertThatThrownBy(() -> router.everyPartition(LocalQuery.ENTITY_ARTICLES, "person:xi-jinping"))
                .isInstanceOf(StoreUnavailableException.class);
        assertThat(asked).extracting(Asked::replica).containsExactly(Replica.active(a, 0));
    }

    @Test
    void shouldBeUnavailableWithoutAskingAnyoneWhenNoReplicaIsKnown() {
        Router router = router(List.of(List.of()));

        assertThatThrownBy(() -> router.byKey(QUERY, "taiwan", "x")).isInstanceOf(StoreUnavailableException.class);
        assertThatThrownBy(() -> router.byKeys(QUERY, List.of("t:1"), id -> id))
                .isInstanceOf(StoreUnavailableException.class);
        assertThatThrownBy(() -> router.everyPartition(QUERY, "x")).isInstanceOf(StoreUnavailableException.class);
        assertThat(asked).isEmpty();
    }

    @Test
    void shouldGatherOneAnswerFromEveryPartition() {
        Router router = router(List.of(List.of(Replica.active(a, 0)),
                List.of(Replica.active(b, 1), Replica.standby(a, 1))));
        peers.answer(Replica.active(a, 0), Answer.current(List.of("taiwan:1")));
        peers.answer(Replica.active(b, 1), Answer.current(List.of("trade:1")));
        peers.answer(Replica.standby(a, 1), new Answer<>(List.of("trade:stale"), true, 1));

        List<Answer<List<String>>> parts = router.everyPartition(QUERY, "x");

        assertThat(parts).extracting(p -> p.value().get(0)).containsExactly("taiwan:1", "trade:1");
        assertThat(parts).noneMatch(Answer::stale);
    }

    @Test
    void shouldFailTheWholeGatherRatherThanAnswerPartially() {
        Router router = router(List.of(List.of(Replica.active(a, 0)), List.of(Replica.active(b, 1))));
        peers.answer(Replica.active(a, 0), Answer.current(List.of("taiwan:1")));

        assertThatThrownBy(() -> router.everyPartition(QUERY, "x")).isInstanceOf(StoreUnavailableException.class);
    }

    @Test
    void shouldMarkAGatherStaleWhenOnePartitionCameFromAStandby() {
        Router router = router(List.of(List.of(Replica.active(a, 0)),
                List.of(Replica.active(b, 1), Replica.standby(a, 1))));
        peers.answer(Replica.active(a, 0), Answer.current(List.of("taiwan:1")));
        peers.answer(Replica.standby(a, 1), new Answer<>(List.of("trade:1"), true, 0));

        List<Answer<List<String>>> parts = router.everyPartition(QUERY, "x");

        assertThat(parts).extracting(Answer::stale).containsExactly(false, true);
    }

    @Test
    void shouldAskEachPartitionOnceForManyKeys() {
        Router router = router(List.of(List.of(Replica.active(a, 0)),
                List.of(Replica.active(b, 1), Replica.standby(a, 1))));
        peers.answer(Replica.active(a, 0), Answer.current(List.of()));
        peers.answer(Replica.active(b, 1), Answer.current(List.of()));
        List<String> keys = List.of("u:1", "t:2", "t:1", "k:3", "n:4", "t:5", "u:6");
        // which keys each partition holds, as Streams' own partitioner says
        DefaultStreamPartitioner<String, Object> streams = new DefaultStreamPartitioner<>(Serdes.String().serializer());
        Map<Integer, List<String>> expected = new TreeMap<>();
        keys.stream().sorted().forEach(k -> expected.computeIfAbsent(
                streams.partitions("t", k, null, 2).orElseThrow().iterator().next(), p -> new ArrayList<>()).add(k));
        assertThat(expected).as("the keys fall in both partitions").hasSize(2);

        List<Answer<List<String>>> parts = router.byKeys(QUERY, keys, id -> id);

        assertThat(parts).hasSize(2);
        assertThat(asked).extracting(Asked::replica)
                .containsExactlyInAnyOrder(Replica.active(a, 0), Replica.active(b, 1));
        for (Asked q : asked) {
            assertThat(q.arg()).isEqualTo(Json.write(expected.get(q.replica().partition())));
        }
    }

    @Test
    void shouldSplitAPartitionsKeysIntoBatchesOfAtMostMaxBatch() {
        Router router = router(List.of(List.of(Replica.active(a, 0))));
        peers.answer(Replica.active(a, 0), Answer.current(List.of()));
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 2 * Router.MAX_BATCH + 500; i++) {
            keys.add("t:" + i);
        }

        List<Answer<List<String>>> parts = router.byKeys(QUERY, keys, id -> id);

        assertThat(parts).hasSize(3);
        List<List<String>> batches = asked.stream()
                .map(q -> Json.read(q.arg(), String[].class)).map(List::of).toList();
        assertThat(batches).extracting(List::size)
                .containsExactlyInAnyOrder(Router.MAX_BATCH, Router.MAX_BATCH, 500);
        assertThat(batches.stream().flatMap(List::stream)).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(keys);
    }

    private Router router(List<List<Replica>> partitions) {
        return FakePeers.router(partitions, pool);
    }
}
