package io.storywire.app;

import io.storywire.broker.EmbeddedKafkaBroker;
import io.storywire.core.config.StorywireConfig;

/** The embedded single-node KRaft broker of {@code ./storywire run}, under {@code data.dir}/kafka. */
public final class EmbeddedBrokerProvider implements LocalBroker.Provider {

    @Override
    public LocalBroker start(StorywireConfig cfg) {
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(cfg.dataDir().resolve("kafka"), cfg.getInt("broker.port"));
        return new LocalBroker() {
            @Override
            public String bootstrapServers() {
                return broker.bootstrapServers();
            }

            @Override
            public void close() {
                broker.close();
            }
        };
    }
}
