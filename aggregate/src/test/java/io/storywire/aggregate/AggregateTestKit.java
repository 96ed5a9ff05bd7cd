package io.storywire.aggregate;

import com.fasterxml.jackson.databind.JsonNode;
import io.storywire.broker.EmbeddedKafkaBroker;
import io.storywire.aggregate.store.StoreNames;
import io.storywire.core.Topics;
import io.storywire.core.config.StorywireConfig;
import io.storywire.core.model.EnrichedArticle;
import io.storywire.core.serde.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/** An embedded broker with the pipeline's topics, configs for aggregate instances, a producer and an HTTP client. */
public final class AggregateTestKit implements AutoCloseable {

    public static final List<String> TOPIC_IDS = List.of("taiwan", "trade", "k-pop", "north-korea");

    private final EmbeddedKafkaBroker broker;
    private final KafkaProducer<String, String> producer;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String prefix;

    public AggregateTestKit(int partitions) {
        broker = EmbeddedKafkaBroker.startTemporary();
        prefix = "sw" + Long.toHexString(System.nanoTime());
        Topics topics = new Topics(prefix);
        broker.createTopics(topics.all(TOPIC_IDS), partitions);
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        p.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
    }

    /** One instance's config: its own state dir, a free HTTP port, a short commit interval. */
    public StorywireConfig config(Path stateDir, int standbys) {
        Map<String, String> o = new HashMap<>();
        o.put("bootstrap.servers", broker.bootstrapServers());
        o.put("topic.prefix", prefix);
        o.put("state.dir", stateDir.toString());
        o.put("http.host", "127.0.0.1");
        o.put("http.port", "0");
        o.put("application.server", "");
        o.put("commit.interval.ms", "100");
        o.put("num.standby.replicas", Integer.toString(standbys));
        o.put("kafka.session.timeout.ms", "6000");
        o.put("kafka.heartbeat.interval.ms", "500");
        return StorywireConfig.load(null, o);
    }

    public Topics topics() {
        return new Topics(prefix);
    }

    /**
     * True when the consumer group {@code groupId} (a stage's application id) has committed, on every partition it
     * reads (its internal repartition topics included), the end of what is there: everything produced so far has been
     * processed and its offsets committed.
     */
    public boolean committedThroughEnd(String groupId) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(groupId)
                    .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
            if (committed.isEmpty()) {
                return false;
            }
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            committed.keySet().forEach(tp -> latest.put(tp, OffsetSpec.latest()));
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(latest).all()
                    .get(10, TimeUnit.SECONDS);
            return committed.entrySet().stream()
                    .allMatch(e -> e.getValue() != null && e.getValue().offset() >= ends.get(e.getKey()).offset());
        } catch (ExecutionException | TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public void produce(Collection<EnrichedArticle> articles) {
        for (EnrichedArticle a : articles) {
            producer.send(new ProducerRecord<>(topics().enriched(), a.id(), Json.write(a)));
        }
        producer.flush();
    }

    /** A story's tombstone on the stories topic, as the clusterer writes it when it forgets an idle story. */
    public void produceStoryTombstone(String storyId) {
        producer.send(new ProducerRecord<>(topics().stories(), storyId, null));
        producer.flush();
    }

    public record Reply(int status, HttpHeaders headers, String body) {
        public JsonNode json() {
            try {
                return Json.MAPPER.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON: " + body, e);
            }
        }

        public String contentType() {
            return headers.firstValue("Content-Type").orElse("");
        }
    }

    public Reply get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    /** A POST with a JSON body, as one instance asks another. */
    public Reply post(String url, String json) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /**
     * True when the API at {@code url} answers every article of the corpus with one story id per topic of the
     * article: the whole corpus has been clustered and indexed, as that instance sees it.
     */
    public boolean articlesKnown(String url, List<EnrichedArticle> corpus) {
        for (EnrichedArticle e : corpus) {
            Reply article = get(url + "/api/articles/" + e.id());
            if (article.status() != 200 || article.json().path("storyIds").size() != e.topics().size()) {
                return false;
            }
        }
        return true;
    }

    /** True when every article with a topic has its stories in the stage's article-stories store. */
    public static boolean clustered(AggregateStage stage, List<EnrichedArticle> articles) {
        ReadOnlyKeyValueStore<String, List<String>> store = stage.streams().store(StoreQueryParameters
                .fromNameAndType(StoreNames.ARTICLE_STORIES, QueryableStoreTypes.<String, List<String>>keyValueStore()));
        return articles.stream().filter(a -> !a.topics().isEmpty()).allMatch(a -> store.get(a.id()) != null);
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = http.send(request.timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.headers(), r.body());
        } catch (IOException e) {
            return new Reply(-1, HttpHeaders.of(Map.of(), (k, v) -> true), e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpClient http() {
        return http;
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(2));
        broker.close();
    }
}
