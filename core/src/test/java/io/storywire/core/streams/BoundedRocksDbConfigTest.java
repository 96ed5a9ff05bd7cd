package io.storywire.core.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.Options;

class BoundedRocksDbConfigTest {

    private static Map<String, Object> streamsConfig(String app, String stage, long cacheMb, long writeBufferMb) {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, app);
        BoundedRocksDbConfig.configure(p, stage, cacheMb, writeBufferMb);
        assertThat(p.get(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG)).isEqualTo(BoundedRocksDbConfig.class);
        Map<String, Object> m = new HashMap<>();
        p.forEach((k, v) -> m.put(k.toString(), v));
        return m;
    }

    private static Options configured(String store, Map<String, Object> config) {
        Options o = new Options();
        o.setTableFormatConfig(new BlockBasedTableConfig());
        new BoundedRocksDbConfig().setConfig(store, o, config);
        return o;
    }

    @Test
    void shouldChargeEveryStoreOfAStageToOneBudgetAndKeepStagesApart() {
        try (Options seen = configured("seen", streamsConfig("test-a-ingest", "test-ingest", 16, 2));
             Options buckets = configured("buckets", streamsConfig("test-a-ingest", "test-ingest", 16, 2));
             Options otherApp = configured("seen", streamsConfig("test-b-ingest", "test-ingest", 16, 2));
             Options aggregate = configured("story-state", streamsConfig("test-a-aggregate", "test-aggregate", 8, 1))) {
            // every store instance and every app of one stage in this JVM share one write-buffer budget (and the
            // block cache it is charged to): the stage's memory does not grow with its store instances
            assertThat(buckets.writeBufferManager()).isSameAs(seen.writeBufferManager());
            assertThat(otherApp.writeBufferManager()).isSameAs(seen.writeBufferManager());
            assertThat(aggregate.writeBufferManager()).isNotSameAs(seen.writeBufferManager());
            assertThat(seen.writeBufferSize()).isEqualTo(2L * 1024 * 1024);
            assertThat(aggregate.writeBufferSize()).isEqualTo(1L * 1024 * 1024);
            assertThat(seen.maxWriteBufferNumber()).isEqualTo(2);
            assertThat(((BlockBasedTableConfig) seen.tableFormatConfig()).cacheIndexAndFilterBlocks()).isTrue();
        }
    }
}
