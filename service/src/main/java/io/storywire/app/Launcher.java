package io.storywire.app;

import picocli.CommandLine;

/** Runs a top-level command (the service's or the tools launcher's) with the same error handling. */
final class Launcher {

    private Launcher() {
    }

    static int execute(Object command, String... args) {
        return new CommandLine(command)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    // a busy port, an unreachable cluster or a mistyped setting is the user's to fix: say what,
                    // not where in our code
                    cmd.getErr().println("storywire: " + e.getMessage());
                    if (System.getenv("STORYWIRE_DEBUG") != null) {
                        e.printStackTrace(cmd.getErr());
                    }
                    return 1;
                })
                .execute(args);
    }
}
