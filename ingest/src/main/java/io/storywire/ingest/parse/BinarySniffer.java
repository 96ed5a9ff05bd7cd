package io.storywire.ingest.parse;

/** Recognises binary payloads (documents, images, archives, anything with NUL bytes) before any text parser. */
final class BinarySniffer {

    private static final int SCAN = 8192;

    private BinarySniffer() {
    }

    /** What kind of binary the payload is, or null when it looks like text. */
    static String describe(byte[] b) {
        if (starts(b, 0x25, 0x50, 0x44, 0x46)) {
            return "PDF document";
        }
        if (starts(b, 0x89, 0x50, 0x4E, 0x47)) {
            return "PNG image";
        }
        if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return "JPEG image";
        }
        if (starts(b, 0x47, 0x49, 0x46, 0x38)) {
            return "GIF image";
        }
        if (starts(b, 0x50, 0x4B, 0x03, 0x04)) {
            return "ZIP archive or office document";
        }
        if (starts(b, 0x1F, 0x8B)) {
            return "gzip data";
        }
        int controls = 0;
        int n = Math.min(b.length, SCAN);
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) {
                return "NUL bytes";
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                controls++;
            }
        }
        return controls * 20 > n ? "control bytes" : null;
    }

    private static boolean starts(byte[] b, int... magic) {
        if (b.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
