package io.storywire.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code storywire} command: the whole pipeline, one stage, a bulk load or an evaluation. */
@Command(name = "storywire", mixinStandardHelpOptions = true, version = "storywire 0.1.0",
        description = "News pipeline on Apache Kafka: ingest, enrich, aggregate into live story clusters.",
        subcommands = {RunCommand.class, StageCommand.class, ConfigCommand.class, LoadCommand.class, EvalCommand.class, BenchCommand.class})
public final class StorywireCommand implements Runnable {

    public static void main(String[] args) {
        System.exit(new CommandLine(new StorywireCommand())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    // a busy port or an unreachable cluster is the user's to fix: say what, not where in our code
                    cmd.getErr().println("storywire: " + e.getMessage());
                    if (System.getenv("STORYWIRE_DEBUG") != null) {
                        e.printStackTrace(cmd.getErr());
                    }
                    return 1;
                })
                .execute(args));
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
