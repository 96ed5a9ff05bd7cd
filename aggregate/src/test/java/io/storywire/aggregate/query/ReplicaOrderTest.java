package io.storywire.aggregate.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.state.HostInfo;
import org.junit.jupiter.api.Test;

class ReplicaOrderTest {

    private static final HostInfo A = new HostInfo("a", 1);
    private static final HostInfo B = new HostInfo("b", 2);
    private static final HostInfo C = new HostInfo("c", 3);

    @Test
    void shouldPutTheActiveFirstThenStandbysWhenStaleReadsAreAllowed() {
        KeyQueryMetadata md = new KeyQueryMetadata(B, Set.of(C, A), 4);

        assertThat(ReplicaOrder.of(md, true))
                .containsExactly(Replica.active(B, 4), Replica.standby(A, 4), Replica.standby(C, 4));
        assertThat(ReplicaOrder.of(md, false)).containsExactly(Replica.active(B, 4));
    }

    @Test
    void shouldOfferOnlyStandbysWhenTheActiveIsUnknown() {
        KeyQueryMetadata md = new KeyQueryMetadata(HostInfo.unavailable(), Set.of(A), 0);

        assertThat(ReplicaOrder.of(md, true)).containsExactly(Replica.standby(A, 0));
        assertThat(ReplicaOrder.of(md, false)).isEmpty();
    }

    @Test
    void shouldOfferNothingWhileStreamsIsReinitialising() {
        assertThat(ReplicaOrder.of(KeyQueryMetadata.NOT_AVAILABLE, true)).isEmpty();
        assertThat(ReplicaOrder.of(null, true)).isEmpty();
    }
}
