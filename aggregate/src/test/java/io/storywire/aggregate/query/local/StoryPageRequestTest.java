package io.storywire.aggregate.query.local;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StoryPageRequestTest {

    @Test
    void shouldRejectMalformedPageParameters() {
        assertThatThrownBy(() -> StoryPageRequest.parse("oldest", null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sort");
        assertThatThrownBy(() -> StoryPageRequest.parse(null, "ten", null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limit");
        assertThatThrownBy(() -> StoryPageRequest.parse(null, "500", null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StoryPageRequest.parse(null, null, "-1", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("offset");
        assertThatThrownBy(() -> StoryPageRequest.parse(null, null, null, "yesterday"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("since");
    }
}
