package io.storywire.app;

import org.slf4j.LoggerFactory;

/** Logs a few known lines through the launcher's logging configuration; {@link LogFormatTest} runs it in a JVM. */
public final class LogProbe {

    private LogProbe() {
    }

    public static void main(String[] args) throws Exception {
        Thread t = new Thread(() -> {
            LoggerFactory.getLogger(LogProbe.class).info("probe says \"hello\" to {}", "ops");
            LoggerFactory.getLogger("org.apache.kafka.streams.KafkaStreams")
                    .info("stream-client [probe] State transition from REBALANCING to RUNNING");
            LoggerFactory.getLogger("org.apache.kafka.clients.consumer.KafkaConsumer").info("probe: kafka chatter");
            LoggerFactory.getLogger(LogProbe.class).warn("probe failed", new IllegalStateException("on purpose"));
        }, "probe-thread");
        t.start();
        t.join();
    }
}
