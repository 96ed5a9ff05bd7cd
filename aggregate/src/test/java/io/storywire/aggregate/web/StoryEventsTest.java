package io.storywire.aggregate.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.storywire.aggregate.AggregateStage;
import io.storywire.aggregate.AggregateTestKit;
import io.storywire.aggregate.Fixtures;
import io.storywire.core.model.EnrichedArticle;
import io.storywire.core.serde.Json;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Server-sent events: a subscriber hears of a story as soon as an article creates or grows it, and of its end when
 * it expires.
 */
class StoryEventsTest {

    @TempDir
    Path tmp;

    /** One SSE connection: its comment lines and its events (field name -> value), as they arrive. */
    static final class Subscription {
        final List<String> comments = new CopyOnWriteArrayList<>();
        final List<Map<String, String>> events = new CopyOnWriteArrayList<>();
        volatile String contentType = "";
        private Map<String, String> current = new HashMap<>();

        void line(String line) {
            if (line.isEmpty()) {
                if (!current.isEmpty()) {
                    events.add(current);
                }
                current = new HashMap<>();
            } else if (line.startsWith(":")) {
                comments.add(line.substring(1).trim());
            } else {
                int colon = line.indexOf(':');
                String field = colon < 0 ? line : line.substring(0, colon);
                String value = colon < 0 ? "" : line.substring(colon + 1).stripLeading();
                current.merge(field, value, (a, b) -> a + "\n" + b);
            }
        }

        /** The ids of the stories announced as expired, in order. */
        List<String> expired() {
            return events.stream().filter(e -> "story-expired".equals(e.get("event"))).map(e -> e.get("id")).toList();
        }

        List<JsonNode> stories() {
            List<JsonNode> out = new ArrayList<>();
            events.stream().filter(e -> "story".equals(e.get("event")))
                    .forEach(e -> out.add(Json.read(e.get("data"), JsonNode.class)));
            return out;
        }
    }

    @Test
    void shouldPushAStoryEventWhenAnArticleArrivesAndFilterByTopic() throws Exception {
        try (AggregateTestKit kit = new AggregateTestKit(2);
             AggregateStage stage = new AggregateStage(kit.config(tmp, 0))) {
            String url = stage.startWithHttpServer();
            await().atMost(Duration.ofSeconds(40)).until(stage::ready);

            // a browser's EventSource accepts exactly text/event-stream; curl sends */*; some clients send nothing
            Subscription all = subscribe(kit, url + "/api/events", "*/*");
            Subscription taiwan = subscribe(kit, url + "/api/events?topic=taiwan", "text/event-stream");
            Subscription plain = subscribe(kit, url + "/api/events?topic=taiwan", null);
            await().atMost(Duration.ofSeconds(10)).until(() -> !all.comments.isEmpty()
                    && !taiwan.comments.isEmpty() && !plain.comments.isEmpty());
            assertThat(List.of(all, taiwan, plain)).allSatisfy(s -> {
                assertThat(s.contentType).startsWith("text/event-stream");
                assertThat(s.comments.get(0)).startsWith("connected");
            });

            List<EnrichedArticle> corpus = Fixtures.corpus();
            EnrichedArticle kpop = corpus.get(3);
            EnrichedArticle drills = corpus.get(2);
            long sent = System.nanoTime();
            kit.produce(List.of(kpop, drills));

            await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(20))
                    .until(() -> hasArticle(all, "k-pop", kpop.id()) && hasArticle(all, "taiwan", drills.id())
                            && hasArticle(taiwan, "taiwan", drills.id()) && hasArticle(plain, "taiwan", drills.id()));
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sent);
            assertThat(millis).as("event latency").isLessThan(15_000);

            JsonNode story = taiwan.stories().get(0);
            assertThat(story.path("id").asText()).startsWith("taiwan:");
            assertThat(story.path("headline").asText()).isEqualTo(drills.article().title());
            assertThat(taiwan.events.get(0).get("id")).isEqualTo(story.path("id").asText());

            // a story that grows is announced again, with its new size
            EnrichedArticle more = Fixtures.article("a5", "More People's Liberation Army drills near Taiwan",
                    "The People's Liberation Army extended its drills near Taiwan; Taiwan protested again.",
                    "Strait Times", "2026-01-08T09:00:00Z", List.of("taiwan"), Fixtures.PLA, Fixtures.TAIWAN);
            kit.produce(List.of(more));
            await().atMost(Duration.ofSeconds(15)).until(() -> hasArticle(taiwan, "taiwan", "a5")
                    && hasArticle(plain, "taiwan", "a5"));
            // the k-pop change reached every subscriber before a5 did: a filtered stream that let it through has it now
            assertThat(List.of(taiwan, plain)).allSatisfy(sub -> assertThat(sub.stories())
                    .allSatisfy(s -> assertThat(s.path("topic").asText()).isEqualTo("taiwan")));

            // an idle story forgotten: its tombstone on the stories topic (StoryExpiryTest: the clusterer writes it)
            // reaches subscribers as a story-expired event with its id and topic, filtered by topic like the others
            String kpopStory = all.stories().stream().filter(s -> s.path("topic").asText().equals("k-pop"))
                    .findFirst().orElseThrow().path("id").asText();
            String taiwanStory = story.path("id").asText();
            kit.produceStoryTombstone(kpopStory);
            await().atMost(Duration.ofSeconds(15)).until(() -> all.expired().contains(kpopStory));
            kit.produceStoryTombstone(taiwanStory);
            await().atMost(Duration.ofSeconds(15)).until(() -> all.expired().contains(taiwanStory)
                    && taiwan.expired().contains(taiwanStory) && plain.expired().contains(taiwanStory));
            // the k-pop expiry reached every subscriber before the taiwan one was sent
            assertThat(taiwan.expired()).containsExactly(taiwanStory);
            assertThat(plain.expired()).containsExactly(taiwanStory);
            Map<String, String> event = taiwan.events.stream()
                    .filter(e -> "story-expired".equals(e.get("event"))).findFirst().orElseThrow();
            assertThat(event.get("id")).isEqualTo(taiwanStory);
            JsonNode gone = Json.read(event.get("data"), JsonNode.class);
            assertThat(gone.path("id").asText()).isEqualTo(taiwanStory);
            assertThat(gone.path("topic").asText()).isEqualTo("taiwan");
        }
    }

    private static boolean hasArticle(Subscription s, String topic, String articleId) {
        return s.stories().stream().anyMatch(story -> story.path("topic").asText().equals(topic)
                && story.path("articles").findValuesAsText("id").contains(articleId));
    }

    /** Connects with the given Accept header, or none when null. */
    private static Subscription subscribe(AggregateTestKit kit, String url, String accept) {
        Subscription sub = new Subscription();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (accept != null) {
            request.header("Accept", accept);
        }
        kit.http().sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines()).thenAccept(response -> {
            assertThat(response.statusCode()).isEqualTo(200);
            sub.contentType = response.headers().firstValue("Content-Type").orElse("none");
            try (Stream<String> lines = response.body()) {
                lines.forEach(sub::line);
            } catch (RuntimeException e) {
                // the connection closes when the stage stops
            }
        });
        return sub;
    }
}
