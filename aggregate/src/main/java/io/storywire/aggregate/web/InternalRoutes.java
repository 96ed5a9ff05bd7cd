package io.storywire.aggregate.web;

import io.javalin.Javalin;
import io.storywire.aggregate.query.NotFoundException;
import io.storywire.aggregate.query.local.Answer;
import io.storywire.aggregate.query.local.LocalQuery;
import io.storywire.aggregate.query.local.LocalStores;
import io.storywire.aggregate.query.routing.PeerClient;
import io.storywire.aggregate.query.local.StoreUnavailableException;
import io.storywire.core.serde.Json;
import java.io.IOException;
import java.util.function.Supplier;

/**
 * What peers ask: one {@link LocalQuery} on one partition of this instance's own store. Answered from local state
 * only, never forwarded: an instance that no longer holds the partition answers 503 and the asker tries elsewhere.
 * A POST whose JSON body is a {@link PeerClient.Request}, so batches of many ids fit (a URL holds only a few hundred).
 */
public final class InternalRoutes {

    private static final String EXPECTED = "expected a JSON body {\"partition\":0,\"stale\":false,\"arg\":\"...\"}";

    private final Supplier<LocalStores> stores;

    public InternalRoutes(Supplier<LocalStores> stores) {
        this.stores = stores;
    }

    public void register(Javalin app) {
        app.post(PeerClient.PATH + "{name}", Problems.guarded(ctx -> {
            LocalStores local = stores.get();
            if (local == null) {
                throw new StoreUnavailableException("the aggregate stage is not running yet");
            }
            String name = ctx.pathParam("name");
            LocalQuery<?> query = LocalQuery.named(name)
                    .orElseThrow(() -> new NotFoundException("no local query " + name));
            PeerClient.Request request = request(ctx.body());
            Answer<?> answer = local.run(query, request.partition(), request.stale(), request.arg());
            ctx.header(PeerClient.LAG_HEADER, Long.toString(answer.offsetLag()));
            ctx.contentType("application/json").result(Json.write(answer.value()));
        }));
    }

    private static PeerClient.Request request(String body) {
        PeerClient.Request request;
        try {
            request = body == null || body.isBlank() ? null : Json.MAPPER.readValue(body, PeerClient.Request.class);
        } catch (IOException e) {
            throw new IllegalArgumentException(EXPECTED + " (" + reason(e) + ")");
        }
        if (request == null) {
            throw new IllegalArgumentException(EXPECTED + " (got " + (body == null || body.isBlank() ? "no body"
                    : "null") + ")");
        }
        return request;
    }

    /** Jackson's first line: says what and where (nesting too deep, unexpected token) without the source echo. */
    private static String reason(IOException e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
