package io.storywire.app;

import io.storywire.app.Pipeline.Stage;
import io.storywire.core.config.StorywireConfig;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** Some stages alone, against a cluster: how a real deployment runs them, each scaled on its own. */
@Command(name = "stage", mixinStandardHelpOptions = true,
        description = "Run one or more stages (ingest, enrich, aggregate) against --bootstrap-servers.")
final class StageCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Parameters(arity = "1..3", paramLabel = "STAGE", description = "ingest, enrich and/or aggregate")
    List<String> stages;

    @Override
    public Integer call() throws Exception {
        StorywireConfig cfg = common.load();
        EnumSet<Stage> selected = EnumSet.noneOf(Stage.class);
        for (String s : stages) {
            selected.add(Stage.valueOf(s.toUpperCase(Locale.ROOT)));
        }
        Pipeline pipeline = Pipeline.start(cfg, selected).closeOnShutdown();
        System.out.println("Running " + selected + " against " + pipeline.config().bootstrapServers());
        if (pipeline.url() != null) {
            System.out.println("HTTP: " + pipeline.url() + "/");
        }
        pipeline.awaitClosed();
        return 0;
    }
}
