package io.storywire.core.config;

import static org.apache.kafka.common.config.ConfigDef.Importance.HIGH;
import static org.apache.kafka.common.config.ConfigDef.Importance.LOW;
import static org.apache.kafka.common.config.ConfigDef.Importance.MEDIUM;

import java.util.List;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.ValidString;
import org.apache.kafka.common.config.types.Password;

/**
 * Every Storywire setting in one place: name, type, default, validator and doc, in Kafka's {@link ConfigDef}
 * style. No class keeps a default of its own; settings records ({@code IngestSettings}, {@code ClusterSettings})
 * read their defaults from here through {@link StorywireConfig#defaults()}. Keys under {@code kafka.} are not
 * defined here: they go as they are to the Kafka clients, which validate them.
 *
 * <p>A stage that needs a new key adds it here (with a doc): an undefined key stops startup.
 */
public final class StorywireConfigDef {

    /** The definition. */
    public static final ConfigDef DEF = build();

    private StorywireConfigDef() {
    }

    private static ConfigDef build() {
        ConfigDef d = new ConfigDef();
        // --- Kafka -----------------------------------------------------------------------------------------------
        d.define("bootstrap.servers", Type.STRING, "", HIGH,
                "Kafka cluster (host:port,...). Empty starts an embedded single-node KRaft broker ('run' only).");
        d.define("topic.prefix", Type.STRING, "storywire", new ConfigDef.NonEmptyStringWithoutControlChars(), MEDIUM,
                "Prefix of every topic name and of the Streams application ids.");
        d.define("topic.partitions", Type.INT, 3, Range.atLeast(1), MEDIUM,
                "Partitions of the topics the pipeline creates when missing.");
        d.define("topic.replication.factor", Type.INT, 1, Range.between(1, Short.MAX_VALUE), HIGH,
                "Replication factor of the created topics and of Streams' internal topics (3 on a real cluster).");
        d.define("processing.guarantee", Type.STRING, "at_least_once",
                ValidString.in("at_least_once", "exactly_once_v2"), HIGH,
                "Streams processing guarantee. exactly_once_v2 keeps every store consistent through a kill -9; under "
                        + "at_least_once one hole is known: a partial aggregate update (README, Fault tests).");
        d.define("num.standby.replicas", Type.INT, 0, Range.atLeast(0), MEDIUM,
                "Standby replicas of each state store (faster fail-over; aggregate can answer queries from them).");
        d.define("commit.interval.ms", Type.LONG, 200L, Range.atLeast(0), LOW,
                "Streams commit interval: how soon results are visible downstream.");
        // --- local files -----------------------------------------------------------------------------------------
        d.define("data.dir", Type.STRING, "data", MEDIUM,
                "Root of everything written locally: embedded broker logs and, unless state.dir is set, Streams state.");
        d.define("state.dir", Type.STRING, "", MEDIUM,
                "Streams state directory; empty means <data.dir>/streams. Mount a volume here in a container.");
        d.define("seeds.dir", Type.STRING, "seeds", LOW,
                "Sample articles 'run' loads at start.");
        // --- HTTP ------------------------------------------------------------------------------------------------
        d.define("http.host", Type.STRING, "127.0.0.1", MEDIUM,
                "Address the HTTP server binds (0.0.0.0 in a container).");
        d.define("http.port", Type.INT, 7070, Range.between(0, 65535), MEDIUM,
                "Port of the query API, the page and HTTP ingest; 0 picks a free port.");
        d.define("application.server", Type.STRING, "", MEDIUM,
                "host:port peers use to reach this instance's query API; empty means http.host and the bound port.");
        d.define("http.allowed.hosts", Type.LIST, "", LOW,
                "Host names (name or name:port) answered besides loopback and application.server.");
        d.define("http.allowed.origins", Type.LIST, "", LOW,
                "Browser origins (scheme://host[:port]) allowed besides the page's own.");
        d.define("http.token", Type.PASSWORD, "", HIGH,
                "Bearer token every write (POST /articles) must carry; empty: none required.");
        d.define("http.internal.token", Type.PASSWORD, "", HIGH,
                "Bearer token of /internal (peer queries between aggregate instances); empty falls back to http.token.");
        d.define("http.sse.max.clients", Type.INT, 100, Range.atLeast(0), LOW,
                "Live-update (SSE) clients served at once; more get 503 with Retry-After.");
        // --- ingest ----------------------------------------------------------------------------------------------
        d.define("ingest.max.raw.bytes", Type.INT, 10 * 1024 * 1024, Range.atLeast(1), MEDIUM,
                "Largest raw payload read; the raw topic's max.message.bytes and the producers' max.request.size "
                        + "follow it (a full newspaper page with inline scripts runs to several MB).");
        d.define("ingest.max.bytes", Type.STRING, "", LOW,
                "Older name of ingest.max.raw.bytes, used only when that is not set.");
        d.define("ingest.max.article.bytes", Type.INT, 256 * 1024, Range.atLeast(1), LOW,
                "Largest extracted article (title and body, UTF-8); the enriched record must stay under 1 MB.");
        d.define("ingest.drop.dir", Type.STRING, "", MEDIUM,
                "A folder watched for article files; empty: no drop folder.");
        d.define("ingest.drop.settle.ms", Type.LONG, 2000L, Range.atLeast(0), LOW,
                "A dropped file is read once it has not changed for this long.");
        d.define("ingest.publish.timeout.ms", Type.LONG, 5000L, Range.atLeast(1), LOW,
                "Longest wait of an HTTP or drop-folder write for the broker's acknowledgement.");
        d.define("ingest.min.body.words", Type.INT, 20, Range.atLeast(0), LOW,
                "A shorter body is flagged short-body.");
        d.define("ingest.max.future.hours", Type.LONG, 24L, Range.atLeast(0), LOW,
                "A published date further ahead of ingest time is flagged implausible-date and replaced.");
        d.define("ingest.near.duplicate.threshold", Type.DOUBLE, 0.15, Range.between(0.0, 1.0), LOW,
                "Containment of the shorter text's shingles in an earlier article's from which it is a near-duplicate.");
        d.define("ingest.near.duplicate.shingle", Type.INT, 3, Range.atLeast(1), LOW,
                "Words per shingle for near-duplicate detection.");
        d.define("ingest.dedup.retention.days", Type.LONG, 14L, Range.atLeast(1), LOW,
                "How long an article is remembered for duplicate detection; bounds the dedup state.");
        d.define("ingest.dedup.band.groups", Type.INT, 4, Range.atLeast(1), LOW,
                "Groups the near-duplicate bands are spread over (parallelism of duplicate detection).");
        d.define("ingest.rocksdb.cache.mb", Type.INT, 256, Range.atLeast(1), LOW,
                "RocksDB block cache shared by all stores of the ingest stage (duplicate detection), memtables "
                        + "included.");
        d.define("ingest.rocksdb.write.buffer.mb", Type.INT, 16, Range.atLeast(1), LOW,
                "RocksDB write buffer per store instance of the ingest stage.");
        // --- enrich ----------------------------------------------------------------------------------------------
        d.define("enrich.taxonomy.file", Type.STRING, "", MEDIUM,
                "A taxonomy file replacing the built-in one; empty: the built-in taxonomy.");
        d.define("enrich.taxonomy.publish", Type.STRING, "if-empty", ValidString.in("if-empty", "always"), LOW,
                "if-empty: the file seeds the taxonomy topic once; always: the file replaces it on every start.");
        d.define("topic.decay", Type.DOUBLE, 1.0, Range.between(0.0, 1.0), LOW,
                "Experiment knob of the topic matcher: weight of each repeat of a taxonomy term (1: no decay). "
                        + "Read from -Dstorywire.topic.decay when the enrich classes load.");
        // --- aggregate -------------------------------------------------------------------------------------------
        d.define("aggregate.topics", Type.LIST, "", LOW,
                "Topics listed before they have stories; empty: the launcher fills it from the taxonomy.");
        d.define("aggregate.query.timeout.ms", Type.LONG, 2000L, Range.atLeast(1), LOW,
                "Timeout of a query forwarded to a peer instance.");
        d.define("aggregate.query.standby.reads", Type.BOOLEAN, true, LOW,
                "Answer queries from standby replicas when the active instance is unreachable.");
        d.define("aggregate.rocksdb.cache.mb", Type.INT, 32, Range.atLeast(1), LOW,
                "RocksDB block cache shared by all stores of the aggregate stage.");
        d.define("aggregate.rocksdb.write.buffer.mb", Type.INT, 4, Range.atLeast(1), LOW,
                "RocksDB write buffer per store.");
        d.define("aggregate.story.idle.expiry.ms", Type.LONG, 30L * 24 * 60 * 60 * 1000, Range.atLeast(0), MEDIUM,
                "A story whose latest article is older than this by its topic's clock (the topic's latest article "
                        + "time) is removed with its articles' story state; an article older than this by its "
                        + "published time leaves the articles and entity-index stores. 0: nothing expires.");
        d.define("aggregate.story.articles.max", Type.INT, 100, Range.atLeast(1), LOW,
                "Articles a story record lists, the newest; its size counts all, /api/stories/{id}/articles pages them.");
        d.define("aggregate.state.cache.mb", Type.INT, 16, Range.atLeast(0), LOW,
                "Under exactly_once_v2: Kafka Streams' record cache in front of the clusterer's story-state store, "
                        + "so a key written by several articles between two commits goes to RocksDB and the changelog "
                        + "once (the transaction makes the commit all or nothing). Unused under at_least_once, where "
                        + "the journal holds writes back instead. 0: off.");
        d.define("aggregate.state.batch.articles", Type.INT, 1000, Range.atLeast(1), LOW,
                "Journal entries (one per article and topic) whose term-counter and candidate-index writes a "
                        + "clustering task holds in memory under at_least_once before writing them to its store, each "
                        + "key once: fewer store and changelog writes against more journal to read at a restart. 1: "
                        + "written with every article (set it for one run before going back to a build without it).");
        // --- aggregate clustering (aggregate/CLUSTERING.md; values chosen on the labelled story set) --------------
        cluster(d, "threshold", 0.25, Range.between(0.0, 1.0),
                "An article joins the most similar candidate story when the combined similarity reaches this.");
        cluster(d, "term.weight", 0.7, Range.atLeast(0.0), "Weight of the TF-IDF term cosine.");
        cluster(d, "entity.weight", 0.3, Range.atLeast(0.0), "Weight of the entity cosine.");
        clusterInt(d, "title.boost", 2, "How many times a title term counts against a body term.");
        cluster(d, "name.boost", 2.0, Range.atLeast(1.0),
                "Factor on the weight of a term written capitalised mid-sentence (a name).");
        cluster(d, "near.duplicate.min.similarity", 0.5, Range.between(0.0, 1.0),
                "A near-duplicate mark at or above this joins the original's story.");
        cluster(d, "quiet.hours", 168.0, Range.atLeast(0.0),
                "A story whose articles are all further than this from an article's time is not a candidate.");
        cluster(d, "time.half.life.hours", 168.0, Range.atLeast(0.0),
                "The combined similarity halves for every this much time between article and story.");
        cluster(d, "index.ttl.hours", 336.0, Range.atLeast(0.0),
                "A story idle longer than this (plus index.lateness.hours) leaves the candidate index; at least quiet.hours.");
        cluster(d, "index.lateness.hours", 8760.0, Range.atLeast(0.0),
                "How much older than the topic's newest article an article may be and still find its days' stories.");
        clusterInt(d, "article.terms", 120, "Terms kept per article vector.");
        clusterInt(d, "story.terms", 150, "Terms kept per story centroid: bounds a story's memory.");
        clusterInt(d, "query.terms", 12, "An article's top terms looked up in the candidate index.");
        clusterInt(d, "index.terms", 24, "A story's top terms (and as many entities) written to the candidate index.");
        clusterInt(d, "max.candidates", 20, "Stories scored exactly per article.");
        clusterInt(d, "max.postings", 100, "Stories kept per index key, most recent first.");
        cluster(d, "title.weight", 0.15, Range.atLeast(0.0), "Weight of the title-stem cosine.");
        cluster(d, "word.weight", 0.15, Range.atLeast(0.0), "Weight of the title-word cosine.");
        cluster(d, "headline.threshold", 0.22, Range.between(0.0, 1.0), "Join threshold of a headline-only article.");
        cluster(d, "idf.prior.docs", 50.0, Range.atLeast(0.0),
                "Pseudo-documents without any term added to a topic's document count (steadies young topics).");
        cluster(d, "merge.threshold", 0.5, Range.atLeast(0.0),
                "An article joining one story and scoring this with another proposes to merge them.");
        cluster(d, "merge.centroid", 0.25, Range.atLeast(0.0),
                "Two proposed stories merge when their centroids are this similar; above 1 turns merging off.");
        cluster(d, "headline.entity.weight", 0.03, Range.atLeast(0.0), "Entity weight for a headline-only article.");
        cluster(d, "cohesion", 1.0, Range.atLeast(0.0),
                "Exponent on a story's cohesion dividing a headline-only article's cosine; 0 turns it off.");
        cluster(d, "body.cohesion", 0.5, Range.atLeast(0.0), "The same exponent for articles with a body.");
        // --- operations: health, metrics, thread replacement (the ops work; defaults as it set them) -------------
        d.define("ingest.ops.port", Type.INT, 0, Range.between(0, 65535), MEDIUM,
                "Run as a separate stage, ingest's own health and metrics server (0: none; its http.port serves them).");
        d.define("enrich.ops.port", Type.INT, 7072, Range.between(0, 65535), MEDIUM,
                "Run as a separate stage, enrich's own health and metrics server (/health/live, /health/ready, "
                        + "/metrics; 0: none).");
        d.define("health.live.not.running.max.ms", Type.LONG, 300000L, Range.atLeast(0), LOW,
                "A stage not RUNNING (starting, rebalancing) for longer than this is not live.");
        d.define("health.broker.timeout.ms", Type.LONG, 2000L, Range.atLeast(1), LOW,
                "Readiness asks the cluster (Admin describeCluster) with this timeout.");
        d.define("health.broker.cache.ms", Type.LONG, 5000L, Range.atLeast(0), LOW,
                "How long readiness reuses the cluster's last answer.");
        d.define("streams.thread.replace.max", Type.INT, 5, Range.atLeast(0), LOW,
                "A dying stream thread is replaced up to this many times within the window; then the stage stops "
                        + "and /health/live says DOWN.");
        d.define("streams.thread.replace.window.ms", Type.LONG, 600000L, Range.atLeast(1), LOW,
                "Window of streams.thread.replace.max.");
        d.define("metrics.state.stores", Type.BOOLEAN, false, LOW,
                "/metrics carries the per-store RocksDB series of Kafka Streams (most of a scrape); off unless tuning.");
        d.define("log.format", Type.STRING, "text", LOW,
                "Log lines: text (dated, with level, thread and logger) or json (JSON lines), any case; read by the "
                        + "logging setup itself from -Dstorywire.log.format or STORYWIRE_LOG_FORMAT.");
        d.define("enrich.max.record.bytes", Type.INT, 1000000, Range.atLeast(1), LOW,
                "Enriched records larger than this are trimmed (mentions and evidence capped, flag trimmed-for-size).");
        // --- local run -------------------------------------------------------------------------------------------
        d.define("broker.port", Type.INT, 9092, Range.between(0, 65535), LOW,
                "Client port of the embedded broker 'run' starts (0: any free port).");
        return d;
    }

    private static void cluster(ConfigDef d, String key, double dflt, ConfigDef.Validator v, String doc) {
        d.define("aggregate.cluster." + key, Type.DOUBLE, dflt, v, LOW, doc);
    }

    private static void clusterInt(ConfigDef d, String key, int dflt, String doc) {
        d.define("aggregate.cluster." + key, Type.INT, dflt, Range.atLeast(1), LOW, doc);
    }

    /** A default as the string a properties file would hold. */
    static String defaultString(ConfigDef.ConfigKey key) {
        Object v = key.defaultValue;
        if (v instanceof List<?> list) {
            return String.join(",", list.stream().map(String::valueOf).toList());
        }
        if (v instanceof Password p) {
            return p.value();
        }
        return String.valueOf(v);
    }

    /** Every key with type, default and doc, as a Markdown table (README, {@code storywire config}). */
    public static String markdown() {
        StringBuilder sb = new StringBuilder("| key | type | default | valid | meaning |\n|---|---|---|---|---|\n");
        for (ConfigDef.ConfigKey k : DEF.configKeys().values()) {
            String dflt = defaultString(k);
            sb.append("| `").append(k.name).append("` | ").append(k.type.toString().toLowerCase(java.util.Locale.ROOT))
                    .append(" | ").append(dflt.isEmpty() ? "" : "`" + dflt + "`")
                    .append(" | ").append(k.validator == null ? "" : k.validator.toString().replace("|", "\\|"))
                    .append(" | ").append(k.documentation.replace("|", "\\|")).append(" |\n");
        }
        return sb.toString();
    }
}
