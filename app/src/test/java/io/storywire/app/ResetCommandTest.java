package io.storywire.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.storywire.aggregate.AggregateStage;
import io.storywire.broker.EmbeddedKafkaBroker;
import io.storywire.core.config.StorywireConfig;
import io.storywire.core.streams.StreamsSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * State of an earlier build's store layout: the aggregate refuses to start on it and says how to reset, and
 * {@code storywire reset aggregate} clears the stage's consumer group, internal topics and local state so that it
 * starts again.
 */
class ResetCommandTest {

    @TempDir
    Path tmp;

    @Test
    void shouldRefuseStateOfRetiredStoresAndStartAfterAReset() throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.startTemporary();
             Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            Map<String, String> settings = Map.of("bootstrap.servers", broker.bootstrapServers(),
                    "topic.prefix", "rt", "state.dir", tmp.resolve("state").toString(), "http.host", "127.0.0.1",
                    "http.port", "0", "commit.interval.ms", "100");
            StorywireConfig cfg = StorywireConfig.load(null, settings);
            broker.createTopics(cfg.topics().all(List.of("taiwan")), 1);
            String applicationId = StreamsSettings.applicationId(cfg, "aggregate");
            String retired = applicationId + "-story-seen-changelog";
            broker.createTopics(List.of(retired, applicationId + "-by-topic-repartition"), 1);
            Path localState = Files.createDirectories(cfg.stateDir().resolve("aggregate").resolve(applicationId));
            Files.writeString(localState.resolve("left-by-the-earlier-build"), "x");

            try (AggregateStage stage = new AggregateStage(cfg)) {
                assertThatThrownBy(stage::startWithHttpServer)
                        .hasMessageContaining(retired)
                        .hasMessageContaining("storywire reset aggregate");
            }

            int rc = Launcher.execute(new StorywireCommand(), "reset", "aggregate",
                    "-b", broker.bootstrapServers(), "-s", "topic.prefix=rt",
                    "-s", "state.dir=" + tmp.resolve("state"));

            assertThat(rc).isZero();
            Set<String> topics = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            assertThat(topics).noneMatch(t -> t.startsWith(applicationId + "-"));
            assertThat(topics).contains(cfg.topics().enriched());
            assertThat(localState).doesNotExist();
            try (AggregateStage stage = new AggregateStage(cfg)) {
                stage.startWithHttpServer();
                await().atMost(Duration.ofSeconds(60)).until(stage::ready);
            }
        }
    }
}
