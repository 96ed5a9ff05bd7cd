package io.storywire.ingest.dedup;

import io.storywire.core.model.NearDuplicate;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * What is kept of each article for duplicate detection: its shingle hashes (about 4 bytes per word of body), the
 * verdict it got (the first copy of its story and the similarity, when it is a near-duplicate) and the position
 * of the record that brought it, so that a replay of that very record is told from a second copy.
 *
 * @param nearDuplicateOf  the verdict it was published with; null when it was new
 * @param sourcePosition   "partition@offset" of the record it came in; null when unknown
 */
public record Fingerprint(NearDuplicate nearDuplicateOf, String sourcePosition, int[] shingles) {

    /** The first copy of this article's story: the original it points at, or itself. */
    public String originalId(String selfId) {
        return nearDuplicateOf == null ? selfId : nearDuplicateOf.articleId();
    }

    public byte[] toBytes() {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(48 + shingles.length * 4);
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeUTF(nearDuplicateOf == null ? "" : nearDuplicateOf.articleId());
            out.writeDouble(nearDuplicateOf == null ? 0 : nearDuplicateOf.similarity());
            out.writeUTF(sourcePosition == null ? "" : sourcePosition);
            out.writeInt(shingles.length);
            for (int s : shingles) {
                out.writeInt(s);
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Fingerprint fromBytes(byte[] b) {
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(b));
            String original = in.readUTF();
            double similarity = in.readDouble();
            String position = in.readUTF();
            int[] shingles = new int[in.readInt()];
            for (int i = 0; i < shingles.length; i++) {
                shingles[i] = in.readInt();
            }
            return new Fingerprint(original.isEmpty() ? null : new NearDuplicate(original, similarity),
                    position.isEmpty() ? null : position, shingles);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
