package io.storywire.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.storywire.core.config.StorywireConfig;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HttpPolicyTest {

    private static HttpPolicy policy(Map<String, String> settings) {
        return HttpPolicy.from(StorywireConfig.load(null, settings));
    }

    @Test
    void shouldAnswerLoopbackOnlyByDefault() {
        HttpPolicy p = policy(Map.of());
        assertThat(p.hostAllowed("127.0.0.1:7070")).isTrue();
        assertThat(p.hostAllowed("LOCALHOST")).isTrue();
        assertThat(p.hostAllowed("[::1]:7070")).isTrue();
        assertThat(p.hostAllowed("127.0.0.1.attacker.example:7070")).isFalse();
        assertThat(p.hostAllowed("localhost.attacker.example")).isFalse();
        assertThat(p.hostAllowed(null)).isFalse();
        assertThat(p.token()).isEmpty();
        assertThat(p.internalToken()).isEmpty();
        assertThat(p.sseMaxClients()).isEqualTo(100);
    }

    @Test
    void shouldAnswerItsAdvertisedAddressAndTheListedHosts() {
        HttpPolicy p = policy(Map.of("application.server", "aggregate-1:7070", "http.host", "0.0.0.0",
                "http.allowed.hosts", " news.example.org , 10.0.0.5:7071"));
        assertThat(p.hostAllowed("aggregate-1:7070")).isTrue();
        assertThat(p.hostAllowed("aggregate-1:7071")).isFalse();
        assertThat(p.hostAllowed("News.Example.org:8443")).isTrue();
        assertThat(p.hostAllowed("10.0.0.5:7071")).isTrue();
        assertThat(p.hostAllowed("0.0.0.0:7070")).isFalse();
    }

    @Test
    void shouldAllowTheRequestsOwnOriginAndTheListedOnes() {
        HttpPolicy p = policy(Map.of("http.allowed.origins", "https://Dash.example.org/"));
        assertThat(p.originAllowed("http://127.0.0.1:7070", "127.0.0.1:7070")).isTrue();
        assertThat(p.originAllowed("http://127.0.0.1:7071", "127.0.0.1:7070")).isFalse();
        assertThat(p.originAllowed("null", "127.0.0.1:7070")).isFalse();
        assertThat(p.originAllowed("https://dash.example.org", "127.0.0.1:7070")).isTrue();
    }

    @Test
    void shouldFallBackToTheWriteTokenForInternalCalls() {
        assertThat(policy(Map.of("http.token", "w")).internalToken()).isEqualTo("w");
        assertThat(policy(Map.of("http.token", "w", "http.internal.token", "i")).internalToken()).isEqualTo("i");
        assertThat(HttpPolicy.authorised("w", "Bearer w")).isTrue();
        assertThat(HttpPolicy.authorised("w", "bearer w")).isTrue();
        assertThat(HttpPolicy.authorised("w", "Bearer x")).isFalse();
        assertThat(HttpPolicy.authorised("w", "Basic dzp3")).isFalse();
        assertThat(HttpPolicy.authorised("", null)).isTrue();
    }
}
