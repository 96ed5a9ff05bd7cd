package io.storywire.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code storywire} tools launcher: the service's commands ({@code run}, {@code stage}, {@code config}) plus the
 * embedded broker for {@code run}, bulk load, evaluations and benchmarks. Deployments use the service artifact.
 */
@Command(name = "storywire", mixinStandardHelpOptions = true, version = "storywire 0.1.0",
        description = "News pipeline on Apache Kafka: ingest, enrich, aggregate into live story clusters.",
        subcommands = {RunCommand.class, StageCommand.class, ConfigCommand.class, ResetCommand.class, LoadCommand.class, EvalCommand.class, BenchCommand.class})
public final class StorywireCommand implements Runnable {

    public static void main(String[] args) {
        System.exit(Launcher.execute(new StorywireCommand(), args));
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
