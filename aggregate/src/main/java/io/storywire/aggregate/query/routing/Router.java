package io.storywire.aggregate.query.routing;

import io.storywire.aggregate.query.local.Answer;
import io.storywire.aggregate.query.local.LocalQuery;
import io.storywire.aggregate.query.local.LocalStores;
import io.storywire.aggregate.query.local.StoreUnavailableException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import org.apache.kafka.streams.state.HostInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a {@link LocalQuery} where the data is: here when this instance holds the partition, else on the peer that
 * does, in the order {@link StoreLocator} gives. The active replica is asked first; only when it cannot answer are
 * standbys asked (all of them, the least lagging answer wins) and the answer is marked stale; never for a query of
 * state only the active keeps ({@link LocalQuery#activeOnly()}). A peer answers from
 * its own store only ({@link PeerClient}), so a request is forwarded at most once. When no replica answers the
 * query fails whole, never partially, with {@link StoreUnavailableException} (a 503).
 */
public final class Router {

    private static final Logger log = LoggerFactory.getLogger(Router.class);
    /**
     * Most keys in one batch request: a thousand ids of even a few hundred characters stay well under the HTTP
     * server's request body limit (Javalin's default is 1 MB), and no single read holds a store for long.
     */
    static final int MAX_BATCH = 1000;

    private final StoreLocator locator;
    private final HostInfo self;
    private final LocalStores local;
    private final PeerClient peers;
    private final ExecutorService executor;

    /**
     * @param self     this instance as its peers reach it (Streams' application.server)
     * @param executor runs the reads of a gather or a batch in parallel
     */
    public Router(StoreLocator locator, HostInfo self, LocalStores local, PeerClient peers, ExecutorService executor) {
        this.locator = locator;
        this.self = self;
        this.local = local;
        this.peers = peers;
        this.executor = executor;
    }

    /** Runs the query on the partition that holds {@code routingKey} in the query's store. */
    public <T> Answer<T> byKey(LocalQuery<T> query, String routingKey, String arg) {
        return ask(locator.forKey(query.store(), routingKey), query, arg);
    }

    /** Runs the query on every partition of its store, in parallel; one answer per partition, or none at all. */
    public <T> List<Answer<T>> everyPartition(LocalQuery<T> query, String arg) {
        List<CompletableFuture<Answer<T>>> futures = new ArrayList<>();
        for (List<Replica> replicas : locator.forEveryPartition(query.store())) {
            futures.add(CompletableFuture.supplyAsync(() -> ask(replicas, query, arg), executor));
        }
        return joinAll(futures);
    }

    private static <T> List<Answer<T>> joinAll(List<CompletableFuture<Answer<T>>> futures) {
        List<Answer<T>> answers = new ArrayList<>();
        try {
            for (CompletableFuture<Answer<T>> f : futures) {
                answers.add(f.join());
            }
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
        return answers;
    }

    /**
     * Runs the query for many items at once: the items are grouped by the partition of their routing key and each
     * group goes, as a JSON array argument of at most {@link #MAX_BATCH} items, to that partition's replicas.
     */
    public <T> List<Answer<T>> byKeys(LocalQuery<T> query, Collection<String> items,
                                      Function<String, String> routingKey) {
        Map<Integer, List<String>> groups = new TreeMap<>();
        Map<Integer, List<Replica>> replicasOf = new HashMap<>();
        for (String item : new TreeSet<>(items)) {
            List<Replica> replicas = locator.forKey(query.store(), routingKey.apply(item));
            if (replicas.isEmpty()) {
                throw new StoreUnavailableException("no replica of " + query.store() + " is known (rebalancing)");
            }
            int partition = replicas.get(0).partition();
            replicasOf.putIfAbsent(partition, replicas);
            groups.computeIfAbsent(partition, p -> new ArrayList<>()).add(item);
        }
        List<CompletableFuture<Answer<T>>> futures = new ArrayList<>();
        groups.forEach((partition, group) -> {
            for (int from = 0; from < group.size(); from += MAX_BATCH) {
                List<String> batch = group.subList(from, Math.min(group.size(), from + MAX_BATCH));
                futures.add(CompletableFuture.supplyAsync(
                        () -> ask(replicasOf.get(partition), query, LocalQuery.idArg(batch)), executor));
            }
        });
        return joinAll(futures);
    }

    private <T> Answer<T> ask(List<Replica> replicas, LocalQuery<T> query, String arg) {
        if (replicas.isEmpty()) {
            throw new StoreUnavailableException("no replica of " + query.store() + " is known (rebalancing)");
        }
        StoreUnavailableException activeFailure = null;
        List<Replica> standbys = new ArrayList<>();
        for (Replica r : replicas) {
            if (r.standby()) {
                if (!query.activeOnly()) {
                    standbys.add(r);
                }
            } else {
                try {
                    return askOne(r, query, arg);
                } catch (StoreUnavailableException e) {
                    activeFailure = e;
                    log.debug("active replica {} cannot answer {}: {}", r, query.name(), e.getMessage());
                }
            }
        }
        List<Answer<T>> standbyAnswers = new ArrayList<>();
        for (Replica r : standbys) {
            try {
                standbyAnswers.add(askOne(r, query, arg));
            } catch (StoreUnavailableException e) {
                log.debug("standby {} cannot answer {}: {}", r, query.name(), e.getMessage());
            }
        }
        if (standbyAnswers.isEmpty()) {
            throw activeFailure != null ? activeFailure
                    : new StoreUnavailableException("no replica of " + query.store() + " answered");
        }
        // of the standbys that answered, the one least behind its changelog wins
        return standbyAnswers.stream().min(Comparator.comparingLong(Answer::offsetLag)).orElseThrow();
    }

    private <T> Answer<T> askOne(Replica r, LocalQuery<T> query, String arg) {
        return r.host().equals(self)
                ? local.run(query, r.partition(), r.standby(), arg)
                : peers.run(r, query, arg);
    }
}
