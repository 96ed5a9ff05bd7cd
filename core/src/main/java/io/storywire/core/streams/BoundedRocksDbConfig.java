package io.storywire.core.streams;

import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.state.RocksDBConfigSetter;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.Cache;
import org.rocksdb.LRUCache;
import org.rocksdb.Options;
import org.rocksdb.WriteBufferManager;

/**
 * Bounds the memory of all the RocksDB stores of one stage together: one block cache per stage (ingest, aggregate),
 * shared by every store instance of that stage in this JVM, with memtables charged against it, and small write
 * buffers.
 * Without it every instance takes RocksDB's own defaults in Streams: a 50 MB block cache and up to 3 x 16 MB
 * memtables each. That adds up: a persistent window store is one RocksDB instance per segment, and ingest's five
 * window stores over its partitions and band groups open dozens, whose caches fill as the stores grow (the resident
 * set of the whole stack grew by about 35 MB a minute in a 10-minute run before ingest was bounded too;
 * docs/benchmarks.md, P5). A budget too small costs throughput instead: ingest's write-buffer manager flushes its
 * many memtables early (ingest alone ran at 36 articles/s with 64 MB, 61 with 256 MB, 65 about unbounded).
 *
 * <p>A stage sets it with {@link #configure}: the sizes travel as Streams properties to {@link #setConfig}, which
 * Streams calls for every instance (every segment of a window store included).
 */
public final class BoundedRocksDbConfig implements RocksDBConfigSetter {

    static final String BUDGET = "storywire.rocksdb.budget";
    static final String CACHE_MB = "storywire.rocksdb.cache.mb";
    static final String WRITE_BUFFER_MB = "storywire.rocksdb.write.buffer.mb";
    /** Used where Streams was configured without {@link #configure} (tests that set only the class). */
    static final long DEFAULT_CACHE_MB = 32;
    static final long DEFAULT_WRITE_BUFFER_MB = 4;
    private static final long MB = 1024L * 1024L;

    private record Budget(Cache cache, WriteBufferManager writeBuffers) {
    }

    /**
     * By stage: the stages of one JVM (`storywire run`) each keep their own budget, and the apps of one stage in one
     * JVM (a benchmark's phases, tests) share theirs, so the JVM's RocksDB memory stays bounded however many apps
     * it runs. The first app of a stage sizes its budget.
     */
    private static final Map<String, Budget> BUDGETS = new ConcurrentHashMap<>();

    /** Sets this class as the stage's RocksDB config setter with the stage's budget. */
    public static void configure(Properties streamsProps, String stage, long cacheMb, long writeBufferMb) {
        streamsProps.put(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, BoundedRocksDbConfig.class);
        streamsProps.put(BUDGET, stage);
        streamsProps.put(CACHE_MB, String.valueOf(cacheMb));
        streamsProps.put(WRITE_BUFFER_MB, String.valueOf(writeBufferMb));
    }

    @Override
    public void setConfig(String storeName, Options options, Map<String, Object> configs) {
        long cacheBytes = megabytes(configs.get(CACHE_MB), DEFAULT_CACHE_MB) * MB;
        long writeBuffer = megabytes(configs.get(WRITE_BUFFER_MB), DEFAULT_WRITE_BUFFER_MB) * MB;
        Object stage = configs.get(BUDGET);
        Budget budget = BUDGETS.computeIfAbsent(stage == null ? "" : stage.toString(), a -> {
            Cache cache = new LRUCache(cacheBytes, -1, false, 0.1);
            // memtables count against the same budget, so the total stays near cacheBytes
            return new Budget(cache, new WriteBufferManager(cacheBytes / 2, cache));
        });
        BlockBasedTableConfig table = (BlockBasedTableConfig) options.tableFormatConfig();
        table.setBlockCache(budget.cache());
        table.setCacheIndexAndFilterBlocks(true);
        table.setPinTopLevelIndexAndFilter(true);
        options.setWriteBufferManager(budget.writeBuffers());
        options.setWriteBufferSize(writeBuffer);
        options.setMaxWriteBufferNumber(2);
        options.setTableFormatConfig(table);
    }

    @Override
    public void close(String storeName, Options options) {
        // the cache and write buffer manager are shared by every store of the stage: closing them here would break
        // the stores still open
    }

    private static long megabytes(Object value, long dflt) {
        if (value == null || value.toString().isBlank()) {
            return dflt;
        }
        return Long.parseLong(value.toString().trim());
    }
}
