package io.storywire.aggregate;

import io.storywire.core.config.StorywireConfig;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.state.RocksDBConfigSetter;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.Cache;
import org.rocksdb.LRUCache;
import org.rocksdb.Options;
import org.rocksdb.WriteBufferManager;

/**
 * Bounds the memory of all the stage's RocksDB stores together: one block cache shared by every store of the JVM,
 * with memtables charged against it, and small write buffers. Without it every store (and there are seven per task)
 * would take RocksDB's own defaults: a 50 MB block cache and up to 3 x 16 MB memtables each.
 *
 * <p>Sizes come from {@code aggregate.rocksdb.cache.mb} (default 32) and {@code aggregate.rocksdb.write.buffer.mb}
 * (default 4), passed through the Streams properties by {@link AggregateTopology#streamsProperties}.
 */
public final class BoundedRocksDbConfig implements RocksDBConfigSetter {

    static final String CACHE_MB = "storywire.aggregate.rocksdb.cache.mb";
    static final String WRITE_BUFFER_MB = "storywire.aggregate.rocksdb.write.buffer.mb";
    private static final long MB = 1024L * 1024L;

    private static Cache cache;
    private static WriteBufferManager writeBufferManager;

    static void configure(Properties props, StorywireConfig cfg) {
        props.put(CACHE_MB, cfg.get("aggregate.rocksdb.cache.mb"));
        props.put(WRITE_BUFFER_MB, cfg.get("aggregate.rocksdb.write.buffer.mb"));
    }

    private static synchronized void share(long cacheBytes) {
        if (cache == null) {
            cache = new LRUCache(cacheBytes, -1, false, 0.1);
            // memtables count against the same budget, so the total stays near cacheBytes
            writeBufferManager = new WriteBufferManager(cacheBytes / 2, cache);
        }
    }

    @Override
    public void setConfig(String storeName, Options options, Map<String, Object> configs) {
        long cacheBytes = megabytes(configs.get(CACHE_MB), "aggregate.rocksdb.cache.mb") * MB;
        long writeBuffer = megabytes(configs.get(WRITE_BUFFER_MB), "aggregate.rocksdb.write.buffer.mb") * MB;
        share(cacheBytes);
        BlockBasedTableConfig table = (BlockBasedTableConfig) options.tableFormatConfig();
        table.setBlockCache(cache);
        table.setCacheIndexAndFilterBlocks(true);
        table.setPinTopLevelIndexAndFilter(true);
        options.setWriteBufferManager(writeBufferManager);
        options.setWriteBufferSize(writeBuffer);
        options.setMaxWriteBufferNumber(2);
        options.setTableFormatConfig(table);
    }

    @Override
    public void close(String storeName, Options options) {
        // the cache and write buffer manager are shared by every store of the JVM: closing them here would break
        // the stores still open
    }

    /** The Streams property, or the setting's default where Streams was configured without it (tests). */
    private static long megabytes(Object value, String setting) {
        if (value == null || value.toString().isBlank()) {
            return StorywireConfig.defaults().getLong(setting);
        }
        return Long.parseLong(value.toString().trim());
    }
}
