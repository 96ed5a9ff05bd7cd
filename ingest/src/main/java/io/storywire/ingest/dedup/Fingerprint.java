package io.storywire.ingest.dedup;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * What is kept of each article for duplicate detection: its shingle hashes and the id of the first copy of its
 * story (itself unless it is a near-duplicate). About 4 bytes per word of body.
 */
public record Fingerprint(String originalId, int[] shingles) {

    public byte[] toBytes() {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 + shingles.length * 4);
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeUTF(originalId);
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
            int[] shingles = new int[in.readInt()];
            for (int i = 0; i < shingles.length; i++) {
                shingles[i] = in.readInt();
            }
            return new Fingerprint(original, shingles);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
