package io.storywire.app;

import io.storywire.core.config.StorywireConfig;
import io.storywire.ingest.load.BulkLoader;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** Bulk load of files, folders or feeds into the raw topic of a running pipeline. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Publish the articles in files, folders or feeds to the raw topic of a running pipeline.")
final class LoadCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders (.txt, .json, .html, .xml feeds)")
    java.util.List<Path> paths;

    @Override
    public Integer call() {
        StorywireConfig cfg = common.load();
        if (cfg.embeddedBroker()) {
            cfg = cfg.with("bootstrap.servers", "127.0.0.1:" + cfg.get("broker.port"));
        }
        int failed = 0;
        try (BulkLoader loader = new BulkLoader(cfg)) {
            for (Path p : paths) {
                failed += loader.load(p, System.out).failed();
            }
        }
        return failed == 0 ? 0 : 2;
    }
}
