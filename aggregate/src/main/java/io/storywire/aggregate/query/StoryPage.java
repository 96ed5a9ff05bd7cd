package io.storywire.aggregate.query;

import io.storywire.core.model.Story;
import java.util.List;

/** One page of a topic's stories; {@code total} is how many match before paging. */
public record StoryPage(String topic, String sort, int limit, int offset, int total, boolean stale,
                        List<Story> stories) {
}
