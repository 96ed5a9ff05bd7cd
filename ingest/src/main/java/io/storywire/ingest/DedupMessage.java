package io.storywire.ingest;

import io.storywire.core.model.Article;
import io.storywire.core.serde.EventSerdes;
import io.storywire.ingest.dedup.Answer;
import io.storywire.ingest.dedup.Probe;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.kafka.common.serialization.Serde;

/**
 * What travels on the internal dedup topics, one of: an article waiting for its verdict (with the number of
 * band answers to wait for), a probe to a band group, a band group's answer, or a settled verdict sent back to
 * the band groups. One type so that one repartition topic can carry the article and its answers to the gather.
 */
record DedupMessage(Article article, int awaiting, Probe probe, Answer answer, Settle settle) {

    /** The verdict of an article, for the band groups to point later copies at its original. */
    record Settle(String articleId, String originalId) {
    }

    static DedupMessage of(Article article, int awaiting) {
        return new DedupMessage(article, awaiting, null, null, null);
    }

    static DedupMessage of(Probe probe) {
        return new DedupMessage(null, 0, probe, null, null);
    }

    static DedupMessage of(Answer answer) {
        return new DedupMessage(null, 0, null, answer, null);
    }

    static DedupMessage settle(String articleId, String originalId) {
        return new DedupMessage(null, 0, null, null, new Settle(articleId, originalId));
    }

    static final Serde<DedupMessage> SERDE = org.apache.kafka.common.serialization.Serdes.serdeFrom(
            (topic, m) -> m == null ? null : m.toBytes(), (topic, b) -> b == null ? null : fromBytes(b));

    private static final byte ARTICLE = 1;
    private static final byte PROBE = 2;
    private static final byte ANSWER = 3;
    private static final byte SETTLE = 4;

    byte[] toBytes() {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            if (article != null) {
                out.writeByte(ARTICLE);
                out.writeInt(awaiting);
                out.write(EventSerdes.ARTICLE.serializer().serialize(null, article));
            } else if (probe != null) {
                out.writeByte(PROBE);
                out.write(probe.toBytes());
            } else if (answer != null) {
                out.writeByte(ANSWER);
                out.writeUTF(answer.articleId());
                out.writeInt(answer.group());
                out.writeUTF(answer.candidateId() == null ? "" : answer.candidateId());
                out.writeUTF(answer.originalId() == null ? "" : answer.originalId());
                out.writeDouble(answer.similarity());
            } else {
                out.writeByte(SETTLE);
                out.writeUTF(settle.articleId());
                out.writeUTF(settle.originalId());
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The number of answers an encoded article message waits for, read without decoding the article.
     *
     * @throws IllegalArgumentException when the bytes are not an article message
     */
    static int awaiting(byte[] b) {
        if (b.length < 5 || b[0] != ARTICLE) {
            throw new IllegalArgumentException("not an article message");
        }
        return ((b[1] & 0xFF) << 24) | ((b[2] & 0xFF) << 16) | ((b[3] & 0xFF) << 8) | (b[4] & 0xFF);
    }

    static DedupMessage fromBytes(byte[] b) {
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(b));
            byte type = in.readByte();
            return switch (type) {
                case ARTICLE -> {
                    int awaiting = in.readInt();
                    yield of(EventSerdes.ARTICLE.deserializer().deserialize(null, in.readAllBytes()), awaiting);
                }
                case PROBE -> of(Probe.fromBytes(in.readAllBytes()));
                case ANSWER -> {
                    String id = in.readUTF();
                    int group = in.readInt();
                    String candidate = in.readUTF();
                    String original = in.readUTF();
                    double similarity = in.readDouble();
                    yield of(candidate.isEmpty() ? Answer.none(id, group)
                            : new Answer(id, group, candidate, original, similarity));
                }
                case SETTLE -> settle(in.readUTF(), in.readUTF());
                default -> throw new IllegalArgumentException("unknown dedup message type " + type);
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
