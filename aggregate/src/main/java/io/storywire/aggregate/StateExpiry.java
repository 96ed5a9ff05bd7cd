package io.storywire.aggregate;

import io.storywire.core.config.StorywireConfig;
import java.time.Duration;
import java.time.Instant;

/**
 * How long the aggregate keeps what grows with time (see "Expiry" in aggregate/CLUSTERING.md): a story idle longer
 * than {@code idle} by its topic's clock goes with its story state, and an article older than {@code idle} by the
 * articles writer's clock leaves the {@code articles} and {@code entity-index} stores.
 *
 * @param idle how long; {@link Duration#ZERO} keeps everything forever
 */
public record StateExpiry(Duration idle) {

    public static final String KEY = "aggregate.story.idle.expiry.ms";
    private static final StateExpiry DEFAULTS = from(StorywireConfig.defaults());

    public StateExpiry {
        if (idle == null || idle.isNegative()) {
            throw new IllegalArgumentException(KEY + " must be >= 0: " + idle);
        }
    }

    public static StateExpiry defaults() {
        return DEFAULTS;
    }

    public static StateExpiry from(StorywireConfig cfg) {
        return new StateExpiry(Duration.ofMillis(cfg.getLong(KEY)));
    }

    public boolean enabled() {
        return !idle.isZero();
    }

    /** Whether something last active at {@code lastSeen} has expired when the clock reads {@code clock}. */
    public boolean expired(Instant lastSeen, Instant clock) {
        return enabled() && lastSeen != null && clock != null && lastSeen.isBefore(clock.minus(idle));
    }
}
