package io.storywire.core.streams;

import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bad records never reach here (the dead-letter handlers take them); what does is a fault of the moment, such as a
 * lost broker or a fenced producer. Without a handler the stage would sit in ERROR while the process looks alive,
 * so the thread is replaced and resumes from its last commit.
 */
public final class ThreadReplacement {

    private static final Logger log = LoggerFactory.getLogger(ThreadReplacement.class);

    private ThreadReplacement() {
    }

    public static void install(KafkaStreams streams, String stage) {
        streams.setUncaughtExceptionHandler(e -> {
            log.error("{} stream thread died; replacing it", stage, e);
            return StreamThreadExceptionResponse.REPLACE_THREAD;
        });
    }
}
