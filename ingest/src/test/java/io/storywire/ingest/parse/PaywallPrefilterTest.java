package io.storywire.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The cheap look for paywall words lets through every notice the paywall rule finds. */
class PaywallPrefilterTest {

    private static final String STORY = "The harbour board of Marrowby met on Tuesday to discuss the new ferry "
            + "timetable, which adds two evening crossings from May.\nResidents said the later boats would help "
            + "commuters, while the operator warned that fares could rise by 4 percent.";

    /** One notice for each alternative of the rule, in several casings. */
    private static final List<String> NOTICES = List.of(
            "Subscribe now to continue reading.", "SUBSCRIBE TO KEEP READING", "Subscribe to read the rest.",
            "To continue reading, please log in.", "to continue reading register", "This article is only "
                    + "available to paid subscribers.", "The story is for premium members.", "Subscribers only.",
            "Already a subscriber?", "Sign in to continue.", "LOGIN TO READ", "Log in to read more.",
            "Create a free account to continue.", "You have reached your free article limit.",
            "You have reached your story limit.", "Unlock this article.", "Unlock the full story today.",
            "Become a member to read on.", "Become a subscriber to read.", "Premium content.",
            "Premium Article", "This content is for subscribers.",
            "\u017Fubscribe to read", // long s: case-insensitive Unicode matching takes it for an s
            "Subscr\u0130be to read"); // dotted capital I folds to i

    @Test
    void shouldLetThroughEveryNoticeThatThePaywallRuleFinds() {
        int found = 0;
        for (String notice : NOTICES) {
            String body = STORY + "\n" + notice;
            if (ContentChecks.paywallRuleFinds(body)) {
                found++;
                assertThat(ContentChecks.mayHoldPaywall(body)).as(notice).isTrue();
                assertThat(ContentChecks.paywall(body).notice()).as(notice).isNotNull();
            }
        }
        assertThat(found).isGreaterThanOrEqualTo(NOTICES.size() - 2);
    }

    @Test
    void shouldSkipTheRuleForAStoryWithoutPaywallWords() {
        assertThat(ContentChecks.mayHoldPaywall(STORY)).isFalse();
        assertThat(ContentChecks.paywall(STORY).notice()).isNull();
        assertThat(ContentChecks.paywall(STORY).body()).isEqualTo(STORY);
    }
}
