package io.storywire.app;

import io.storywire.core.Topics;
import io.storywire.core.config.StorywireConfig;
import io.storywire.core.model.Article;
import io.storywire.core.model.EnrichedArticle;
import io.storywire.core.model.Story;
import io.storywire.core.serde.Json;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Everything the pipeline wrote to its output streams, read as a downstream client would (read_committed, so under
 * exactly_once_v2 only committed records count), by a background thread: the articles, the enriched records, the
 * per-topic streams and the latest record of every story.
 */
final class PipelineOutputs implements AutoCloseable {

    private final Topics topics;
    private final List<String> topicIds;
    private final KafkaConsumer<String, String> consumer;
    private final Thread thread;
    private volatile boolean closed;

    // guarded by this
    private final Map<String, Set<String>> articleIdsByUrl = new HashMap<>();
    private final Map<String, Integer> articleRecordsById = new HashMap<>();
    private final Map<String, EnrichedArticle> enriched = new HashMap<>();
    private final Map<String, Integer> enrichedRecordsById = new HashMap<>();
    private final Map<String, Set<String>> topicStreams = new HashMap<>();
    private final Map<String, Story> latestStories = new HashMap<>();
    private long storyRecords;
    private final Set<String> nearDuplicates = new HashSet<>();
    /** generated article number -> reasons of the dead letters that carried it. */
    private final Map<Integer, List<String>> deadLetters = new HashMap<>();
    private RuntimeException failure;

    PipelineOutputs(StorywireConfig cfg, List<String> topicIds) {
        this.topics = cfg.topics();
        this.topicIds = List.copyOf(topicIds);
        Properties p = new Properties();
        p.putAll(cfg.kafkaClientProperties());
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "500");
        consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer());
        List<String> names = new ArrayList<>(List.of(topics.articles(), topics.enriched(), topics.stories(),
                topics.deadLetters()));
        topicIds.forEach(t -> names.add(topics.topic(t)));
        List<TopicPartition> partitions = new ArrayList<>();
        for (String name : names) {
            consumer.partitionsFor(name, Duration.ofSeconds(30))
                    .forEach(pi -> partitions.add(new TopicPartition(name, pi.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        thread = new Thread(this::run, "pipeline-outputs");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        try {
            while (!closed) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    if (r.value() != null) {
                        take(r.topic(), r.value());
                    }
                }
            }
        } catch (WakeupException e) {
            // closing
        } catch (RuntimeException e) {
            synchronized (this) {
                failure = e;
            }
        } finally {
            consumer.close(Duration.ZERO);
        }
    }

    private synchronized void take(String topic, String value) {
        if (topic.equals(topics.articles())) {
            Article a = Json.read(value, Article.class);
            articleIdsByUrl.computeIfAbsent(String.valueOf(a.url()), k -> new HashSet<>()).add(a.id());
            articleRecordsById.merge(a.id(), 1, Integer::sum);
            if (a.nearDuplicateOf() != null) {
                nearDuplicates.add(a.id());
            }
        } else if (topic.equals(topics.enriched())) {
            EnrichedArticle e = Json.read(value, EnrichedArticle.class);
            enriched.put(e.id(), e);
            enrichedRecordsById.merge(e.id(), 1, Integer::sum);
        } else if (topic.equals(topics.stories())) {
            Story s = Json.read(value, Story.class);
            latestStories.put(s.id(), s);
            storyRecords++;
        } else if (topic.equals(topics.deadLetters())) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                    java.util.regex.Pattern.quote(NewsGenerator.URL_PREFIX) + "(\\d+)").matcher(value);
            String reason = Json.read(value, com.fasterxml.jackson.databind.JsonNode.class).path("reason").asText();
            if (m.find()) {
                deadLetters.computeIfAbsent(Integer.parseInt(m.group(1)), k -> new ArrayList<>()).add(reason);
            } else {
                deadLetters.computeIfAbsent(-1, k -> new ArrayList<>()).add(reason);
            }
        } else {
            for (String t : topicIds) {
                if (topic.equals(topics.topic(t))) {
                    topicStreams.computeIfAbsent(t, k -> new HashSet<>())
                            .add(Json.read(value, EnrichedArticle.class).id());
                }
            }
        }
    }

    /** A copy of what has been read so far. */
    synchronized Snapshot snapshot() {
        if (failure != null) {
            throw new IllegalStateException("reading the output streams failed", failure);
        }
        Map<String, Set<String>> streams = new HashMap<>();
        topicStreams.forEach((k, v) -> streams.put(k, Set.copyOf(v)));
        Map<String, Set<String>> byUrl = new HashMap<>();
        articleIdsByUrl.forEach((k, v) -> byUrl.put(k, Set.copyOf(v)));
        return new Snapshot(byUrl, Map.copyOf(articleRecordsById), Map.copyOf(enriched),
                Map.copyOf(enrichedRecordsById), streams, Map.copyOf(latestStories), storyRecords,
                Map.copyOf(deadLetters), Set.copyOf(nearDuplicates));
    }

    @Override
    public void close() {
        closed = true;
        consumer.wakeup();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The streams at one moment. */
    record Snapshot(Map<String, Set<String>> articleIdsByUrl, Map<String, Integer> articleRecordsById,
                    Map<String, EnrichedArticle> enriched, Map<String, Integer> enrichedRecordsById,
                    Map<String, Set<String>> topicStreams, Map<String, Story> latestStories, long storyRecords,
                    Map<Integer, List<String>> deadLetters, Set<String> nearDuplicates) {

        /** Stories not absorbed by another: the ones that hold articles now. */
        List<Story> liveStories() {
            return latestStories.values().stream().filter(s -> s.mergedInto() == null).toList();
        }

        /** article id -> topic -> the live stories of that topic holding it. */
        Map<String, Map<String, Set<String>>> storiesByArticle() {
            Map<String, Map<String, Set<String>>> out = new HashMap<>();
            for (Story s : liveStories()) {
                for (var a : s.articles()) {
                    out.computeIfAbsent(a.id(), k -> new HashMap<>())
                            .computeIfAbsent(s.topic(), k -> new HashSet<>()).add(s.id());
                }
            }
            return out;
        }

        Set<String> articleIds() {
            return articleRecordsById.keySet();
        }

        long articleRecords() {
            return articleRecordsById.values().stream().mapToLong(Integer::longValue).sum();
        }

        long enrichedRecords() {
            return enrichedRecordsById.values().stream().mapToLong(Integer::longValue).sum();
        }

        Set<String> topicsOf(String articleId) {
            EnrichedArticle e = enriched.get(articleId);
            if (e == null || e.topics() == null) {
                return Set.of();
            }
            return e.topics().stream().map(t -> t.id()).collect(Collectors.toSet());
        }
    }
}
