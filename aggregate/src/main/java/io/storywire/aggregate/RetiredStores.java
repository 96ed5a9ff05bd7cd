package io.storywire.aggregate;

import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refuses to start the aggregate on state that an earlier build wrote in a layout this build does not read:
 * <ul>
 *   <li>builds before the one-store layout kept the clusterer's state in seven stores; Kafka Streams would simply
 *       open the new store empty beside their changelogs and cluster every new article as if no story existed;</li>
 *   <li>builds before {@link io.storywire.aggregate.store.TopicIdPartitioner} put each news topic on the partition
 *       Kafka's default partitioner picks, through the {@code by-topic} repartition topic; this build would find a
 *       topic's stories on one partition and cluster and query it on another.</li>
 * </ul>
 * The check looks for those stores' changelog topics and the old repartition topic, and stops with what to do.
 */
final class RetiredStores {

    private static final Logger log = LoggerFactory.getLogger(RetiredStores.class);

    /** Stores of earlier builds whose content now lives in the story-state store. */
    static final List<String> NAMES = List.of("stories", "story-profiles", "story-index", "story-seen",
            "story-counters", "topic-counts", "story-journal");
    /** Internal topics of earlier builds, by the suffix after the application id. */
    static final List<String> TOPICS = List.of("by-topic-repartition");
    /**
     * Changelogs that earlier builds wrote and this one no longer reads, with nothing lost: the entity index is now
     * rebuilt from the articles store when its task starts. Left in place (a topic is the operator's to delete).
     */
    static final List<String> UNUSED = List.of("entity-index-changelog");

    private RetiredStores() {
    }

    /**
     * @throws IllegalStateException when the cluster holds a changelog of a retired store of {@code applicationId}
     */
    static void refuseToStartOnThem(Properties clientProperties, String applicationId) {
        Set<String> topics;
        try (Admin admin = Admin.create(clientProperties)) {
            topics = admin.listTopics().names().get(30, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            // no answer yet: nothing to compare, and Streams itself will wait for the cluster
            log.warn("could not list topics to check for state of an earlier build: {}", e.toString());
            return;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof org.apache.kafka.common.errors.TimeoutException) {
                log.warn("could not list topics to check for state of an earlier build: {}", e.getCause().toString());
                return;
            }
            // an answer that refuses (authorisation, authentication): starting anyway could open an empty
            // story-state beside an earlier build's state, the very thing this check is for
            throw new IllegalStateException("could not list the cluster's topics to check for state of an earlier "
                    + "build (" + e.getCause() + "); the aggregate needs to describe topics", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        UNUSED.stream().map(suffix -> applicationId + "-" + suffix).filter(topics::contains).forEach(topic ->
                log.warn("{} is no longer used (the entity index is rebuilt from the articles store when its task "
                        + "starts); delete it to free its space", topic));
        topicOfAnEarlierBuild(topics, applicationId).ifPresent(topic -> {
            throw new IllegalStateException("the cluster holds " + topic + ", state that an earlier Storywire "
                    + "build wrote in a layout this one does not read (the clusterer's state is now one store, "
                    + "story-state, and its topics are spread over the partitions by TopicIdPartitioner). Stop every "
                    + "aggregate instance and run `storywire reset aggregate` with the same settings (it deletes the "
                    + "aggregate's internal topics, consumer group and local state), then start again: the stories "
                    + "are rebuilt from the enriched topic, as far back as its retention reaches.");
        });
    }

    static Optional<String> topicOfAnEarlierBuild(Set<String> topics, String applicationId) {
        return java.util.stream.Stream.concat(NAMES.stream().map(store -> store + "-changelog"), TOPICS.stream())
                .map(suffix -> applicationId + "-" + suffix).filter(topics::contains).findFirst();
    }
}
