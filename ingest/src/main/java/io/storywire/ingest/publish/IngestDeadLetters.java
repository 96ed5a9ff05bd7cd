package io.storywire.ingest.publish;

import io.storywire.core.model.DeadLetter;
import io.storywire.core.model.DeadLetters;
import io.storywire.ingest.parse.RawMeta;
import io.storywire.ingest.parse.Rejection;

/** Dead letters of the ingest stage, built the same way whichever way the input came in. */
public final class IngestDeadLetters {

    static final String STAGE = "ingest";

    private IngestDeadLetters() {
    }

    /** A rejection with the payload kept (as text, base64, or only its size when large). */
    public static DeadLetter of(Rejection r, RawMeta meta, byte[] payload) {
        return DeadLetters.of(STAGE, r.reason(), r.detail(), meta.origin(), meta.originName(), meta.sourceTopic(),
                payload, meta.receivedAt());
    }

    /** A rejection of a payload that was not read (too large, a symbolic link): only its size is known. */
    public static DeadLetter unread(Rejection r, RawMeta meta, long size) {
        return new DeadLetter(STAGE, r.reason(), r.detail(), meta.origin(), meta.originName(), meta.sourceTopic(),
                null, null, size, meta.receivedAt());
    }
}
