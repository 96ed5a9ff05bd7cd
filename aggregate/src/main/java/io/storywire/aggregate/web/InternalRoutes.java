package io.storywire.aggregate.web;

import io.javalin.Javalin;
import io.storywire.aggregate.query.Answer;
import io.storywire.aggregate.query.LocalQuery;
import io.storywire.aggregate.query.LocalStores;
import io.storywire.aggregate.query.PeerClient;
import io.storywire.aggregate.query.StoreUnavailableException;
import io.storywire.core.serde.Json;
import java.util.function.Supplier;

/**
 * What peers ask: one {@link LocalQuery} on one partition of this instance's own store. Answered from local state
 * only, never forwarded: an instance that no longer holds the partition answers 503 and the asker tries elsewhere.
 */
public final class InternalRoutes {

    private final Supplier<LocalStores> stores;

    public InternalRoutes(Supplier<LocalStores> stores) {
        this.stores = stores;
    }

    public void register(Javalin app) {
        app.get(PeerClient.PATH + "{name}", Problems.guarded(ctx -> {
            LocalStores local = stores.get();
            if (local == null) {
                throw new StoreUnavailableException("the aggregate stage is not running yet");
            }
            LocalQuery<?> query = LocalQuery.named(ctx.pathParam("name"));
            int partition = partition(ctx.queryParam("partition"));
            boolean stale = Boolean.parseBoolean(ctx.queryParam("stale"));
            String arg = ctx.queryParam("arg") == null ? "" : ctx.queryParam("arg");
            Answer<?> answer = local.run(query, partition, stale, arg);
            ctx.header(PeerClient.LAG_HEADER, Long.toString(answer.offsetLag()));
            ctx.contentType("application/json").result(Json.write(answer.value()));
        }));
    }

    private static int partition(String raw) {
        try {
            return Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("partition must be a number, not '" + raw + "'");
        }
    }
}
