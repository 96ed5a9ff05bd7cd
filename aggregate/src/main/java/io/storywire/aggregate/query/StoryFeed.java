package io.storywire.aggregate.query;

import io.storywire.core.model.Story;
import io.storywire.core.serde.Json;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tails the story-change topic from its end and hands every change to the listeners. A plain consumer with manual
 * assignment of every partition and no group: each instance sees every change (any instance can serve any SSE
 * client), and it never joins the Streams application's group.
 */
public final class StoryFeed implements AutoCloseable {

    /**
     * A story created, grown or merged away ({@code story} with its JSON as it travelled), or expired (the
     * tombstone the aggregate writes when it forgets an idle story: no {@code story}, and a JSON of its id and topic).
     */
    public record StoryChange(String storyId, Story story, String json) {

        static StoryChange of(Story story, String json) {
            return new StoryChange(story.id(), story, json);
        }

        static StoryChange expired(String storyId) {
            Map<String, String> gone = new LinkedHashMap<>();
            gone.put("id", storyId);
            gone.put("topic", Story.topicOf(storyId));
            return new StoryChange(storyId, null, Json.write(gone));
        }

        /** The story's topic, from its id (a story id is "topic:first article id"). */
        public String topic() {
            return Story.topicOf(storyId);
        }

        public boolean expired() {
            return story == null;
        }
    }

    private static final Logger log = LoggerFactory.getLogger(StoryFeed.class);

    private final String topic;
    private final KafkaConsumer<String, String> consumer;
    private final List<Consumer<StoryChange>> listeners = new CopyOnWriteArrayList<>();
    private final CountDownLatch positioned = new CountDownLatch(1);
    private final Thread thread;
    private volatile boolean running = true;
    private volatile boolean started;

    public StoryFeed(Properties clientProperties, String topic) {
        this.topic = topic;
        Properties p = new Properties();
        p.putAll(clientProperties);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // under exactly_once_v2 an aborted transaction's story changes never happened: clients must not see them
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "storywire-aggregate-story-feed-" + Integer.toHexString(hashCode()));
        p.remove(ConsumerConfig.GROUP_ID_CONFIG);
        this.consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer());
        this.thread = new Thread(this::run, "story-feed");
        this.thread.setDaemon(true);
    }

    public void start() {
        started = true;
        thread.start();
    }

    /** True once the feed reads from the end of every partition, so any later change reaches the listeners. */
    public boolean awaitPositioned(Duration timeout) throws InterruptedException {
        return positioned.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    public boolean positioned() {
        return positioned.getCount() == 0 && thread.isAlive();
    }

    public Runnable subscribe(Consumer<StoryChange> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    public int subscribers() {
        return listeners.size();
    }

    private void run() {
        try {
            List<TopicPartition> partitions = awaitPartitions();
            if (partitions.isEmpty()) {
                return;
            }
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position); // resolves the lazy seek now, before we say we are positioned
            positioned.countDown();
            log.info("story feed reads {} partitions of {}", partitions.size(), topic);
            while (running) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    dispatch(r);
                }
            }
        } catch (WakeupException e) {
            // closing
        } catch (RuntimeException e) {
            log.error("story feed stopped", e);
        } finally {
            consumer.close(Duration.ofSeconds(2));
        }
    }

    private List<TopicPartition> awaitPartitions() throws WakeupException {
        while (running) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(5));
            if (infos != null && !infos.isEmpty()) {
                return infos.stream().map(i -> new TopicPartition(i.topic(), i.partition())).toList();
            }
            log.info("waiting for topic {} to exist", topic);
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return List.of();
            }
        }
        return List.of();
    }

    private void dispatch(ConsumerRecord<String, String> r) {
        StoryChange change;
        if (r.value() == null) {
            if (r.key() == null) {
                return;
            }
            change = StoryChange.expired(r.key());
        } else {
            try {
                change = StoryChange.of(Json.read(r.value(), Story.class), r.value());
            } catch (RuntimeException e) {
                // the aggregate topology wrote it; an unreadable change is logged, the feed goes on
                log.warn("unreadable story change at {}-{}@{}: {}", r.topic(), r.partition(), r.offset(),
                        e.getMessage());
                return;
            }
        }
        for (Consumer<StoryChange> l : listeners) {
            try {
                l.accept(change);
            } catch (RuntimeException e) {
                log.debug("story listener failed", e);
            }
        }
    }

    @Override
    public void close() {
        running = false;
        if (!started) {
            consumer.close(Duration.ZERO);
            return;
        }
        consumer.wakeup();
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
