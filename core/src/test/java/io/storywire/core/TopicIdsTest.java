package io.storywire.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TopicIdsTest {

    @Test
    void shouldAcceptTheDefaultTaxonomyIds() {
        assertThat(TopicIds.isValid("trade")).isTrue();
        assertThat(TopicIds.isValid("north-korea")).isTrue();
        assertThat(TopicIds.isValid("k-pop")).isTrue();
        assertThat(TopicIds.isValid("g7")).isTrue();
    }

    @Test
    void shouldRefuseWhatCannotBeATopicId() {
        assertThat(TopicIds.isValid(null)).isFalse();
        assertThat(TopicIds.isValid("")).isFalse();
        assertThat(TopicIds.isValid("Trade")).isFalse();
        assertThat(TopicIds.isValid("a_b")).isFalse();
        assertThat(TopicIds.isValid("a.b")).isFalse();
        assertThat(TopicIds.isValid("a:b")).isFalse();
        assertThat(TopicIds.isValid("-trade")).isFalse();
        assertThat(TopicIds.isValid("trade war")).isFalse();
    }

    @Test
    void shouldRefuseIdsLongerThanOneHundredCharacters() {
        assertThat(TopicIds.isValid("a".repeat(100))).isTrue();
        assertThat(TopicIds.isValid("a".repeat(101))).isFalse();
    }
}
