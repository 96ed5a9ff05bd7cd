package io.storywire.ingest.text;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a payload's bytes into text, the way a browser would, in this order: a byte-order mark; the charset of the
 * content type; bytes that are valid UTF-8; an HTML page's own {@code <meta charset>} or {@code http-equiv}
 * declaration; else ICU4J's {@link CharsetDetector} (byte statistics per charset and language: KOI8-R, Shift_JIS,
 * EUC-KR, GB18030, cp1252 ...). Valid UTF-8 wins over a page's meta declaration because pages re-saved as UTF-8
 * often keep their old declaration, and non-ASCII text in another charset is almost never valid UTF-8 by chance.
 * Never throws; what could not be decoded shows as U+FFFD, which {@link #replacementShare} measures.
 */
public final class PayloadDecoder {

    /** How the charset was chosen. */
    public enum Source { BOM, DECLARED, UTF8, META, DETECTED, FALLBACK }

    /** The text, the charset it was read in and how that charset was chosen. */
    public record Decoded(String text, String charset, Source source) {
    }

    /** The detector reads at most this much: enough for its statistics, bounded on a 10 MB page. */
    private static final int DETECT_SAMPLE = 64 * 1024;
    /** A page declares its charset near the top (the HTML standard says within the first 1024 bytes). */
    private static final int META_SCAN = 4096;
    /** Below this ICU confidence (0-100) its guess is no better than the web's usual legacy charset. */
    private static final int MIN_CONFIDENCE = 10;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Charset CP1252 = Charset.forName("windows-1252");

    private PayloadDecoder() {
    }

    /**
     * @param declaredCharset the content type's charset parameter, or null
     * @param html            true when the payload is (or may be) an HTML page: its meta declaration is read and
     *                        its tags are ignored by the detector
     */
    public static Decoded decode(byte[] bytes, String declaredCharset, boolean html) {
        Decoded bom = byBom(bytes);
        if (bom != null) {
            return bom;
        }
        Charset declared = charset(declaredCharset);
        if (declared != null) {
            return new Decoded(lenient(bytes, declared), declared.name(), Source.DECLARED);
        }
        String utf8 = utf8(bytes);
        if (utf8 != null) {
            return new Decoded(utf8, "UTF-8", Source.UTF8);
        }
        if (html) {
            Charset meta = charset(metaCharset(bytes));
            if (meta != null) {
                return new Decoded(lenient(bytes, meta), meta.name(), Source.META);
            }
        }
        Charset detected = detect(bytes, html);
        if (detected != null) {
            return new Decoded(lenient(bytes, detected), detected.name(), Source.DETECTED);
        }
        return new Decoded(lenient(bytes, CP1252), CP1252.name(), Source.FALLBACK);
    }

    /** The share of U+FFFD among the letters, digits and U+FFFD of a text: 0 for clean text, near 1 for noise. */
    public static double replacementShare(String text) {
        long bad = 0;
        long good = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\uFFFD') {
                bad++;
            } else if (Character.isLetterOrDigit(c)) {
                good++;
            }
        }
        return bad + good == 0 ? 0 : (double) bad / (bad + good);
    }

    /** The number of U+FFFD in a text. */
    public static long replacements(String text) {
        return text.chars().filter(c -> c == '\uFFFD').count();
    }

    /** The charset an HTML page declares in its head, or null. */
    static String metaCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, META_SCAN), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    /**
     * Strict UTF-8; also UTF-8 when the only fault is a multi-byte sequence cut at the very end (a payload cut at
     * a byte limit), which is dropped.
     */
    static String utf8(byte[] bytes) {
        String whole = strict(bytes, StandardCharsets.UTF_8);
        if (whole != null) {
            return whole;
        }
        for (int cut = 1; cut <= 3 && cut < bytes.length; cut++) {
            if ((bytes[bytes.length - cut] & 0xC0) == 0xC0) { // the lead byte of the cut sequence
                return strict(Arrays.copyOf(bytes, bytes.length - cut), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static Charset detect(byte[] bytes, boolean html) {
        try {
            CharsetDetector detector = new CharsetDetector();
            detector.enableInputFilter(html);
            detector.setText(bytes.length > DETECT_SAMPLE ? Arrays.copyOf(bytes, DETECT_SAMPLE) : bytes);
            CharsetMatch match = detector.detect();
            if (match == null || match.getConfidence() < MIN_CONFIDENCE) {
                return null;
            }
            return charset(webName(match.getName()));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * ICU names ISO-8859-1 where the bytes are in fact Windows-1252 (its superset that adds curly quotes and
     * dashes in 0x80-0x9F), as browsers also assume.
     */
    private static String webName(String icuName) {
        return switch (icuName.toUpperCase(Locale.ROOT)) {
            case "ISO-8859-1" -> "windows-1252";
            case "ISO-8859-9" -> "windows-1254";
            default -> icuName;
        };
    }

    private static Decoded byBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new Decoded(lenient(Arrays.copyOfRange(b, 3, b.length), StandardCharsets.UTF_8), "UTF-8",
                    Source.BOM);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new Decoded(lenient(Arrays.copyOfRange(b, 2, b.length), StandardCharsets.UTF_16BE), "UTF-16BE",
                    Source.BOM);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new Decoded(lenient(Arrays.copyOfRange(b, 2, b.length), StandardCharsets.UTF_16LE), "UTF-16LE",
                    Source.BOM);
        }
        return null;
    }

    /** True when the payload starts with a UTF-16 byte-order mark (its NUL bytes are text, not binary). */
    public static boolean hasUtf16Bom(byte[] b) {
        return b.length >= 2 && ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF
                || (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE);
    }

    /** A known charset by name (labels such as "latin1", "x-sjis", "gb2312" included), or null. */
    static Charset charset(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String n = name.strip().toLowerCase(Locale.ROOT);
        // the web's labels: GB2312 and GBK pages are read as GB18030 (a superset), Latin-1 as Windows-1252
        n = switch (n) {
            case "gb2312", "gbk", "x-gbk" -> "GB18030";
            case "iso-8859-1", "latin1", "l1", "us-ascii", "ascii" -> "windows-1252";
            case "x-sjis", "sjis", "shift-jis" -> "Shift_JIS";
            case "ks_c_5601-1987" -> "EUC-KR";
            default -> n;
        };
        try {
            return Charset.forName(n);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static String strict(byte[] bytes, Charset cs) {
        try {
            CharsetDecoder d = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            CharBuffer out = d.decode(ByteBuffer.wrap(bytes));
            return out.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String lenient(byte[] bytes, Charset cs) {
        return new String(bytes, cs);
    }
}
