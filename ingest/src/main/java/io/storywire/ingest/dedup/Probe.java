package io.storywire.ingest.dedup;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One article asking one band group for its earlier near-copies: the article's fingerprint and the LSH band keys
 * that group owns. Every group gets the whole fingerprint (it verifies candidates exactly and keeps it to verify
 * later articles against), but only its share of the band keys.
 *
 * @param time   ingest time (epoch ms); with the id it orders articles, so only earlier ones are candidates
 * @param published publication time (epoch ms; ingest time when the article had none)
 * @param source the publisher, or "" when unknown: boilerplate is counted per source
 */
public record Probe(String articleId, long time, long published, String source, int group, List<String> bandKeys,
                    TextFingerprint text) {

    public byte[] toBytes() {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + text.shingles().length * 6);
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeUTF(articleId);
            out.writeLong(time);
            out.writeLong(published);
            out.writeUTF(source);
            out.writeInt(group);
            out.writeInt(bandKeys.size());
            for (String k : bandKeys) {
                out.writeUTF(k);
            }
            text.write(out);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Probe fromBytes(byte[] b) {
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(b));
            String id = in.readUTF();
            long time = in.readLong();
            long published = in.readLong();
            String source = in.readUTF();
            int group = in.readInt();
            int n = in.readInt();
            List<String> keys = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                keys.add(in.readUTF());
            }
            return new Probe(id, time, published, source, group, keys, TextFingerprint.read(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
