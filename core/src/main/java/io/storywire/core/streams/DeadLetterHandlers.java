package io.storywire.core.streams;

import io.storywire.core.model.DeadLetter;
import io.storywire.core.model.DeadLetters;
import io.storywire.core.serde.Serdes;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
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
        String source = ctx.topic() == null ? null : ctx.topic() + "/" + ctx.partition() + "@" + ctx.offset();
        DeadLetter letter = DeadLetters.of(stage, reason, String.valueOf(e.getMessage()), "kafka", null, source,
                value, Instant.now());
        log.warn("{}: record {} sent to {}: {}", stage, source, topic, e.toString());
        return new ProducerRecord<>(topic, key, Serdes.DEAD_LETTER.serializer().serialize(topic, letter));
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
            return Response.resume(List.of(deadLetter(topic, stage, "processing-failed", e, ctx,
                    ctx.sourceRawKey(), ctx.sourceRawValue())));
        }
    }

    /**
     * A result Kafka would not take (too large, topic missing or not allowed): kept as a dead letter instead of
     * stopping the stream thread. Retriable errors are retried as Streams would.
     */
    public static final class Production extends Configured implements ProductionExceptionHandler {
        @Override
        public Response handleError(ErrorHandlerContext ctx, ProducerRecord<byte[], byte[]> record, Exception e) {
            if (e instanceof RetriableException) {
                return Response.retry();
            }
            return Response.resume(List.of(deadLetter(topic, stage, "unwritable", e, ctx, record.key(),
                    record.value())));
        }

        @Override
        @SuppressWarnings("rawtypes")
        public Response handleSerializationError(ErrorHandlerContext ctx, ProducerRecord record, Exception e,
                                                 SerializationExceptionOrigin origin) {
            return Response.resume(List.of(deadLetter(topic, stage, "unserialisable", e, ctx, ctx.sourceRawKey(),
                    ctx.sourceRawValue())));
        }
    }
}
