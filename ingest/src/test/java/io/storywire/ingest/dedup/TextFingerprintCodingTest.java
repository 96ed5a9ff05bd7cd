package io.storywire.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class TextFingerprintCodingTest {

    private static final String TEXT = "The port of Kaohsiung handled 1.2 million containers in March, officials said.\n"
            + "Exports to Europe rose by 14 percent while shipments to the United States fell.\n"
            + "Analysts at Harbour Research expect the trend to hold into the summer.";

    @Test
    void shouldWriteTheBytesThatAnIntAtATimeEncodingWrote() throws IOException {
        TextFingerprint f = TextFingerprint.of(TEXT, 3);
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        f.write(new DataOutputStream(written));

        // the layout of earlier builds, whose stores hold records written this way
        ByteArrayOutputStream old = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(old);
        for (int[] a : new int[][] {f.paragraphs(), f.shingles(), f.templates()}) {
            out.writeInt(a.length);
            for (int v : a) {
                out.writeInt(v);
            }
        }
        out.writeInt(f.shingleOwner().length);
        for (short v : f.shingleOwner()) {
            out.writeShort(v);
        }
        for (int[] a : new int[][] {f.subject(), f.markWords()}) {
            out.writeInt(a.length);
            for (int v : a) {
                out.writeInt(v);
            }
        }

        assertThat(f.shingles()).isNotEmpty();
        assertThat(written.toByteArray()).isEqualTo(old.toByteArray());
    }

    @Test
    void shouldReadBackWhatItWrote() throws IOException {
        TextFingerprint f = TextFingerprint.of(TEXT, 3);
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        f.write(new DataOutputStream(written));

        TextFingerprint back = TextFingerprint.read(new DataInputStream(new ByteArrayInputStream(written.toByteArray())));

        assertThat(back.paragraphs()).isEqualTo(f.paragraphs());
        assertThat(back.shingles()).isEqualTo(f.shingles());
        assertThat(back.templates()).isEqualTo(f.templates());
        assertThat(back.shingleOwner()).isEqualTo(f.shingleOwner());
        assertThat(back.subject()).isEqualTo(f.subject());
        assertThat(back.markWords()).isEqualTo(f.markWords());
    }

    @Test
    void shouldRefuseALengthTheRecordCannotHold() {
        byte[] corrupt = {0x7f, 0x00, 0x00, 0x00, 1, 2, 3};
        assertThatThrownBy(() -> TextFingerprint.read(new DataInputStream(new ByteArrayInputStream(corrupt))))
                .isInstanceOf(EOFException.class);
    }
}
