package io.storywire.core.model;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/** Builds {@link DeadLetter}s that keep the original payload: as text when it is valid UTF-8, else in base64. */
public final class DeadLetters {

    /** Payloads above this are kept as a reference (size and source offset) rather than copied whole. */
    public static final int MAX_KEPT_PAYLOAD = 256 * 1024;

    private DeadLetters() {
    }

    public static DeadLetter of(String stage, String reason, String detail, String origin, String originName,
                                String sourceTopic, byte[] payload, Instant at) {
        String text = null;
        String base64 = null;
        long size = payload == null ? 0 : payload.length;
        if (payload != null && payload.length <= MAX_KEPT_PAYLOAD) {
            text = strictUtf8(payload);
            if (text == null) {
                base64 = Base64.getEncoder().encodeToString(payload);
            }
        }
        return new DeadLetter(stage, reason, detail, origin, originName, sourceTopic, text, base64, size, at);
    }

    /** The bytes as a string when they are valid UTF-8, else null. */
    public static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
