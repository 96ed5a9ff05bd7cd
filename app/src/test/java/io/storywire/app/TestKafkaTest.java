package io.storywire.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TestKafkaTest {

    @Test
    void shouldUseTheEmbeddedBrokerUnlessTheSwitchSaysContainer() {
        assertThat(TestKafka.parse(null)).isEqualTo(TestKafka.Mode.EMBEDDED);
        assertThat(TestKafka.parse("")).isEqualTo(TestKafka.Mode.EMBEDDED);
        assertThat(TestKafka.parse("embedded")).isEqualTo(TestKafka.Mode.EMBEDDED);
        assertThat(TestKafka.parse("Container")).isEqualTo(TestKafka.Mode.CONTAINER);
    }

    @Test
    void shouldRefuseAMistypedMode() {
        assertThatThrownBy(() -> TestKafka.parse("containr"))
                .hasMessageContaining("storywire.test.kafka must be embedded or container, not 'containr'");
    }

    @Test
    void shouldLeaveTheBrokerToThePipelineInEmbeddedMode() {
        if (TestKafka.mode() == TestKafka.Mode.EMBEDDED) {
            try (TestKafka kafka = TestKafka.start()) {
                assertThat(kafka.bootstrapServers()).isEmpty();
            }
        }
    }
}
