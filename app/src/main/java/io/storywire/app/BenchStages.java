package io.storywire.app;

import io.storywire.core.config.StorywireConfig;
import io.storywire.enrich.EnrichStage;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;

/**
 * The benchmark's door to the real stages: starts some of them in this JVM exactly as {@code storywire stage} does
 * ({@link Pipeline}, package-private), against the broker in {@code bootstrap.servers}.
 */
public final class BenchStages implements AutoCloseable {

    private final Pipeline pipeline;

    private BenchStages(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** @param stages "ingest", "enrich" and/or "aggregate" */
    public static BenchStages start(StorywireConfig cfg, Collection<String> stages) {
        EnumSet<Pipeline.Stage> selected = EnumSet.noneOf(Pipeline.Stage.class);
        stages.forEach(s -> selected.add(Pipeline.Stage.valueOf(s.toUpperCase(Locale.ROOT))));
        return new BenchStages(Pipeline.start(cfg, selected, true));
    }

    /** Creates the pipeline's topics for this config's prefix, as a stage does at start. */
    public static void ensureTopics(StorywireConfig cfg) {
        TopicSetup.ensureTopics(cfg, EnrichStage.topicIds(cfg));
    }

    /** Base URL of the query API when the aggregate runs here. */
    public String url() {
        return pipeline.url();
    }

    @Override
    public void close() {
        pipeline.close();
    }
}
