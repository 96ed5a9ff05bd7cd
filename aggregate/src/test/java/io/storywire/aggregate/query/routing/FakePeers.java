package io.storywire.aggregate.query.routing;

import com.sun.net.httpserver.HttpServer;
import io.storywire.aggregate.query.local.Answer;
import io.storywire.core.serde.Json;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;
import org.apache.kafka.streams.state.HostInfo;

/**
 * Peers over real HTTP for the router's tests: each answers the internal query route ({@link PeerClient#PATH}) as a
 * real instance does, from a table the test fills (the value as JSON, the lag in its header), or 503 for a replica
 * the table does not have; and records every question, as the peer received it. Public for the query API's tests,
 * which route through them too.
 */
public final class FakePeers implements AutoCloseable {

    /** This instance: no replica is on it, so every read goes to a peer. */
    static final HostInfo SELF = new HostInfo("self.invalid", 1);

    /** One question a peer received. */
    public record Asked(Replica replica, String query, String arg, String forwarded) {
    }

    private final List<HttpServer> servers = new ArrayList<>();
    private final Map<Replica, Function<Asked, Answer<?>>> answers = new ConcurrentHashMap<>();
    private final List<Asked> asked = new CopyOnWriteArrayList<>();

    /** Starts one more peer on a free port of 127.0.0.1. */
    public HostInfo start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        HostInfo host = new HostInfo("127.0.0.1", server.getAddress().getPort());
        server.createContext(PeerClient.PATH, exchange -> {
            PeerClient.Request r = Json.MAPPER.readValue(exchange.getRequestBody(), PeerClient.Request.class);
            Asked q = new Asked(new Replica(host, r.partition(), r.stale()),
                    exchange.getRequestURI().getPath().substring(PeerClient.PATH.length()), r.arg(),
                    exchange.getRequestHeaders().getFirst(PeerClient.FORWARDED_HEADER));
            asked.add(q);
            Function<Asked, Answer<?>> table = answers.get(q.replica());
            Answer<?> answer = table == null ? null : table.apply(q);
            byte[] body = (answer == null ? "{}" : Json.write(answer.value())).getBytes(StandardCharsets.UTF_8);
            if (answer != null) {
                exchange.getResponseHeaders().add(PeerClient.LAG_HEADER, Long.toString(answer.offsetLag()));
            }
            exchange.sendResponseHeaders(answer == null ? 503 : 200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        servers.add(server);
        return host;
    }

    /** The replica answers every question with {@code answer}. */
    public void answer(Replica replica, Answer<?> answer) {
        answers.put(replica, q -> answer);
    }

    /** The replica answers each question as {@code table} says; null: 503. */
    public void answerWith(Replica replica, Function<Asked, Answer<?>> table) {
        answers.put(replica, table);
    }

    public List<Asked> asked() {
        return asked;
    }

    /** A host nothing listens on: connecting fails at once. */
    public static HostInfo unreachable() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return new HostInfo("127.0.0.1", s.getLocalPort());
        }
    }

    /** A router over a fixed assignment whose every replica is a peer: the local stores are never read. */
    public static Router router(List<List<Replica>> partitions, ExecutorService pool) {
        return new Router(StoreLocator.fixed(partitions), SELF, null, new PeerClient(Duration.ofSeconds(5), ""),
                pool);
    }

    @Override
    public void close() {
        servers.forEach(s -> s.stop(0));
    }
}
