package io.storywire.aggregate;

import io.storywire.aggregate.store.StoreNames;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.storywire.core.model.EnrichedArticle;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import io.storywire.aggregate.query.local.LocalQuery;
import io.storywire.aggregate.query.local.StoryPageRequest;
import io.storywire.aggregate.query.local.TopicPages;
import io.storywire.aggregate.query.routing.PeerClient;
import io.storywire.core.serde.Json;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.state.HostInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two aggregate instances of one application share the partitions: every endpoint answers the same from either;
 * after one stops, the other answers everything alone.
 */
class TwoInstancesEndToEndTest {

    @TempDir
    Path tmp;

    @Test
    void shouldAnswerIdenticallyFromEitherInstanceAndAloneAfterOneStops() {
        List<EnrichedArticle> corpus = Fixtures.corpus();
        try (AggregateTestKit kit = new AggregateTestKit(2);
             AggregateStage a = new AggregateStage(kit.config(tmp.resolve("a"), 1));
             AggregateStage b = new AggregateStage(kit.config(tmp.resolve("b"), 1))) {
            String urlA = a.startWithHttpServer();
            String urlB = b.startWithHttpServer();
            await().atMost(Duration.ofSeconds(40)).until(() -> a.ready() && b.ready());
            kit.produce(corpus);

            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                    .until(() -> complete(kit, urlA, corpus) && complete(kit, urlB, corpus));
            // both instances hold active partitions, so half the answers are forwarded ones
            await().atMost(Duration.ofSeconds(20)).until(() -> activeHosts(a).size() == 2);

            List<String> paths = paths(kit, urlA, corpus);
            Map<String, AggregateTestKit.Reply> fromA = replies(kit, urlA, paths);
            Map<String, AggregateTestKit.Reply> fromB = replies(kit, urlB, paths);
            for (String path : paths) {
                assertThat(fromB.get(path).status()).as("status of %s", path).isEqualTo(fromA.get(path).status());
                assertThat(fromB.get(path).json()).as("answer to %s", path).isEqualTo(fromA.get(path).json());
            }
            assertThat(fromA.get("/api/topics").status()).isEqualTo(200);
            assertThat(fromA.get("/api/topics/no-such-topic/stories").status()).isEqualTo(404);
            assertThat(fromA.get("/api/topics/taiwan/stories?sort=oldest").status()).isEqualTo(400);

            assertForwardedQueriesAreAnsweredLocallyOr503(kit, a, urlA, urlB);

            a.close();
            // while B takes over, every answer is either the whole truth (maybe marked stale) or a fast 503
            long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
            boolean settled = false;
            while (!settled && System.nanoTime() < deadline) {
                Map<String, AggregateTestKit.Reply> alone = replies(kit, urlB, paths);
                settled = true;
                for (String p : paths) {
                    AggregateTestKit.Reply r = alone.get(p);
                    if (r.status() == 503) {
                        assertThat(r.headers().firstValue("Retry-After")).as("Retry-After on %s", p).isPresent();
                        assertThat(r.contentType()).startsWith("application/problem+json");
                        settled = false;
                    } else {
                        assertThat(r.status()).as("status of %s during takeover", p)
                                .isEqualTo(fromA.get(p).status());
                        assertThat(withoutStale(r.json())).as("answer to %s during takeover", p)
                                .isEqualTo(withoutStale(fromA.get(p).json()));
                        settled &= r.json().equals(fromA.get(p).json());
                    }
                }
                if (!settled) {
                    sleep(250);
                }
            }
            assertThat(settled).as("B answers everything alone, current, after the rebalance").isTrue();
            assertThat(activeHosts(b)).hasSize(1);
        }
    }

    /** A peer's query is answered from the local copy only: the holder answers, the other refuses, never forwards. */
    private static void assertForwardedQueriesAreAnsweredLocallyOr503(AggregateTestKit kit, AggregateStage a,
                                                                       String urlA, String urlB) {
        KeyQueryMetadata md = a.streams().queryMetadataForKey(StoreNames.STORY_STATE, "taiwan",
                new io.storywire.aggregate.store.TopicIdPartitioner<>());
        String holder = md.activeHost().equals(HostInfo.buildFromEndpoint(urlA.substring("http://".length())))
                ? urlA : urlB;
        String other = holder.equals(urlA) ? urlB : urlA;
        String query = PeerClient.PATH + LocalQuery.TOPIC_PAGE.name();
        String body = Json.write(new PeerClient.Request(md.partition(), false, new TopicPages
                .Request("taiwan", StoryPageRequest.parse(null, null, null, null)).arg()));
        AggregateTestKit.Reply fromHolder = kit.post(holder + query, body);
        assertThat(fromHolder.status()).isEqualTo(200);
        assertThat(fromHolder.json().findValuesAsText("topic")).isNotEmpty().containsOnly("taiwan");
        AggregateTestKit.Reply fromOther = kit.post(other + query, body);
        assertThat(fromOther.status()).isEqualTo(503);
        assertThat(fromOther.headers().firstValue("Retry-After")).isPresent();
    }

    /** Every article is in a story of each of its topics, and the article index knows it, as seen from url. */
    private static boolean complete(AggregateTestKit kit, String url, List<EnrichedArticle> corpus) {
        AggregateTestKit.Reply topics = kit.get(url + "/api/topics");
        if (topics.status() != 200) {
            return false;
        }
        int memberships = 0;
        for (JsonNode t : topics.json().path("topics")) {
            memberships += t.path("articles").asInt();
        }
        int expected = corpus.stream().mapToInt(e -> e.topics().size()).sum();
        if (memberships != expected) {
            return false;
        }
        return kit.articlesKnown(url, corpus);
    }

    /** Every endpoint, for every topic, story, article and entity of the corpus, plus some that must fail. */
    private static List<String> paths(AggregateTestKit kit, String url, List<EnrichedArticle> corpus) {
        List<String> paths = new ArrayList<>(List.of("/api/topics", "/api/topics/no-such-topic/stories",
                "/api/topics/taiwan/stories?sort=oldest", "/api/topics/taiwan/stories?limit=0",
                "/api/stories/taiwan:no-such-story", "/api/articles/no-such-article",
                "/api/entities/person:nobody/stories"));
        for (JsonNode t : kit.get(url + "/api/topics").json().path("topics")) {
            String topic = t.path("id").asText();
            String base = "/api/topics/" + topic + "/stories";
            paths.addAll(List.of(base, base + "?sort=size", base + "?limit=1&offset=1",
                    base + "?since=2026-01-08T00:00:00Z"));
            for (JsonNode s : kit.get(url + base + "?limit=200").json().path("stories")) {
                paths.add("/api/stories/" + s.path("id").asText());
                // a story's articles page routes like the story: forwarded to the holder of the topic's partition
                paths.add("/api/stories/" + s.path("id").asText() + "/articles?limit=1&offset=1");
            }
        }
        Set<String> entities = corpus.stream().flatMap(e -> e.entities().stream()).map(e -> e.id())
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        entities.forEach(id -> paths.add("/api/entities/" + id + "/stories"));
        corpus.forEach(e -> paths.add("/api/articles/" + e.id()));
        return paths;
    }

    private static JsonNode withoutStale(JsonNode node) {
        JsonNode copy = node.deepCopy();
        if (copy instanceof com.fasterxml.jackson.databind.node.ObjectNode o) {
            o.remove("stale");
        }
        return copy;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, AggregateTestKit.Reply> replies(AggregateTestKit kit, String url, List<String> paths) {
        Map<String, AggregateTestKit.Reply> out = new LinkedHashMap<>();
        paths.forEach(p -> out.put(p, kit.get(url + p)));
        return out;
    }

    private static Set<String> activeHosts(AggregateStage stage) {
        return stage.streams().streamsMetadataForStore(StoreNames.STORY_STATE).stream()
                .filter(m -> !m.topicPartitions().isEmpty())
                .map(StreamsMetadata::hostInfo).map(Object::toString).collect(Collectors.toSet());
    }
}
