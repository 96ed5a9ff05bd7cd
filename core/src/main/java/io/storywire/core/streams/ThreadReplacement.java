package io.storywire.core.streams;

import io.storywire.core.config.StorywireConfig;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bad records never reach here (the dead-letter handlers take them); what does is a fault of the moment, such as a
 * lost broker or a fenced producer. Without a handler the stage would sit in ERROR while the process looks alive,
 * so the thread is replaced and resumes from its last commit.
 *
 * <p>A thread that keeps dying is a fault no replacement cures: after {@code streams.thread.replace.max} deaths
 * within {@code streams.thread.replace.window.ms} the app shuts down to ERROR, {@code /health/live} says DOWN and
 * the orchestrator restarts the process.
 */
public final class ThreadReplacement {

    public static final String MAX_CONFIG = "streams.thread.replace.max";
    public static final String WINDOW_CONFIG = "streams.thread.replace.window.ms";

    private static final Logger log = LoggerFactory.getLogger(ThreadReplacement.class);

    private ThreadReplacement() {
    }

    /** With the limit of {@code streams.thread.replace.max} / {@code streams.thread.replace.window.ms}. */
    public static void install(KafkaStreams streams, String stage, StorywireConfig cfg) {
        install(streams, stage, cfg.getInt(MAX_CONFIG), Duration.ofMillis(cfg.getLong(WINDOW_CONFIG)));
    }

    public static void install(KafkaStreams streams, String stage, int maxReplacements, Duration window) {
        Deque<Long> deaths = new ArrayDeque<>();
        streams.setUncaughtExceptionHandler(e -> {
            long now = System.nanoTime();
            synchronized (deaths) {
                while (!deaths.isEmpty() && now - deaths.peekFirst() > window.toNanos()) {
                    deaths.removeFirst();
                }
                if (deaths.size() >= maxReplacements) {
                    log.error("{} stream thread died, {} time(s) within {} s already: shutting the stage down",
                            stage, deaths.size(), window.toSeconds(), e);
                    return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
                }
                deaths.addLast(now);
            }
            log.error("{} stream thread died; replacing it", stage, e);
            return StreamThreadExceptionResponse.REPLACE_THREAD;
        });
    }
}
