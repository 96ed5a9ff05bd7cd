package io.storywire.enrich;

import io.storywire.core.model.EnrichedArticle;
import io.storywire.core.serde.EventSerdes;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/** An enriched article on its way to one topic's stream; on the wire it is the enriched article alone. */
record TopicRouted(String topicId, EnrichedArticle article) {

    static final Serde<TopicRouted> SERDE = new Serde<>() {
        @Override
        public Serializer<TopicRouted> serializer() {
            Serializer<EnrichedArticle> inner = EventSerdes.ENRICHED.serializer();
            return (topic, value) -> value == null ? null : inner.serialize(topic, value.article());
        }

        @Override
        public Deserializer<TopicRouted> deserializer() {
            throw new UnsupportedOperationException("write-only: read per-topic streams with EventSerdes.ENRICHED");
        }
    };
}
