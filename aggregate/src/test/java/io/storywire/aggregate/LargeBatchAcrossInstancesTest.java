package io.storywire.aggregate;

import io.storywire.aggregate.store.StoreNames;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.storywire.aggregate.query.local.LocalQuery;
import io.storywire.aggregate.query.routing.PeerClient;
import io.storywire.core.model.EnrichedArticle;
import io.storywire.core.serde.Json;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.streams.StreamsMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An entity named by over a thousand articles, each its own story in its own topic, spread over two instances:
 * the entity's stories need batches of hundreds of article ids and story ids per partition, half of them asked of
 * the peer. Such a batch once travelled in the URL, overran the request-line limit and made the answer a 503.
 */
class LargeBatchAcrossInstancesTest {

    private static final int ARTICLES = 1100;
    private static final Fixtures.E COMMON = new Fixtures.E("org:common-entity", "Common Entity",
            io.storywire.core.model.EntityType.ORGANIZATION);

    @TempDir
    Path tmp;

    @Test
    void shouldAnswerAnEntityNamedByOverAThousandArticlesFromEitherInstance() throws Exception {
        List<EnrichedArticle> articles = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            // a topic per article makes a story per article, so the story batch is as large as the article batch
            articles.add(Fixtures.article(String.format("bulk-article-%04d", i), "Common Entity report number " + i,
                    "Common Entity said something about item " + i + ".", "Wire", "2026-01-08T06:00:00Z",
                    List.of("bulk-" + i), COMMON));
        }
        try (AggregateTestKit kit = new AggregateTestKit(2);
             AggregateStage a = new AggregateStage(kit.config(tmp.resolve("a"), 0));
             AggregateStage b = new AggregateStage(kit.config(tmp.resolve("b"), 0))) {
            String urlA = a.startWithHttpServer();
            String urlB = b.startWithHttpServer();
            await().atMost(Duration.ofSeconds(40)).until(() -> a.ready() && b.ready());
            // both instances hold an active partition, so part of every batch is asked of the peer
            await().atMost(Duration.ofSeconds(20)).until(() -> activeHosts(a).size() == 2);
            kit.produce(articles);

            String path = "/api/entities/" + COMMON.id() + "/stories";
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                    .until(() -> total(kit.get(urlA + path)) == ARTICLES);
            for (String url : List.of(urlA, urlB)) {
                AggregateTestKit.Reply reply = kit.get(url + path);
                assertThat(reply.status()).as("status from %s", url).isEqualTo(200);
                assertThat(reply.json().path("total").asInt()).isEqualTo(ARTICLES);
                assertThat(reply.json().path("stale").asBoolean()).isFalse();
                assertThat(reply.json().path("stories").findValuesAsText("topic")).doesNotHaveDuplicates()
                        .hasSize(ARTICLES);
            }

            // the peer endpoint itself takes a batch far past what a URL could hold
            List<String> ids = articles.stream().map(EnrichedArticle::id).toList();
            int answered = 0;
            for (String url : List.of(urlA, urlB)) {
                for (int partition = 0; partition < 2; partition++) {
                    HttpResponse<String> r = kit.http().send(HttpRequest.newBuilder(
                                    URI.create(url + PeerClient.PATH + LocalQuery.STORY_IDS_OF_ARTICLES.name()))
                            .header(PeerClient.FORWARDED_HEADER, "1").header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    Json.write(new PeerClient.Request(partition, false, LocalQuery.idArg(ids)))))
                            .build(), HttpResponse.BodyHandlers.ofString());
                    assertThat(r.statusCode()).as("%s partition %d", url, partition).isIn(200, 503);
                    if (r.statusCode() == 200) {
                        answered += Json.read(r.body(), JsonNode.class).size();
                    }
                }
            }
            assertThat(answered).as("each article's story ids, from its partition's one holder").isEqualTo(ARTICLES);
        }
    }

    private static int total(AggregateTestKit.Reply reply) {
        return reply.status() == 200 ? reply.json().path("total").asInt() : -1;
    }

    private static Set<String> activeHosts(AggregateStage stage) {
        return stage.streams().streamsMetadataForStore(StoreNames.STORY_STATE).stream()
                .filter(m -> !m.topicPartitions().isEmpty())
                .map(StreamsMetadata::hostInfo).map(Object::toString).collect(Collectors.toSet());
    }
}
