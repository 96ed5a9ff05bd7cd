package io.storywire.aggregate.cluster;

import java.util.List;

/** The stories of one candidate-index key, most recently active first. */
public record Postings(List<Posting> stories) {

    /** One story under an index key and the latest article time it had when it was indexed, in epoch millis. */
    public record Posting(String story, long lastSeen) {
    }
}
