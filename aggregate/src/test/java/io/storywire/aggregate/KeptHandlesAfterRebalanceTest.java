package io.storywire.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.storywire.aggregate.query.local.LocalQuery;
import io.storywire.aggregate.query.routing.PeerClient;
import io.storywire.aggregate.store.StoreNames;
import io.storywire.core.model.EnrichedArticle;
import io.storywire.core.serde.Json;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.state.HostInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The query path keeps store handles and the assignment between requests (AssignmentEpoch). An instance that
 * answered everything alone, with every handle kept, must after a second instance takes some partitions over
 * still answer every request the same (now forwarding some), and must refuse a peer's question about a partition
 * it no longer holds rather than answer from a handle it kept.
 */
class KeptHandlesAfterRebalanceTest {

    @TempDir
    Path tmp;

    @Test
    void shouldAnswerTheSameAfterARebalanceAndRefuseLocalReadsOfPartitionsItLost() {
        List<EnrichedArticle> corpus = Fixtures.corpus();
        try (AggregateTestKit kit = new AggregateTestKit(2);
             AggregateStage a = new AggregateStage(kit.config(tmp.resolve("a"), 1))) {
            String urlA = a.startWithHttpServer();
            await().atMost(Duration.ofSeconds(40)).until(a::ready);
            kit.produce(corpus);
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                    .until(() -> kit.articlesKnown(urlA, corpus));

            List<String> paths = paths(kit, urlA, corpus);
            // asked twice alone: the second time every answer comes through kept handles and a kept assignment
            Map<String, AggregateTestKit.Reply> alone = replies(kit, urlA, paths);
            Map<String, AggregateTestKit.Reply> aloneAgain = replies(kit, urlA, paths);
            for (String p : paths) {
                assertThat(alone.get(p).status()).as("status of %s", p).isEqualTo(200);
                assertThat(aloneAgain.get(p).body()).as("kept handles answer %s the same", p)
                        .isEqualTo(alone.get(p).body());
            }

            try (AggregateStage b = new AggregateStage(kit.config(tmp.resolve("b"), 1))) {
                String urlB = b.startWithHttpServer();
                await().atMost(Duration.ofSeconds(60)).until(() -> a.ready() && b.ready()
                        && activeHosts(a).size() == 2);

                // a partition A no longer holds: a peer's question about it is refused, not read from a kept handle
                String lost = null;
                for (EnrichedArticle e : corpus) {
                    KeyQueryMetadata md = a.streams().queryMetadataForKey(StoreNames.ARTICLES, e.id(),
                            Serdes.String().serializer());
                    if (!md.activeHost().equals(HostInfo.buildFromEndpoint(urlA.substring("http://".length())))) {
                        lost = e.id();
                        String body = Json.write(new PeerClient.Request(md.partition(), false, e.id()));
                        AggregateTestKit.Reply local = kit.post(urlA + PeerClient.PATH + LocalQuery.ARTICLE.name(),
                                body);
                        assertThat(local.status()).as("A asked locally for %s of partition %d it lost", e.id(),
                                md.partition()).isEqualTo(503);
                        AggregateTestKit.Reply holder = kit.post(urlB + PeerClient.PATH + LocalQuery.ARTICLE.name(),
                                body);
                        assertThat(holder.status()).isEqualTo(200);
                        break;
                    }
                }
                assertThat(lost).as("some article's partition moved to B").isNotNull();

                Map<String, AggregateTestKit.Reply> shared = replies(kit, urlA, paths);
                for (String p : paths) {
                    assertThat(shared.get(p).status()).as("status of %s after the rebalance", p).isEqualTo(200);
                    assertThat(shared.get(p).json()).as("answer to %s after the rebalance", p)
                            .isEqualTo(alone.get(p).json());
                }
            }
        }
    }

    /** The story, article and topic-page requests of the benchmark's P4, for the whole corpus. */
    private static List<String> paths(AggregateTestKit kit, String url, List<EnrichedArticle> corpus) {
        List<String> paths = new ArrayList<>();
        for (JsonNode t : kit.get(url + "/api/topics").json().path("topics")) {
            String base = "/api/topics/" + t.path("id").asText() + "/stories";
            if (t.path("stories").asInt() == 0) {
                continue;
            }
            paths.add(base);
            for (JsonNode s : kit.get(url + base + "?limit=200").json().path("stories")) {
                paths.add("/api/stories/" + s.path("id").asText());
            }
        }
        corpus.forEach(e -> paths.add("/api/articles/" + e.id()));
        return paths;
    }

    private static Map<String, AggregateTestKit.Reply> replies(AggregateTestKit kit, String url, List<String> paths) {
        Map<String, AggregateTestKit.Reply> out = new LinkedHashMap<>();
        paths.forEach(p -> out.put(p, kit.get(url + p)));
        return out;
    }

    private static java.util.Set<String> activeHosts(AggregateStage stage) {
        return stage.streams().streamsMetadataForStore(StoreNames.STORY_STATE).stream()
                .filter(m -> !m.topicPartitions().isEmpty())
                .map(StreamsMetadata::hostInfo).map(Object::toString).collect(Collectors.toSet());
    }
}
