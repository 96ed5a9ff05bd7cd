package io.storywire.core.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.storywire.core.config.StorywireConfig;
import io.storywire.core.model.Article;
import io.storywire.core.model.DeadLetter;
import io.storywire.core.serde.EventSerdes;
import java.nio.file.Files;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.junit.jupiter.api.Test;

class DeadLetterHandlersTest {

    @Test
    void shouldSendUnreadableAndFailingRecordsToTheDeadLetterTopicAndGoOn() throws Exception {
        StreamsBuilder b = new StreamsBuilder();
        b.stream("in", Consumed.with(org.apache.kafka.common.serialization.Serdes.String(), EventSerdes.ARTICLE))
                .mapValues(a -> {
                    if (a.title().equals("boom")) {
                        throw new IllegalStateException("processor failed on purpose");
                    }
                    return a.title();
                })
                .to("out", Produced.with(org.apache.kafka.common.serialization.Serdes.String(),
                        org.apache.kafka.common.serialization.Serdes.String()));
        StorywireConfig cfg = StorywireConfig.load(null, Map.of("bootstrap.servers", "unused:9092",
                "state.dir", Files.createTempDirectory("dlh").toString()));
        Properties props = StreamsSettings.of(cfg, "test", null);
        try (TopologyTestDriver driver = new TopologyTestDriver(b.build(), props)) {
            var in = driver.createInputTopic("in", new org.apache.kafka.common.serialization.StringSerializer(),
                    new ByteArraySerializer());
            var out = driver.createOutputTopic("out", new StringDeserializer(), new StringDeserializer());
            var dlq = driver.createOutputTopic(cfg.topics().deadLetters(), new StringDeserializer(),
                    EventSerdes.DEAD_LETTER.deserializer());

            in.pipeInput("k1", "{not json".getBytes());
            in.pipeInput("k2", article("boom"));
            in.pipeInput("k3", article("fine"));

            assertThat(out.readValuesToList()).containsExactly("fine");
            var letters = dlq.readValuesToList();
            assertThat(letters).extracting(DeadLetter::reason).containsExactly("undeserialisable", "processing-failed");
            assertThat(letters.get(0).payload()).isEqualTo("{not json");
            assertThat(letters.get(1).detail()).contains("processor failed on purpose");
            assertThat(letters).allMatch(l -> l.stage().equals("test") && l.sourceTopic().startsWith("in/"));
        }
    }

    @Test
    void shouldSendAResultThatCannotBeWrittenToTheDeadLetterTopicAndGoOn() throws Exception {
        StreamsBuilder b = new StreamsBuilder();
        org.apache.kafka.common.serialization.Serializer<String> picky = (topic, v) -> {
            if (v.equals("unwritable")) {
                throw new org.apache.kafka.common.errors.SerializationException("cannot write that");
            }
            return v.getBytes();
        };
        b.stream("in", Consumed.with(org.apache.kafka.common.serialization.Serdes.String(), EventSerdes.ARTICLE))
                .mapValues(Article::title)
                .to("out", Produced.with(org.apache.kafka.common.serialization.Serdes.String(),
                        org.apache.kafka.common.serialization.Serdes.serdeFrom(picky,
                                new StringDeserializer())));
        StorywireConfig cfg = StorywireConfig.load(null, Map.of("bootstrap.servers", "unused:9092",
                "state.dir", Files.createTempDirectory("dlh").toString()));
        try (TopologyTestDriver driver = new TopologyTestDriver(b.build(), StreamsSettings.of(cfg, "test", null))) {
            var in = driver.createInputTopic("in", new org.apache.kafka.common.serialization.StringSerializer(),
                    new ByteArraySerializer());
            var out = driver.createOutputTopic("out", new StringDeserializer(), new StringDeserializer());
            var dlq = driver.createOutputTopic(cfg.topics().deadLetters(), new StringDeserializer(),
                    EventSerdes.DEAD_LETTER.deserializer());

            in.pipeInput("k1", article("unwritable"));
            in.pipeInput("k2", article("fine"));

            assertThat(out.readValuesToList()).containsExactly("fine");
            DeadLetter letter = dlq.readValue();
            assertThat(letter.reason()).isEqualTo("unserialisable");
            assertThat(letter.detail()).contains("cannot write that");
            assertThat(letter.payload()).contains("\"title\":\"unwritable\"");
        }
    }

    @Test
    void shouldWriteOneDeadLetterForAnInputWhoseEveryOutputFails() throws Exception {
        StreamsBuilder b = new StreamsBuilder();
        org.apache.kafka.common.serialization.Serializer<String> picky = (topic, v) -> {
            if (v.equals("unwritable")) {
                throw new org.apache.kafka.common.errors.SerializationException("cannot write that to " + topic);
            }
            return v.getBytes();
        };
        var titles = b.stream("in", Consumed.with(org.apache.kafka.common.serialization.Serdes.String(),
                EventSerdes.ARTICLE)).mapValues(Article::title);
        var pickySerde = org.apache.kafka.common.serialization.Serdes.serdeFrom(picky, new StringDeserializer());
        for (String out : java.util.List.of("out-1", "out-2", "out-3")) {
            titles.to(out, Produced.with(org.apache.kafka.common.serialization.Serdes.String(), pickySerde));
        }
        StorywireConfig cfg = StorywireConfig.load(null, Map.of("bootstrap.servers", "unused:9092",
                "state.dir", Files.createTempDirectory("dlh").toString()));
        try (TopologyTestDriver driver = new TopologyTestDriver(b.build(), StreamsSettings.of(cfg, "test", null))) {
            var in = driver.createInputTopic("in", new org.apache.kafka.common.serialization.StringSerializer(),
                    new ByteArraySerializer());
            var dlq = driver.createOutputTopic(cfg.topics().deadLetters(), new StringDeserializer(),
                    EventSerdes.DEAD_LETTER.deserializer());

            in.pipeInput("k1", article("unwritable"));
            in.pipeInput("k2", article("fine"));
            in.pipeInput("k3", article("unwritable"));

            for (String out : java.util.List.of("out-1", "out-2", "out-3")) {
                assertThat(driver.createOutputTopic(out, new StringDeserializer(), new StringDeserializer())
                        .readValuesToList()).containsExactly("fine");
            }
            var letters = dlq.readValuesToList();
            assertThat(letters).as("one per bad input, not one per output").hasSize(2);
            assertThat(letters).extracting(DeadLetter::sourceTopic).containsExactly("in/0@0", "in/0@2");
            assertThat(letters).allMatch(l -> l.reason().equals("unserialisable")
                    && l.detail().startsWith("output out-1 failed"));
        }
    }

    @Test
    void shouldWriteAgainWhenTheSameInputFailsOnTheSameOutputInALaterAttempt() {
        DeadLetterHandlers.Seen seen = new DeadLetterHandlers.Seen();
        assertThat(seen.first("in/0@5", "out-1")).isTrue();
        assertThat(seen.first("in/0@5", "out-2")).as("another output, same attempt").isFalse();
        assertThat(seen.first("in/0@6", "out-1")).as("another input").isTrue();
        // the task was aborted and retried: its first dead letter went with the transaction
        assertThat(seen.first("in/0@5", "out-1")).isTrue();
        assertThat(seen.first("in/0@5", "out-2")).isFalse();
        assertThat(seen.first(null, "out-1")).isTrue();
        assertThat(seen.first(null, "out-1")).isTrue();
    }

    private static byte[] article(String title) {
        return EventSerdes.ARTICLE.serializer().serialize("in", new Article("id-" + title, title, null, null, null, null,
                null, "en", "body", "kafka", null, null, null));
    }
}
