package io.storywire.aggregate.cluster;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.util.List;

/** The stories of one candidate-index key, most recently active first. */
public record Postings(List<Posting> stories) {

    /**
     * One story under an index key and the latest article time it had when it was indexed, in epoch millis.
     * Written as a two-element JSON array: a hot key holds hundreds, read on every article that has the key.
     */
    @JsonFormat(shape = JsonFormat.Shape.ARRAY)
    public record Posting(String story, long lastSeen) {
    }
}
