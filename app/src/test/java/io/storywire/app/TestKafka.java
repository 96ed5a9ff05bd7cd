package io.storywire.app;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;

/**
 * Where the end-to-end tests get their Kafka, by one switch: {@code -Dstorywire.test.kafka=embedded} (the default:
 * the pipeline starts its embedded KRaft broker, as {@code ./storywire run} does) or {@code container} (a fresh
 * {@value #IMAGE} container per pipeline, which the pipeline is given only the bootstrap servers of, as a real
 * cluster). In container mode without a Docker engine the calling test is skipped, saying why.
 */
final class TestKafka implements AutoCloseable {

    static final String PROPERTY = "storywire.test.kafka";
    static final String IMAGE = "apache/kafka:4.3.1";

    enum Mode { EMBEDDED, CONTAINER }

    /**
     * Marks an end-to-end test class that runs on the Kafka of the switch: in container mode without an engine the
     * whole class is reported skipped with the reason, before its setup starts anything.
     */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @ExtendWith(Available.class)
    @interface OnSwitchedKafka {
    }

    /** Disables the tests when the switch asks for a container and no Docker engine answers. */
    static final class Available implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (mode() == Mode.EMBEDDED) {
                return ConditionEvaluationResult.enabled("embedded broker");
            }
            return dockerAvailable() ? ConditionEvaluationResult.enabled("Kafka container " + IMAGE)
                    : ConditionEvaluationResult.disabled(NO_ENGINE);
        }
    }

    private static final String NO_ENGINE = PROPERTY + "=container but no Docker engine is reachable to start "
            + IMAGE + "; without the switch these tests use the embedded broker";
    private static Boolean docker;

    private final KafkaContainer container;

    private TestKafka(KafkaContainer container) {
        this.container = container;
    }

    static Mode mode() {
        return parse(System.getProperty(PROPERTY));
    }

    static Mode parse(String value) {
        if (value == null || value.isBlank()) {
            return Mode.EMBEDDED;
        }
        try {
            return Mode.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            // a typo must not quietly fall back to the embedded broker
            throw new IllegalArgumentException(PROPERTY + " must be embedded or container, not '" + value + "'", e);
        }
    }

    /** What the switch asks for; in container mode with no engine, skips the calling test (an assumption). */
    static TestKafka start() {
        if (mode() == Mode.EMBEDDED) {
            return new TestKafka(null);
        }
        Assumptions.assumeTrue(dockerAvailable(), NO_ENGINE);
        KafkaContainer kafka = new KafkaContainer(IMAGE);
        kafka.start();
        return new TestKafka(kafka);
    }

    /** Asked once per JVM: the answer does not change between test classes, and asking takes a while. */
    static synchronized boolean dockerAvailable() {
        if (docker == null) {
            docker = DockerClientFactory.instance().isDockerAvailable();
        }
        return docker;
    }

    /** Empty for the embedded broker (the pipeline starts it), the container's address otherwise. */
    String bootstrapServers() {
        return container == null ? "" : container.getBootstrapServers();
    }

    @Override
    public void close() {
        if (container != null) {
            container.stop();
        }
    }
}
