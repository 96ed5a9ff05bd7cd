package io.storywire.aggregate.web;

import io.storywire.core.TopicIds;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import io.storywire.aggregate.query.local.StoreUnavailableException;
import io.storywire.aggregate.query.StoryFeed;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Server-sent events: {@code /api/events} streams every story change ({@code story}, and {@code story-expired} when
 * an idle story is forgotten), {@code ?topic=x} only that topic's, to any client whatever it accepts (a browser's
 * EventSource or a plain {@code curl -N}). Each client gets its own sender thread and a bounded queue, so a slow
 * client neither blocks the feed nor the others; a client that falls too far behind is disconnected (its EventSource
 * reconnects and the page reloads its data).
 */
public final class EventRoutes implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EventRoutes.class);
    private static final int QUEUE = 1000;

    /** A story created, grown or merged away: its record. */
    static final String STORY_EVENT = "story";
    /** A story forgotten after its idle time ({@code aggregate.story.idle.expiry.ms}): its id and topic. */
    static final String EXPIRED_EVENT = "story-expired";

    /** Seconds a refused client should wait: about as long as a page stays open. */
    static final String FULL_RETRY_AFTER_SECONDS = "30";
    private static final String SLOT = "storywire.sse.slot";

    private final Supplier<StoryFeed> feed;
    private final int maxClients;
    private final AtomicInteger open = new AtomicInteger();
    private final Set<SseClient> clients = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "sse-heartbeat");
        t.setDaemon(true);
        return t;
    });

    /** @param maxClients clients served at once (http.sse.max.clients); each holds a thread and a queue */
    public EventRoutes(Supplier<StoryFeed> feed, int maxClients) {
        this.feed = feed;
        this.maxClients = maxClients;
        // a comment now and then keeps proxies from closing idle streams and finds dead clients
        heartbeat.scheduleAtFixedRate(() -> clients.forEach(c -> c.sendComment("keep-alive")), 15, 15,
                TimeUnit.SECONDS);
    }

    /** Live-update clients connected now. */
    public int clients() {
        return open.get();
    }

    public void register(Javalin app) {
        // the SSE handler commits a 200 at once, so refusals happen before it
        app.before("/api/events", ctx -> {
            Problems.guarded(c -> {
                String topic = c.queryParam("topic");
                if (topic != null && !TopicIds.isValid(topic)) {
                    throw new IllegalArgumentException("'" + topic + "' is not a topic id (" + TopicIds.rule() + ")");
                }
                if (feed.get() == null) {
                    throw new StoreUnavailableException("the story feed is not running yet");
                }
            }).handle(ctx);
            if (ctx.statusCode() >= 400) {
                ctx.skipRemainingHandlers();
                return;
            }
            // a slot is taken here, before the 200 is committed, and given back when the stream closes
            if (open.incrementAndGet() > maxClients) {
                open.decrementAndGet();
                ctx.header("Retry-After", FULL_RETRY_AFTER_SECONDS);
                Problems.write(ctx, 503, "Service Unavailable", "the server already streams live updates to "
                        + maxClients + " clients (http.sse.max.clients); try again later");
                ctx.skipRemainingHandlers();
                return;
            }
            ctx.attribute(SLOT, new AtomicBoolean(true));
        });
        app.get("/api/events", this::stream);
    }

    /**
     * Opens the event stream whatever the Accept header says. Javalin's own {@code app.sse} handler streams only when
     * Accept is exactly {@code text/event-stream} and otherwise answers an empty 200, so a plain {@code curl -N}
     * (Accept: *&#47;*) saw nothing; this does what that handler does, minus the check.
     */
    private void stream(Context ctx) throws IOException {
        HttpServletResponse res = ctx.res();
        res.setStatus(200);
        res.setCharacterEncoding("UTF-8");
        res.setContentType("text/event-stream");
        res.addHeader("Connection", "close");
        res.addHeader("Cache-Control", "no-cache");
        res.addHeader("X-Accel-Buffering", "no"); // nginx: pass events on at once
        res.flushBuffer();
        ctx.async(config -> config.timeout = 0, () -> connect(new SseClient(ctx)));
    }

    private void connect(SseClient client) {
        StoryFeed stories = feed.get();
        if (stories == null) {
            release(client);
            client.close();
            return;
        }
        String topic = client.ctx().queryParam("topic");
        ThreadPoolExecutor sender = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(QUEUE), r -> {
                    Thread t = new Thread(r, "sse-sender");
                    t.setDaemon(true);
                    return t;
                });
        Runnable unsubscribe = stories.subscribe(change -> {
            if (topic != null && !topic.equals(change.topic())) {
                return;
            }
            String event = change.expired() ? EXPIRED_EVENT : STORY_EVENT;
            try {
                sender.execute(() -> client.sendEvent(event, change.json(), change.storyId()));
            } catch (RejectedExecutionException e) {
                log.info("SSE client too slow; disconnecting it");
                client.close();
            }
        });
        clients.add(client);
        client.onClose(() -> {
            unsubscribe.run();
            clients.remove(client);
            sender.shutdownNow();
            release(client);
        });
        client.keepAlive();
        client.sendComment("connected" + (topic == null ? "" : " to topic " + topic));
    }

    /** Clients streaming now (slots taken). */
    int openClients() {
        return open.get();
    }

    private void release(SseClient client) {
        // once per stream, however often close is reported
        AtomicBoolean slot = client.ctx().attribute(SLOT);
        if (slot != null && slot.compareAndSet(true, false)) {
            open.decrementAndGet();
        }
    }

    @Override
    public void close() {
        heartbeat.shutdownNow();
        clients.forEach(SseClient::close);
    }
}
