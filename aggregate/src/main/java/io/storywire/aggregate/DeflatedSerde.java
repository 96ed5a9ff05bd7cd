package io.storywire.aggregate;

import java.io.ByteArrayOutputStream;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Another serde's bytes, deflated: for the story journal, whose entries repeat the JSON of the stories, profiles and
 * postings an article rewrote and would otherwise double the aggregate's changelog bytes.
 */
final class DeflatedSerde<T> implements Serde<T> {

    private final Serde<T> inner;

    DeflatedSerde(Serde<T> inner) {
        this.inner = inner;
    }

    @Override
    public Serializer<T> serializer() {
        Serializer<T> s = inner.serializer();
        return (topic, value) -> {
            byte[] plain = s.serialize(topic, value);
            if (plain == null) {
                return null;
            }
            Deflater deflater = new Deflater(Deflater.BEST_SPEED);
            try {
                deflater.setInput(plain);
                deflater.finish();
                ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length / 3 + 64);
                byte[] buf = new byte[8192];
                while (!deflater.finished()) {
                    out.write(buf, 0, deflater.deflate(buf));
                }
                return out.toByteArray();
            } finally {
                deflater.end();
            }
        };
    }

    @Override
    public Deserializer<T> deserializer() {
        Deserializer<T> d = inner.deserializer();
        return (topic, bytes) -> {
            if (bytes == null) {
                return null;
            }
            Inflater inflater = new Inflater();
            try {
                inflater.setInput(bytes);
                ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length * 4);
                byte[] buf = new byte[8192];
                while (!inflater.finished()) {
                    int n = inflater.inflate(buf);
                    if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                        throw new SerializationException("truncated deflated record on " + topic);
                    }
                    out.write(buf, 0, n);
                }
                return d.deserialize(topic, out.toByteArray());
            } catch (DataFormatException e) {
                throw new SerializationException("not a deflated record on " + topic, e);
            } finally {
                inflater.end();
            }
        };
    }
}
