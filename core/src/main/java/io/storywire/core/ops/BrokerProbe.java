package io.storywire.core.ops;

import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the Kafka cluster answers: {@code describeCluster} with a short timeout, the answer kept for a moment so
 * that a readiness probe every second does not become a broker request every second.
 */
public final class BrokerProbe implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(BrokerProbe.class);

    private final Properties clientProperties;
    private final Duration timeout;
    private final Duration cacheFor;
    private Admin admin;
    private long checkedAt;
    private boolean reachable;
    private String detail = "not checked yet";
    private boolean closed;

    public BrokerProbe(Properties clientProperties, Duration timeout, Duration cacheFor) {
        this.clientProperties = clientProperties;
        this.timeout = timeout;
        this.cacheFor = cacheFor;
    }

    /** True when the cluster answered within the timeout, as of at most the cache period ago. */
    public synchronized boolean reachable() {
        long now = System.nanoTime();
        if (checkedAt != 0 && now - checkedAt < cacheFor.toNanos()) {
            return reachable;
        }
        reachable = check();
        checkedAt = System.nanoTime();
        return reachable;
    }

    /** Why the last check failed, or the node count when it passed. */
    public synchronized String detail() {
        return detail;
    }

    private boolean check() {
        if (closed) {
            detail = "closed";
            return false;
        }
        try {
            if (admin == null) {
                Properties p = new Properties();
                p.putAll(clientProperties);
                int ms = (int) Math.max(1, timeout.toMillis());
                p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, ms);
                p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, ms);
                p.put(AdminClientConfig.CLIENT_ID_CONFIG, "storywire-health");
                admin = Admin.create(p);
            }
            int nodes = admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) timeout.toMillis()))
                    .nodes().get(timeout.toMillis() + 500, TimeUnit.MILLISECONDS).size();
            detail = nodes + " broker(s)";
            return nodes > 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            detail = "interrupted";
            return false;
        } catch (Exception e) {
            detail = "broker not reachable: " + e.getClass().getSimpleName();
            log.debug("broker check failed", e);
            return false;
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
            admin = null;
        }
    }
}
