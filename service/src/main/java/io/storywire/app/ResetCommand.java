package io.storywire.app;

import io.storywire.core.config.StorywireConfig;
import io.storywire.core.streams.StreamsSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.common.errors.GroupIdNotFoundException;
import org.apache.kafka.common.errors.GroupNotEmptyException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * Forgets what a stage has computed so that its next start rebuilds it from its input topic: the stage's consumer
 * group (so it reads its input from the start), its internal topics (changelogs and repartition topics) and its
 * local state directory. Articles in the raw, enriched and output topics stay. What Kafka's own
 * kafka-streams-application-reset tool does, plus the local state, without needing a Kafka installation.
 */
@Command(name = "reset", mixinStandardHelpOptions = true,
        description = "Delete a stopped stage's state (consumer group, internal topics, local state) so that it "
                + "rebuilds from its input topic on the next start.")
final class ResetCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Parameters(arity = "1..3", paramLabel = "STAGE", description = "ingest, enrich and/or aggregate")
    List<String> stages;

    @Override
    public Integer call() throws Exception {
        StorywireConfig cfg = common.load();
        LocalBroker broker = null;
        if (cfg.embeddedBroker()) {
            // the data of `storywire run` lives in its embedded broker: start it on the same data directory
            broker = ServiceLoader.load(LocalBroker.Provider.class).findFirst()
                    .orElseThrow(() -> new IllegalStateException("bootstrap.servers is empty and this artifact has "
                            + "no embedded broker: give the cluster with -b HOST:PORT"))
                    .start(cfg);
            cfg = cfg.with("bootstrap.servers", broker.bootstrapServers());
        }
        try (Admin admin = Admin.create(cfg.kafkaClientProperties())) {
            for (String stage : stages) {
                Pipeline.Stage known = Pipeline.Stage.valueOf(stage.toUpperCase(Locale.ROOT));
                reset(admin, cfg, known.name().toLowerCase(Locale.ROOT));
            }
        } finally {
            if (broker != null) {
                broker.close();
            }
        }
        return 0;
    }

    private static void reset(Admin admin, StorywireConfig cfg, String stage) throws Exception {
        String applicationId = StreamsSettings.applicationId(cfg, stage);
        try {
            admin.deleteConsumerGroups(List.of(applicationId)).all().get(30, TimeUnit.SECONDS);
            System.out.println(stage + ": deleted consumer group " + applicationId);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof GroupNotEmptyException) {
                throw new IllegalStateException(stage + " still runs (its consumer group " + applicationId
                        + " has members): stop every instance of it first", e.getCause());
            }
            if (!(e.getCause() instanceof GroupIdNotFoundException)) {
                throw e;
            }
            System.out.println(stage + ": no consumer group " + applicationId);
        }
        List<String> internal = new ArrayList<>();
        ListTopicsOptions options = new ListTopicsOptions().listInternal(false);
        for (String topic : admin.listTopics(options).names().get(30, TimeUnit.SECONDS)) {
            // the rule of Kafka's own kafka-streams-application-reset: an application whose id extends this one
            // ("{prefix}-aggregate-eu" beside "{prefix}-aggregate") would match too, so keep topic prefixes apart
            if (topic.startsWith(applicationId + "-")
                    && (topic.endsWith("-changelog") || topic.endsWith("-repartition"))) {
                internal.add(topic);
            }
        }
        if (!internal.isEmpty()) {
            admin.deleteTopics(internal).all().get(60, TimeUnit.SECONDS);
        }
        System.out.println(stage + ": deleted " + internal.size() + " internal topics " + internal);
        Path local = cfg.stateDir().resolve(stage);
        deleteRecursively(local);
        System.out.println(stage + ": deleted local state " + local);
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
