package io.storywire.enrich;

import io.storywire.core.TopicIds;
import io.storywire.core.config.StorywireConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows the taxonomy topic and creates the output stream of every topic added at run time, so the enrich app
 * never writes to a topic that does not exist. Reads without a consumer group (assign + seek), so it neither commits
 * nor joins the Streams app's group.
 */
final class TaxonomyWatcher implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(TaxonomyWatcher.class);

    private final StorywireConfig cfg;
    private final TaxonomyPublisher publisher;
    private final KafkaConsumer<String, String> consumer;
    /** Down once the topic was read to the end it had when the watcher started (or the watcher gave up). */
    private final CountDownLatch caughtUp = new CountDownLatch(1);
    private volatile boolean stopped;

    TaxonomyWatcher(StorywireConfig cfg, TaxonomyPublisher publisher) {
        this.cfg = cfg;
        this.publisher = publisher;
        Properties p = cfg.kafkaClientProperties();
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.remove(ConsumerConfig.GROUP_ID_CONFIG);
        this.consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer());
    }

    @Override
    public void run() {
        try {
            String topic = cfg.topics().taxonomy();
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(i -> new TopicPartition(topic, i.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (!stopped) {
                List<String> ids = new ArrayList<>();
                for (ConsumerRecord<String, String> r : consumer.poll(TaxonomyPublisher.pollTimeout())) {
                    if (r.key() != null && r.value() != null && TopicIds.isValid(r.key())) {
                        ids.add(r.key());
                    }
                }
                if (!ids.isEmpty()) {
                    publisher.ensureTopicStreams(ids);
                }
                if (caughtUp.getCount() > 0 && partitions.stream().allMatch(p -> consumer.position(p) >= end.get(p))) {
                    caughtUp.countDown();
                }
            }
        } catch (WakeupException e) {
            if (!stopped) {
                throw e;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            log.error("taxonomy watcher stopped; topics added from now on need their streams created by hand", e);
        } finally {
            caughtUp.countDown();
            consumer.close();
        }
    }

    /**
     * Waits until the stream of every topic the taxonomy topic held at start exists: a topic defined only there (added
     * live before a restart) would otherwise be missing when the first article tagged with it is written.
     */
    boolean awaitCaughtUp(Duration timeout) throws InterruptedException {
        return caughtUp.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop() {
        stopped = true;
        consumer.wakeup();
    }
}
