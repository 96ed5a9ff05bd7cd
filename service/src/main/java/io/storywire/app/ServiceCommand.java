package io.storywire.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The service artifact's command: the stages against a Kafka cluster, nothing else. No embedded broker, eval or
 * test kit is in this jar; {@code app/target/storywire.jar} (the tools launcher) adds them.
 */
@Command(name = "storywire", mixinStandardHelpOptions = true, version = "storywire-service 0.1.0",
        description = "Storywire stages (ingest, enrich, aggregate) against a Kafka cluster.",
        subcommands = {StageCommand.class, RunCommand.class, ConfigCommand.class, ResetCommand.class})
public final class ServiceCommand implements Runnable {

    public static void main(String[] args) {
        System.exit(Launcher.execute(new ServiceCommand(), args));
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
