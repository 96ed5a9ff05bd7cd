package io.storywire.app.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Java process of its own on this JVM's classpath, with JVM options of its own and its output appended to a log
 * file. P4 runs the query server and its load generator this way, apart from the benchmark JVM (broker, P1's stages),
 * so that neither one's garbage-collection pauses land in the other's latencies. Closing it ends it and anything it
 * started; a shutdown hook does the same if the benchmark itself is stopped (Ctrl-C) before it gets there.
 */
final class ChildJvm implements AutoCloseable {

    private final String name;
    private final Path log;
    private final Process process;
    private final Thread hook;

    private ChildJvm(String name, Path log, Process process) {
        this.name = name;
        this.log = log;
        this.process = process;
        this.hook = new Thread(this::end, "end-" + name);
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Starts {@code java OPTIONS MAIN ARGS} with this JVM's {@code java} and classpath. */
    static ChildJvm start(String name, List<String> jvmOptions, String mainClass, List<String> args, Path log) {
        List<String> command = new ArrayList<>();
        command.add(javaCommand());
        command.addAll(jvmOptions);
        command.add(mainClass);
        command.addAll(args);
        try {
            Files.createDirectories(log.toAbsolutePath().getParent());
            Files.writeString(log, "=== " + String.join(" ", command) + "\n");
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            // the classpath in the environment, not on the command line: hundreds of jars make it long
            pb.environment().put("CLASSPATH", System.getProperty("java.class.path"));
            return new ChildJvm(name, log, pb.start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The {@code java} this JVM runs on (so the same version), or {@code java.home}'s where the OS does not say. */
    static String javaCommand() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** JVM options written as one string (the {@code --query-jvm} form), split on white space. */
    static List<String> options(String s) {
        return s == null || s.isBlank() ? List.of() : Arrays.asList(s.trim().split("\\s+"));
    }

    long pid() {
        return process.pid();
    }

    boolean alive() {
        return process.isAlive();
    }

    Path log() {
        return log;
    }

    /** Waits for the process to exit on its own; returns its exit code, or -1 if it did not within the time. */
    int waitFor(long seconds) {
        try {
            return process.waitFor(seconds, TimeUnit.SECONDS) ? process.exitValue() : -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The last lines of the process's output, for an error message. */
    String tail(int lines) {
        try {
            List<String> all = Files.readAllLines(log);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | RuntimeException e) {
            return "(no log: " + e + ")";
        }
    }

    /** Ends the process and its descendants: SIGTERM (a stage closes its Streams app), SIGKILL after 30 s. */
    private void end() {
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + 30_000_000_000L;
        for (ProcessHandle p : tree) {
            try {
                p.onExit().get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (Exception e) {
                p.destroyForcibly();
            }
        }
        for (ProcessHandle p : tree) {
            try {
                p.onExit().get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                // reported by the caller's check, if it has one: nothing more to do from here
            }
        }
    }

    @Override
    public void close() {
        end();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook is running or has run
        }
    }

    @Override
    public String toString() {
        return name + " (pid " + process.pid() + ")";
    }
}
