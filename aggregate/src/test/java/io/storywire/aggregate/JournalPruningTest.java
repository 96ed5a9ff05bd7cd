package io.storywire.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.storywire.aggregate.store.StoreNames;
import io.storywire.aggregate.store.StoryState;
import io.storywire.core.model.EnrichedArticle;
import io.storywire.core.model.TopicTag;
import io.storywire.core.streams.StreamsSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The journal in a real Kafka Streams app on a broker (at_least_once): Streams tells the commit marker about its
 * commits, so the entries of committed articles go once their held-back counter and index writes are in the store,
 * and the journal holds only the articles since the last commit or flush.
 */
class JournalPruningTest {

    @TempDir
    Path tmp;

    @Test
    void shouldDropTheEntriesOfCommittedArticlesAtTheNextArticle() {
        // a flush after every article: an entry goes as soon as a commit has made its outputs durable
        List<EnrichedArticle> corpus = Fixtures.corpus();
        List<EnrichedArticle> first = corpus.subList(0, corpus.size() - 1);
        EnrichedArticle last = corpus.get(corpus.size() - 1);
        try (AggregateTestKit kit = new AggregateTestKit(1);
             AggregateStage stage = new AggregateStage(kit.config(tmp, 0)
                     .with("aggregate.state.batch.articles", "1"))) {
            stage.startWithHttpServer();
            await().atMost(Duration.ofSeconds(60)).until(stage::ready);
            kit.produce(first);
            // every article of the first batch is clustered (and so journaled) in each of its topics
            Set<String> firstKeys = keysOf(first);
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                    .until(() -> journal(stage.streams()).containsAll(firstKeys)
                            || AggregateTestKit.clustered(stage, first));
            // the first batch committed before the last article comes (commits every 100 ms, but an article sent
            // at once can be read before the next one), so its entries go at the last article
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                    .until(() -> kit.committedThroughEnd(group(kit)));

            kit.produce(List.of(last));
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                    .until(() -> journal(stage.streams()).equals(keysOf(List.of(last))));
        }
    }

    @Test
    void shouldKeepTheEntriesOfCommittedArticlesUntilTheirHeldBackWritesAreFlushed() {
        // a batch one entry larger than the corpus's: every entry stays, committed or not, as the only copy of its
        // counter and index writes on disk, until a later article fills the batch; its flush deletes them
        List<EnrichedArticle> corpus = Fixtures.corpus();
        EnrichedArticle sentinel = again(corpus.get(0));
        Set<String> all = keysOf(corpus);
        Set<String> last = keysOf(List.of(sentinel));
        int batch = all.size() + last.size();
        try (AggregateTestKit kit = new AggregateTestKit(1);
             AggregateStage stage = new AggregateStage(kit.config(tmp, 0)
                     .with("aggregate.state.batch.articles", String.valueOf(batch)))) {
            stage.startWithHttpServer();
            await().atMost(Duration.ofSeconds(60)).until(stage::ready);
            kit.produce(corpus);
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                    .until(() -> journal(stage.streams()).equals(all));
            // the corpus committed before the sentinel comes: otherwise its entries are uncommitted at the flush
            // and stay (rightly) until a later article, which this test does not send
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                    .until(() -> kit.committedThroughEnd(group(kit)));
            assertThat(journal(stage.streams())).as("committed entries stay until the flush").isEqualTo(all);
            kit.produce(List.of(sentinel));
            // the sentinel's last entry fills the batch: the flush deletes every committed entry; the sentinel's
            // own (not committed at the flush) may stay until the next commit and article
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                    .until(() -> {
                        Set<String> now = journal(stage.streams());
                        return !now.isEmpty() && last.containsAll(now);
                    });
        }
    }

    /** The aggregate's consumer group: its application id. */
    private String group(AggregateTestKit kit) {
        return StreamsSettings.applicationId(kit.config(tmp, 0), AggregateTopology.STAGE);
    }

    /** The same article under another id: one more journal entry per topic. */
    private static EnrichedArticle again(EnrichedArticle e) {
        io.storywire.core.model.Article a = e.article();
        return new EnrichedArticle(new io.storywire.core.model.Article(a.id() + "-again", a.title(), a.source(),
                a.author(), a.published(), a.publishedFrom(), a.url(), a.language(), a.body(), a.origin(),
                a.originName(), a.ingestedAt(), a.nearDuplicateOf(), a.kind(), a.flags()), e.entities(), e.topics());
    }

    private static Set<String> keysOf(List<EnrichedArticle> articles) {
        Set<String> keys = new TreeSet<>();
        for (EnrichedArticle a : articles) {
            keys.addAll(a.topics().stream().map(TopicTag::id).map(t -> t + "|" + a.id()).collect(Collectors.toSet()));
        }
        return keys;
    }

    private static Set<String> journal(KafkaStreams streams) {
        ReadOnlyKeyValueStore<String, Object> store = streams.store(StoreQueryParameters.fromNameAndType(
                StoreNames.STORY_STATE, QueryableStoreTypes.<String, Object>keyValueStore()));
        Set<String> keys = new TreeSet<>();
        try (KeyValueIterator<String, Object> it = store.prefixScan(StoryState.JOURNAL,
                new org.apache.kafka.common.serialization.StringSerializer())) {
            it.forEachRemaining(kv -> keys.add(kv.key.substring(StoryState.JOURNAL.length())));
        }
        return keys;
    }
}
