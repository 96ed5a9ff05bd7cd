package io.storywire.aggregate.cluster;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.util.List;

/** The stories of one candidate-index key, most recently active first. */
public record Postings(List<Posting> stories) {

    /**
     * One story under an index key and the span of its dated articles when it was indexed, in epoch millis.
     * Written as a JSON array {@code [story, lastSeen, firstSeen]}: a hot key holds hundreds, read on every article
     * that has the key.
     *
     * @param lastSeen  the story's latest article time (the topic's clock for a story of undated articles): what
     *                  ages it out of the index
     * @param firstSeen the story's earliest dated article time, or {@link #NO_START} when it has none (a story of
     *                  undated articles, or a posting written before spans were indexed): no lower bound then
     */
    @JsonFormat(shape = JsonFormat.Shape.ARRAY)
    public record Posting(String story, long lastSeen, long firstSeen) {

        /** A story with no known start; an older two-element posting reads back with it. */
        public static final long NO_START = 0;

        /** Whether the story's span comes within {@code quietMillis} of {@code at}, on either side. */
        boolean near(long at, long quietMillis) {
            return lastSeen >= at - quietMillis && (firstSeen == NO_START || firstSeen <= at + quietMillis);
        }
    }
}
