package io.storywire.broker;

import io.storywire.core.TopicCreator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Kafka broker in KRaft mode (broker and controller in one), started in this JVM. The local run
 * and the end-to-end tests use it; everything else talks to it only through {@link #bootstrapServers()}.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);
    /** The log cleaner's key map (see {@link #brokerProperties}). */
    static final int DEDUPE_BUFFER_BYTES = 16 * 1024 * 1024;

    private final Path logDir;
    private final int port;
    private final Properties props;
    /** The running server; null while stopped (a KafkaRaftServer cannot start twice, so a restart makes a new one). */
    private KafkaRaftServer server;

    private EmbeddedKafkaBroker(Path logDir, int port, Properties props, KafkaRaftServer server) {
        this.logDir = logDir;
        this.port = port;
        this.props = props;
        this.server = server;
    }

    /**
     * Formats {@code logDir} when it is new and starts the broker.
     *
     * @param port the client port on 127.0.0.1; 0 picks a free one
     */
    public static EmbeddedKafkaBroker start(Path logDir, int port) {
        try {
            Files.createDirectories(logDir);
            int clientPort = port == 0 ? freePort() : requireFree(port);
            int controllerPort = freePortOtherThan(clientPort);
            Properties props = brokerProperties(logDir, clientPort, controllerPort);
            Path propsFile = logDir.resolve("embedded-broker.properties");
            try (var out = Files.newBufferedWriter(propsFile)) {
                props.store(out, "written by Storywire's embedded broker");
            }
            format(logDir, propsFile);
            KafkaRaftServer server = new KafkaRaftServer(new KafkaConfig(props, false), Time.SYSTEM);
            server.startup();
            EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(logDir, clientPort, props, server);
            broker.awaitReady(Duration.ofSeconds(60));
            log.info("embedded Kafka broker (KRaft) on {} with data in {}", broker.bootstrapServers(), logDir);
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A broker on a free port with its data in a fresh temporary directory. */
    public static EmbeddedKafkaBroker startTemporary() {
        try {
            return start(Files.createTempDirectory("storywire-kafka-"), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public Path logDir() {
        return logDir;
    }

    /** Creates the topics that do not exist yet and waits until every partition answers ({@link TopicCreator}). */
    public void createTopics(Collection<String> names, int partitions) {
        Properties admin = new Properties();
        admin.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        TopicCreator.create(admin, names, partitions, (short) 1, Map.of());
    }

    private void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            while (true) {
                try {
                    if (!admin.describeCluster().nodes().get().isEmpty()) {
                        return;
                    }
                } catch (ExecutionException e) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("embedded broker did not come up", e.getCause());
                    }
                }
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Shuts the broker down cleanly and keeps its data, as a broker restart in production would: clients retry
     * until {@link #restart()}. Does nothing when already stopped.
     */
    public synchronized void stop() {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
            server = null;
            log.info("embedded Kafka broker on {} stopped", bootstrapServers());
        }
    }

    /**
     * Starts the broker again on the same client and controller ports with the same log directory (stopping it
     * first when it runs), so clients reconnect to the address they know and find every record they had.
     */
    public synchronized void restart() {
        stop();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            KafkaRaftServer next = new KafkaRaftServer(new KafkaConfig(props, false), Time.SYSTEM);
            try {
                next.startup();
                server = next;
                break;
            } catch (RuntimeException e) {
                // the ports were just released; a bind can lose a race with the OS for a moment
                next.shutdown();
                next.awaitShutdown();
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                sleep(200);
            }
        }
        awaitReady(Duration.ofSeconds(60));
        log.info("embedded Kafka broker restarted on {} with data in {}", bootstrapServers(), logDir);
    }

    /** Whether the broker runs (false between {@link #stop()} and {@link #restart()}). */
    public synchronized boolean running() {
        return server != null;
    }

    @Override
    public void close() {
        stop();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Properties brokerProperties(Path logDir, int clientPort, int controllerPort) {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + clientPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + clientPort);
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("log.dirs", logDir.toAbsolutePath().toString());
        // one node: every internal topic must make do with one replica, or no group or transaction ever starts
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "3");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "3");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("num.partitions", "1");
        p.put("auto.create.topics.enable", "false");
        p.put("log.flush.interval.messages", String.valueOf(Long.MAX_VALUE));
        // The log cleaner's key map is one heap array of this size for the broker's lifetime (Kafka's default is
        // 128 MB, sized for a cluster's brokers). Here it shares the heap with the stages; 16 MB still maps about
        // 600,000 keys per cleaning pass, and a larger dirty section is cleaned over more passes.
        p.put("log.cleaner.dedupe.buffer.size", String.valueOf(DEDUPE_BUFFER_BYTES));
        return p;
    }

    private static void format(Path logDir, Path propsFile) {
        if (Files.exists(logDir.resolve("meta.properties"))) {
            return;
        }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        int rc = StorageTool.execute(new String[] {"format", "-t", Uuid.randomUuid().toString(),
            "-c", propsFile.toString(), "--ignore-formatted"},
                new PrintStream(buffer, true, StandardCharsets.UTF_8));
        if (rc != 0) {
            throw new IllegalStateException("formatting " + logDir + " failed: " + buffer.toString(StandardCharsets.UTF_8));
        }
    }

    /** Fails early and plainly: Kafka itself would log pages of stack trace for a port in use. */
    private static int requireFree(int port) {
        try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return port;
        } catch (IOException e) {
            throw new IllegalStateException("port " + port + " is in use, so the embedded Kafka broker cannot start "
                    + "there: set broker.port (0 picks a free one), or use a running Kafka with --bootstrap-servers");
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /**
     * The client port's probe socket is closed by the time the controller port is picked, so the system can hand
     * out the same port again (seen in CI: Kafka then refuses two listeners on one port).
     */
    private static int freePortOtherThan(int taken) throws IOException {
        for (int attempt = 0; attempt < 10; attempt++) {
            int port = freePort();
            if (port != taken) {
                return port;
            }
        }
        throw new IOException("no free port other than " + taken + " after 10 attempts");
    }
}
