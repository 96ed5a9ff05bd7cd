package io.storywire.aggregate.query.routing;

import io.storywire.aggregate.query.local.Answer;
import io.storywire.aggregate.query.local.LocalQuery;
import io.storywire.aggregate.query.local.StoreUnavailableException;
import io.storywire.core.serde.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Asks another instance to run a {@link LocalQuery} on its own copy of a partition. The peer answers from its local
 * store only, never forwarding again, so a request makes at most one hop. The question travels as a JSON body
 * ({@link Request}) of a POST, so a batch of many keys fits.
 */
public final class PeerClient {

    /**
     * What one instance asks another, sent as the JSON body of a POST: a body holds a batch of a thousand ids with
     * room to spare (Javalin reads up to 1 MB), unlike the request line (Jetty's 8 KB), which a few hundred ids
     * overran.
     *
     * @param partition the store partition to read
     * @param stale     true to read a standby copy, false for the active, fully restored one only
     * @param arg       the query's argument (a key, or a JSON array of keys for a batch query)
     */
    public record Request(int partition, boolean stale, String arg) {

        public Request {
            if (partition < 0) {
                throw new IllegalArgumentException("partition must be 0 or more, not " + partition);
            }
            arg = arg == null ? "" : arg;
        }
    }

    /** Marks a request as forwarded: the receiver answers locally or 503. */
    public static final String FORWARDED_HEADER = "X-Storywire-Forwarded";
    /** How far the answering replica was behind its changelog. */
    public static final String LAG_HEADER = "X-Storywire-Offset-Lag";
    public static final String PATH = "/internal/v1/query/";

    private final HttpClient http;
    private final Duration timeout;
    private final String token;

    /** @param token the peers' http.internal.token, sent as a bearer token; empty: none */
    public PeerClient(Duration timeout, String token) {
        this.timeout = timeout;
        this.token = token == null ? "" : token;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    public <T> Answer<T> run(Replica replica, LocalQuery<T> query, String arg) {
        URI uri = URI.create("http://" + replica.host().host() + ":" + replica.host().port() + PATH + query.name());
        String body = Json.write(new Request(replica.partition(), replica.standby(), arg));
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(timeout).header(FORWARDED_HEADER, "1")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (!token.isEmpty()) {
            builder.header("Authorization", "Bearer " + token);
        }
        HttpRequest request = builder.build();
        String where = uri + " (partition " + replica.partition() + ")";
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new StoreUnavailableException(where + " answered " + response.statusCode());
            }
            long lag = response.headers().firstValueAsLong(LAG_HEADER).orElse(0);
            T value = Json.MAPPER.readValue(response.body(), query.type());
            return new Answer<>(value, replica.standby(), lag);
        } catch (IOException e) {
            throw new StoreUnavailableException(where + " did not answer: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreUnavailableException("interrupted", e);
        }
    }
}
