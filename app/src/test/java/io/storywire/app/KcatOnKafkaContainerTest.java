package io.storywire.app;

import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The kcat scenario against Kafka in a container (the broker image of the same version), as a real cluster would be
 * used: the pipeline gets only its bootstrap servers. Skipped where no Docker engine runs.
 */
@Testcontainers(disabledWithoutDocker = true)
class KcatOnKafkaContainerTest extends KcatEndToEndTest {

    private static KafkaContainer kafka;

    @BeforeAll
    static void start() throws IOException {
        kafka = new KafkaContainer("apache/kafka:4.3.1");
        kafka.start();
        running = new RunningPipeline(kafka.getBootstrapServers());
    }

    @AfterAll
    static void stop() {
        if (running != null) {
            running.close();
        }
        if (kafka != null) {
            kafka.stop();
        }
    }
}
