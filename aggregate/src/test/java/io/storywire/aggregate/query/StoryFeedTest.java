package io.storywire.aggregate.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.storywire.broker.EmbeddedKafkaBroker;
import io.storywire.core.model.Story;
import io.storywire.core.serde.Json;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * The feed passes on committed story changes only (under exactly_once_v2 an aborted transaction never happened), and
 * an expired story's tombstone as an expired change.
 */
class StoryFeedTest {

    private static final String TOPIC = "feed-test.stories";

    @Test
    void shouldPassOnCommittedChangesAndNeverAbortedOnes() throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.startTemporary()) {
            broker.createTopics(List.of(TOPIC), 2);
            Properties client = new Properties();
            client.put("bootstrap.servers", broker.bootstrapServers());
            List<String> seen = new CopyOnWriteArrayList<>();
            try (StoryFeed feed = new StoryFeed(client, TOPIC);
                 KafkaProducer<String, String> producer = transactionalProducer(broker)) {
                List<StoryFeed.StoryChange> changes = new CopyOnWriteArrayList<>();
                feed.subscribe(changes::add);
                feed.subscribe(change -> seen.add(change.storyId()));
                feed.start();
                assertThat(feed.awaitPositioned(Duration.ofSeconds(20))).isTrue();
                producer.initTransactions();

                producer.beginTransaction();
                send(producer, "taiwan:rolled-back");
                producer.flush();
                producer.abortTransaction();
                producer.beginTransaction();
                send(producer, "taiwan:kept");
                producer.commitTransaction();

                // a later committed change on the same partition: once it is through, the aborted one had its chance
                producer.beginTransaction();
                send(producer, "taiwan:sentinel");
                producer.commitTransaction();

                await().atMost(Duration.ofSeconds(15)).until(() -> seen.contains("taiwan:sentinel"));
                assertThat(seen).containsExactly("taiwan:kept", "taiwan:sentinel");

                // the aggregate forgets an idle story with a tombstone keyed by its id; a keyless null is no change
                producer.beginTransaction();
                producer.send(new ProducerRecord<>(TOPIC, 0, "taiwan:kept", null));
                producer.send(new ProducerRecord<>(TOPIC, 0, null, null));
                send(producer, "taiwan:sentinel-2");
                producer.commitTransaction();
                await().atMost(Duration.ofSeconds(15)).until(() -> seen.contains("taiwan:sentinel-2"));
                assertThat(seen).containsExactly("taiwan:kept", "taiwan:sentinel", "taiwan:kept", "taiwan:sentinel-2");
                StoryFeed.StoryChange expired = changes.get(2);
                assertThat(expired.expired()).isTrue();
                assertThat(expired.story()).isNull();
                assertThat(expired.topic()).isEqualTo("taiwan");
                assertThat(Json.read(expired.json(), java.util.Map.class))
                        .isEqualTo(java.util.Map.of("id", "taiwan:kept", "topic", "taiwan"));
                assertThat(changes.get(0).expired()).isFalse();
                assertThat(changes.get(0).story().headline()).isEqualTo("headline");
            }
        }
    }

    private static void send(KafkaProducer<String, String> producer, String storyId) {
        Story story = new Story(storyId, Story.topicOf(storyId), "headline", 1, null, null, List.of(), List.of(),
                List.of());
        // keyed by story id as the aggregate writes them, all on one partition so that a later record's arrival means
        // every earlier one was read
        producer.send(new ProducerRecord<>(TOPIC, 0, storyId, Json.write(story)));
    }

    private static KafkaProducer<String, String> transactionalProducer(EmbeddedKafkaBroker broker) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "story-feed-test");
        return new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
    }
}
