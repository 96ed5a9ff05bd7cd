package io.storywire.ingest.dedup;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * What a band group keeps of each article it has seen.
 *
 * @param originalId the first article of its group once the verdict is known; null while it is taken for an
 *                   original
 * @param groups     bit set of the band groups whose buckets already hold it (several groups may share a task)
 */
public record Indexed(long time, long published, String source, TextFingerprint text, String originalId,
                      int groups) {

    Indexed withGroup(int group) {
        return new Indexed(time, published, source, text, originalId, groups | (1 << group));
    }

    Indexed withOriginal(String original) {
        return new Indexed(time, published, source, text, original, groups);
    }

    boolean indexedIn(int group) {
        return (groups & (1 << group)) != 0;
    }

    /** True when this article came before the other (time, then id): only earlier articles can be originals. */
    boolean before(long otherTime, String thisId, String otherId) {
        return time != otherTime ? time < otherTime : thisId.compareTo(otherId) < 0;
    }

    public byte[] toBytes() {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + text.shingles().length * 6);
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeLong(time);
            out.writeLong(published);
            out.writeUTF(source);
            out.writeUTF(originalId == null ? "" : originalId);
            out.writeInt(groups);
            text.write(out);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Indexed fromBytes(byte[] b) {
        return fromBytes(b, null);
    }

    /**
     * As {@link #fromBytes(byte[])}, with the fingerprint taken as {@code known} instead of decoded when given: an
     * article's fingerprint never changes once stored (only its original and groups do), and decoding it was most of
     * the cost of reading a candidate back.
     */
    public static Indexed fromBytes(byte[] b, TextFingerprint known) {
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(b));
            long time = in.readLong();
            long published = in.readLong();
            String source = in.readUTF();
            String original = in.readUTF();
            int groups = in.readInt();
            TextFingerprint text = known != null ? known : TextFingerprint.read(in);
            return new Indexed(time, published, source, text, original.isEmpty() ? null : original, groups);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
