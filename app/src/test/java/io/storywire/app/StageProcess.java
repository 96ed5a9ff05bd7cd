package io.storywire.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One stage as its own OS process, started the way a deployment starts it ({@code storywire stage NAME}, here with
 * the test classpath), so that it can be killed with SIGKILL ({@link Process#destroyForcibly()}) and started again
 * on the same data directory, as after a machine or container crash.
 */
final class StageProcess implements AutoCloseable {

    private final String stage;
    private final List<String> command;
    private final Path log;
    private Process process;
    private int starts;

    StageProcess(String stage, List<String> jvmOptions, List<String> stageArgs, Path log) {
        this.stage = stage;
        this.log = log;
        command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add(StorywireCommand.class.getName());
        command.add("stage");
        command.add(stage);
        command.addAll(stageArgs);
    }

    synchronized void start() {
        try {
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            // the classpath in the environment: a command line of some hundred jars is long, and ps output short
            pb.environment().put("CLASSPATH", System.getProperty("java.class.path"));
            Files.writeString(log, "=== start " + (++starts) + " of " + stage + "\n",
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            process = pb.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** kill -9 of the real process, and waits until the OS has reaped it. */
    synchronized void kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException(stage + " did not die on SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    synchronized boolean alive() {
        return process != null && process.isAlive();
    }

    String stage() {
        return stage;
    }

    /** The last lines of the process output, for a failure message. */
    String tail(int lines) {
        try {
            List<String> all = Files.readAllLines(log);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    @Override
    public synchronized void close() {
        if (process != null && process.isAlive()) {
            kill();
        }
    }
}
