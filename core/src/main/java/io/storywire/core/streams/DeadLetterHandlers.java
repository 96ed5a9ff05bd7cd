package io.storywire.core.streams;

import io.storywire.core.model.DeadLetter;
import io.storywire.core.model.DeadLetters;
import io.storywire.core.ops.Telemetry;
import io.storywire.core.serde.EventSerdes;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Error handlers that turn a record a topology cannot read or process into a {@link DeadLetter} on the dead-letter
 * topic and let the rest flow on. Streams writes the dead letter in the same transaction as the task's output, so
 * under exactly_once_v2 a poison pill is neither lost nor written twice.
 */
public final class DeadLetterHandlers {

    /** Streams config keys read by the handlers' {@code configure}. */
    public static final String DLQ_TOPIC_CONFIG = "storywire.dlq.topic";
    public static final String STAGE_CONFIG = "storywire.stage";

    private static final Logger log = LoggerFactory.getLogger(DeadLetterHandlers.class);

    private DeadLetterHandlers() {
    }

    static ProducerRecord<byte[], byte[]> deadLetter(String topic, String stage, String reason, Exception e,
                                                     ErrorHandlerContext ctx, byte[] key, byte[] value) {
        return deadLetter(topic, stage, reason, String.valueOf(e.getMessage()), e, ctx, key, value);
    }

    static ProducerRecord<byte[], byte[]> deadLetter(String topic, String stage, String reason, String detail,
                                                     Exception e, ErrorHandlerContext ctx, byte[] key, byte[] value) {
        String source = source(ctx);
        DeadLetter letter = DeadLetters.of(stage, reason, detail, "kafka", null, source, value, Instant.now());
        log.warn("{}: record {} sent to {}: {}", stage, source, topic, e.toString());
        Telemetry.deadLetter(stage, reason);
        return new ProducerRecord<>(topic, key, EventSerdes.DEAD_LETTER.serializer().serialize(topic, letter));
    }

    private static String source(ErrorHandlerContext ctx) {
        return ctx.topic() == null ? null : ctx.topic() + "/" + ctx.partition() + "@" + ctx.offset();
    }

    /**
     * The outputs that failed for recent input records: one input written to several outputs fails on each of them,
     * and must still become one dead letter. A failure on an output that already failed for the same input is a new
     * attempt (the task was retried after an abort, which also dropped the first dead letter), so it writes again.
     */
    static final class Seen {
        private static final int KEEP = 1024;
        private final Map<String, java.util.Set<String>> failed = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, java.util.Set<String>> eldest) {
                return size() > KEEP;
            }
        };

        /** True when this failure starts a dead letter; false for another output of an input already written. */
        synchronized boolean first(String source, String output) {
            if (source == null) {
                return true; // a punctuator's output has no input to tell apart: every failure counts
            }
            java.util.Set<String> outputs = failed.get(source);
            if (outputs == null || outputs.contains(output)) {
                java.util.Set<String> fresh = new java.util.HashSet<>();
                fresh.add(output);
                failed.put(source, fresh);
                return true;
            }
            outputs.add(output);
            return false;
        }
    }

    /** Reads where dead letters go and which stage writes them from the Streams config. */
    abstract static class Configured {
        String topic;
        String stage;

        public void configure(Map<String, ?> configs) {
            topic = (String) configs.get(DLQ_TOPIC_CONFIG);
            stage = (String) configs.get(STAGE_CONFIG);
        }
    }

    /** A record whose bytes are not the JSON the topology expects. */
    public static final class Deserialization extends Configured implements DeserializationExceptionHandler {
        @Override
        public Response handleError(ErrorHandlerContext ctx, ConsumerRecord<byte[], byte[]> record, Exception e) {
            return Response.resume(List.of(deadLetter(topic, stage, "undeserialisable", e, ctx,
                    record.key(), record.value())));
        }
    }

    /** A record that a processor threw on. */
    public static final class Processing extends Configured implements ProcessingExceptionHandler {
        @Override
        public Response handleError(ErrorHandlerContext ctx, Record<?, ?> record, Exception e) {
            String reason = e instanceof OutputTooLargeException ? "too-large" : "processing-failed";
            return Response.resume(List.of(deadLetter(topic, stage, reason, e, ctx,
                    ctx.sourceRawKey(), ctx.sourceRawValue())));
        }
    }

    /**
     * A result Kafka would not take (too large, topic missing or not allowed): kept as a dead letter instead of
     * stopping the stream thread. Retriable errors are retried as Streams would.
     */
    public static final class Production extends Configured implements ProductionExceptionHandler {
        private final Seen seen = new Seen();

        @Override
        public Response handleError(ErrorHandlerContext ctx, ProducerRecord<byte[], byte[]> record, Exception e) {
            if (e instanceof RetriableException) {
                return Response.retry();
            }
            // the input when Streams still has it (what a replay needs); else the output that failed, except one
            // refused for its size: a copy of it would be refused too, so the dead letter keeps its size and source
            if (ctx.sourceRawValue() != null) {
                return once(ctx, record.topic(), "unwritable", e, ctx.sourceRawKey(), ctx.sourceRawValue(), -1);
            }
            if (e instanceof RecordTooLargeException) {
                return once(ctx, record.topic(), "unwritable", e, record.key(), null,
                        record.value() == null ? 0 : record.value().length);
            }
            return once(ctx, record.topic(), "unwritable", e, record.key(), record.value(), -1);
        }

        @Override
        @SuppressWarnings("rawtypes")
        public Response handleSerializationError(ErrorHandlerContext ctx, ProducerRecord record, Exception e,
                                                 SerializationExceptionOrigin origin) {
            return once(ctx, record.topic(), "unserialisable", e, ctx.sourceRawKey(), ctx.sourceRawValue(), -1);
        }

        /**
         * One dead letter per input record, naming the output that failed first; a later output of the same input
         * failing too is logged and skipped (the dead letter already holds the input, which is what a replay needs).
         */
        private Response once(ErrorHandlerContext ctx, String output, String reason, Exception e, byte[] key,
                              byte[] value, long sizeOnly) {
            String source = source(ctx);
            if (!seen.first(source, output)) {
                log.warn("{}: record {} could not be written to {} either ({}); its dead letter is already written",
                        stage, source, output, e.toString());
                return Response.resume(List.of());
            }
            String detail = "output " + output + " failed: " + e.getMessage();
            if (sizeOnly >= 0) {
                DeadLetter letter = new DeadLetter(stage, reason, detail, "kafka", null, source(ctx), null, null,
                        sizeOnly, Instant.now());
                log.warn("{}: record {} sent to {} (size only): {}", stage, source(ctx), topic, e.toString());
                Telemetry.deadLetter(stage, reason);
                return Response.resume(List.of(new ProducerRecord<>(topic, key,
                        EventSerdes.DEAD_LETTER.serializer().serialize(topic, letter))));
            }
            return Response.resume(List.of(deadLetter(topic, stage, reason, detail, e, ctx, key, value)));
        }
    }
}
