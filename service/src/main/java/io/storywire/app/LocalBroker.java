package io.storywire.app;

import io.storywire.core.config.StorywireConfig;

/**
 * A Kafka broker started inside this JVM when {@code bootstrap.servers} is empty. The service artifact has none
 * (no Kafka server, no Scala): the tools launcher ({@code app}) provides one through {@link java.util.ServiceLoader}.
 */
public interface LocalBroker extends AutoCloseable {

    String bootstrapServers();

    @Override
    void close();

    /** Found by {@link java.util.ServiceLoader} ({@code META-INF/services/io.storywire.app.LocalBroker$Provider}). */
    interface Provider {
        LocalBroker start(StorywireConfig cfg);
    }
}
