package io.storywire.aggregate;

import io.storywire.aggregate.store.StoreNames;
import io.storywire.aggregate.store.StoryState;
import io.storywire.core.streams.StreamsSettings;
import io.javalin.Javalin;
import io.storywire.aggregate.cluster.ClusterSettings;
import io.storywire.aggregate.query.local.AssignmentEpoch;
import io.storywire.aggregate.query.local.LocalStores;
import io.storywire.aggregate.query.routing.PeerClient;
import io.storywire.aggregate.query.QueryService;
import io.storywire.aggregate.query.routing.Replica;
import io.storywire.aggregate.query.routing.Router;
import io.storywire.aggregate.query.routing.StoreLocator;
import io.storywire.aggregate.query.local.StoreUnavailableException;
import io.storywire.aggregate.query.StoryFeed;
import io.storywire.aggregate.web.ApiRoutes;
import io.storywire.aggregate.web.EventRoutes;
import io.storywire.aggregate.web.InternalRoutes;
import io.storywire.aggregate.web.PageRoutes;
import io.storywire.core.config.StorywireConfig;
import io.storywire.core.http.HttpGuard;
import io.storywire.core.http.HttpPolicy;
import io.storywire.core.ops.OpsRoutes;
import io.storywire.core.ops.StageHealth;
import io.storywire.core.ops.Telemetry;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import io.storywire.core.streams.ThreadReplacement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.HostInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The aggregate stage as a running service: the story-clustering Streams app, the query API over its stores routed
 * across instances, live updates (SSE) and the web page.
 *
 * <p>Life cycle: construct, {@link #registerRoutes} on the HTTP server, start the server, then {@link #start} with
 * the address peers reach it at. Until then the handlers answer 503.
 */
public final class AggregateStage implements AutoCloseable {

    /** Comma-separated topic ids of the taxonomy, listed before they have stories; the launcher fills it in. */
    public static final String CONFIGURED_TOPICS = "aggregate.topics";
    /** Milliseconds a peer may take to answer a forwarded query before the answer is 503 (or a standby's). */
    public static final String QUERY_TIMEOUT_MS = "aggregate.query.timeout.ms";
    /** Whether standby replicas may answer (marked stale) when the active one cannot; needs num.standby.replicas. */
    public static final String STANDBY_READS = "aggregate.query.standby.reads";

    private static final Logger log = LoggerFactory.getLogger(AggregateStage.class);

    private final StorywireConfig cfg;
    private final EventRoutes events;
    private final StageHealth health;
    private volatile KafkaStreams streams;
    private volatile LocalStores localStores;
    private volatile StoreLocator locator;
    private volatile QueryService queries;
    private volatile StoryFeed feed;
    private volatile HostInfo self;
    private ExecutorService gatherPool;
    private Javalin ownServer;
    private boolean closed;

    public AggregateStage(StorywireConfig cfg) {
        this.cfg = cfg;
        this.events = new EventRoutes(() -> feed, cfg.httpSseMaxClients());
        this.health = StageHealth.of(cfg, "aggregate");
        health.readyAlso(this::ready);
        LIVE.add(this);
    }

    /**
     * The aggregate stages of this JVM, which the gauges below sum over: one in a deployment, several in tests,
     * where a stage closed must stop counting and a later one must be counted.
     */
    private static final java.util.Set<AggregateStage> LIVE = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private static final Gauge SSE_CLIENTS = Gauge.builder("storywire.sse.clients", LIVE,
                    live -> live.stream().mapToInt(a -> a.events.clients()).sum())
            .description("Live-update (SSE) clients connected").register(Telemetry.registry());
    private static final MultiGauge STORIES = MultiGauge.builder("storywire.stories")
            .description("Stories per topic in this instance's store partitions (sum over instances)")
            .register(Telemetry.registry());

    /** Liveness and readiness of this stage. */
    public StageHealth health() {
        return health;
    }

    /** API, internal peer API, SSE, health, page and OpenAPI description; call before the server starts. */
    public void registerRoutes(Javalin app) {
        new ApiRoutes(() -> queries).register(app);
        new InternalRoutes(() -> localStores).register(app);
        events.register(app);
        OpsRoutes.on(app).add(health).beforeScrape(AggregateStage::countStories);
        new PageRoutes().register(app);
    }

    /**
     * Starts the Streams app and the story feed.
     *
     * @param applicationServer host:port of this JVM's HTTP server as peers reach it (Streams' application.server)
     */
    public synchronized void start(String applicationServer) {
        if (streams != null) {
            throw new IllegalStateException("already started");
        }
        self = HostInfo.buildFromEndpoint(applicationServer);
        RetiredStores.refuseToStartOnThem(cfg.kafkaClientProperties(),
                StreamsSettings.applicationId(cfg, AggregateTopology.STAGE));
        Topology topology = AggregateTopology.build(cfg.topics(), ClusterSettings.from(cfg),
                AggregateTopology.Options.serving().withExpiry(StateExpiry.from(cfg))
                        .withStoryArticles(io.storywire.aggregate.cluster.StoryMembers.maxArticles(cfg))
                        .withStateCache(AggregateTopology.stateCached(cfg)));
        KafkaStreams ks = new KafkaStreams(topology,
                AggregateTopology.streamsProperties(cfg, applicationServer));
        feed = new StoryFeed(cfg.kafkaClientProperties(), cfg.topics().stories());
        feed.start();
        ThreadReplacement.install(ks, "aggregate", cfg);
        health.watch(ks, AggregateTopology.streamsProperties(cfg, applicationServer));
        boolean standbyReads = cfg.standbyReplicas() > 0
                && cfg.getBoolean(STANDBY_READS);
        gatherPool = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "aggregate-query");
            t.setDaemon(true);
            return t;
        });
        // store handles and the assignment are kept between requests while nothing moves (see AssignmentEpoch)
        AssignmentEpoch epoch = new AssignmentEpoch();
        health.alsoOnStateChange(epoch);
        LocalStores local = new LocalStores(ks, epoch);
        StoreLocator storeLocator = new StoreLocator(ks, standbyReads, epoch);
        PeerClient peers = new PeerClient(Duration.ofMillis(cfg.getLong(QUERY_TIMEOUT_MS)),
                cfg.httpInternalToken());
        ks.start();
        streams = ks;
        localStores = local;
        locator = storeLocator;
        queries = new QueryService(new Router(storeLocator, self, local, peers, gatherPool), configuredTopics());
        log.info("aggregate stage started as {} (standby reads {})", applicationServer, standbyReads);
    }

    /**
     * Creates its own HTTP server on http.host/http.port (0: a free port), registers the routes, starts everything
     * and returns the server's base URL. For tests and single-stage runs; {@link #close} stops the server too.
     */
    public synchronized String startWithHttpServer() {
        ownServer = HttpGuard.create(HttpPolicy.from(cfg));
        registerRoutes(ownServer);
        ownServer.start(cfg.httpHost(), cfg.httpPort());
        String server = cfg.advertisedServer().isBlank() ? cfg.httpHost() + ":" + ownServer.port()
                : cfg.advertisedServer();
        start(server);
        return "http://" + cfg.httpHost() + ":" + ownServer.port();
    }

    /** Streams RUNNING, every store partition this instance is active for queryable, and the story feed reading. */
    public boolean ready() {
        KafkaStreams ks = streams;
        StoryFeed f = feed;
        if (ks == null || f == null || ks.state() != KafkaStreams.State.RUNNING || !f.positioned()) {
            return false;
        }
        try {
            for (String store : List.of(StoreNames.STORY_STATE, StoreNames.ARTICLES,
                    StoreNames.ARTICLE_STORIES, StoreNames.ENTITY_INDEX)) {
                List<Integer> mine = locator.forEveryPartition(store).stream()
                        .map(replicas -> replicas.get(0))
                        .filter(r -> !r.standby() && r.host().equals(self))
                        .map(Replica::partition)
                        .toList();
                if (!localStores.queryable(store, mine)) {
                    return false;
                }
            }
            return true;
        } catch (StoreUnavailableException e) {
            return false;
        }
    }

    /**
     * Refreshes {@code storywire_stories{topic}} from the topic counts of the store partitions the aggregate stages
     * of this JVM are active for: read at scrape time, a handful of rows, rather than on every story change.
     */
    private static void countStories() {
        Map<String, Integer> stories = new TreeMap<>();
        for (AggregateStage stage : LIVE) {
            stage.configuredTopics().forEach(t -> stories.putIfAbsent(t, 0));
            KafkaStreams ks = stage.streams;
            if (ks == null || ks.state() != KafkaStreams.State.RUNNING) {
                continue;
            }
            try {
                ReadOnlyKeyValueStore<String, Object> store = ks.store(StoreQueryParameters.fromNameAndType(
                        StoreNames.STORY_STATE, QueryableStoreTypes.<String, Object>keyValueStore()));
                StoryState.topicCounts(store).forEach(c -> stories.merge(c.id(), c.stories(), Integer::sum));
            } catch (org.apache.kafka.streams.errors.InvalidStateStoreException e) {
                // moving or restoring: counted at the next scrape
            }
        }
        STORIES.register(stories.entrySet().stream()
                .map(e -> MultiGauge.Row.of(Tags.of("topic", e.getKey()), e.getValue())).toList(), true);
    }

    /** The Streams app, for tests that watch its state. */
    KafkaStreams streams() {
        return streams;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        health.close();
        LIVE.remove(this);
        queries = null;
        localStores = null;
        events.close();
        if (feed != null) {
            feed.close();
        }
        if (streams != null) {
            // leaving the group at once lets the others take over without waiting for the session timeout
            streams.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
                    .withTimeout(Duration.ofSeconds(30)));
        }
        if (gatherPool != null) {
            gatherPool.shutdownNow();
        }
        if (ownServer != null) {
            ownServer.stop();
        }
    }

    private java.util.Set<String> configuredTopics() {
        return new java.util.HashSet<>(cfg.list(CONFIGURED_TOPICS));
    }
}
