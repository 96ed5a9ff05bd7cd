package io.storywire.aggregate;

import io.storywire.core.streams.CommitMarker;
import io.storywire.aggregate.store.StoreNames;
import io.storywire.aggregate.store.StoryState;
import io.storywire.core.serde.JsonSerde;
import org.apache.kafka.common.serialization.Serdes;
import io.storywire.aggregate.cluster.CandidateIndex;
import io.storywire.aggregate.cluster.ClusterSettings;
import io.storywire.aggregate.cluster.ClusterState;
import io.storywire.aggregate.cluster.Clusterer;
import io.storywire.aggregate.cluster.StoryMembers;
import io.storywire.aggregate.cluster.Postings;
import io.storywire.aggregate.cluster.StoryProfile;
import io.storywire.aggregate.cluster.Table;
import io.storywire.aggregate.cluster.TopicCount;
import io.storywire.core.model.EnrichedArticle;
import io.storywire.core.model.Story;
import io.storywire.core.model.StoryArticle;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Clusters the articles of the topics this task owns (key = topic id) and emits every story change and every
 * article's story. The work is in {@link Clusterer}; this class wires it to the stores and makes each article's
 * update all-or-nothing:
 * <ol>
 * <li>the clusterer works on {@link StagedTable}s, so its writes to eight slices of the {@link StoryState} store are
 *     complete in memory first (an error while clustering writes nothing);</li>
 * <li>under at_least_once the writes and the records to emit go to the journal slice, keyed by topic and article,
 *     before any other slice;</li>
 * <li>then the other slices are written and the records emitted.</li>
 * </ol>
 * All slices share one store, so one changelog partition and one RocksDB instance hold the writes in this order:
 * whatever a crash keeps of an article's update includes its journal entry. A crash anywhere after step 2 and before the commit replays the article: its journal entry is found and written
 * and emitted again, exactly as the first time, instead of the article being skipped as already seen (which used to
 * leave the index stores built from the emitted changes behind the stories for good). Entries go at the first
 * record after a commit (see {@link CommitMarker}), when the outputs they describe are durable. Under
 * exactly_once_v2 a crash rolls the stores back with the outputs, so nothing is journaled.
 */
final class StoryClusterProcessor implements Processor<String, EnrichedArticle, String, ClusterOutput> {

    /** How often idle stories are swept out of the candidate index; reads between sweeps skip them anyway. */
    static final Duration SWEEP_INTERVAL = Duration.ofMinutes(10);
    static final int SWEEP_BATCH = 10_000;
    /** Deserialised story profiles kept per processor: the candidates of recent articles. */
    static final int PROFILE_CACHE = 4096;
    /** How often the stories are scanned for ones idle past the expiry; a scan visits at most EXPIRY_SCAN. */
    static final Duration EXPIRY_INTERVAL = Duration.ofMinutes(1);
    static final int EXPIRY_SCAN = 2_000;
    /** Expired stories removed before one article of their topic: bounds the article's journal entry. */
    static final int EXPIRE_PER_ARTICLE = 32;
    /**
     * Members of expired stories removed before one article, past which no further story goes with it (the first
     * always does): each member costs a delete, a seen-marker and an emit in the journal entry, which must stay under
     * the story-state changelog's record limit ({@link AggregateTopology#STATE_RECORD_MAX_BYTES}).
     */
    static final int EXPIRE_MEMBERS_PER_ARTICLE = 2_000;
    /** Expired stories waiting per topic for its next article; a later scan finds any left out. */
    static final int DUE_MAX = 10_000;
    /**
     * The Streams property (from {@code aggregate.state.batch.articles}) that says how many articles' counter and
     * candidate-index writes are held back in memory before they are written, each key once.
     */
    static final String BATCH_ARTICLES = "storywire.aggregate.state.batch.articles";
    static final int DEFAULT_BATCH_ARTICLES = 1000;
    /**
     * The sequence number of the last journal entry whose held-back writes a flush has written (the meta slice).
     * Entries carry a number of the task's own rather than their input offset: offsets of a repartition topic are
     * not comparable across a TopologyTestDriver's restarts, and a number makes the order explicit.
     */
    static final String FLUSHED_THROUGH = StoryState.META + "flushed-through";
    /** Held-back keys past which a batch is flushed early, so that their memory stays bounded whatever the batch. */
    static final int HELD_KEYS_MAX = 200_000;

    private final ClusterSettings settings;
    private final StateExpiry expiry;
    private final boolean journaled;
    private ProcessorContext<String, ClusterOutput> context;
    private Clusterer clusterer;
    private KeyValueStore<String, byte[]> state;
    private CandidateIndex index;
    private String sweepFrom;
    private String expiryFrom;
    /** per topic, stories the last scans found expired, removed before the topic's next article (in its entry) */
    private final Map<String, Set<String>> due = new HashMap<>();
    private Table<Postings> indexStore;
    private Table<Long> counters;
    /**
     * The counters and candidate index held back between flushes, journaled; null when nothing is journaled
     * (written through then)
     */
    private StagedTable<Long> heldCounters;
    private StagedTable<Postings> heldIndex;
    /** journal entries (one per article and topic) per flush of the held-back writes ({@link #BATCH_ARTICLES}) */
    private int batchArticles = DEFAULT_BATCH_ARTICLES;
    /**
     * journal keys, in input order, whose counter and index writes are held back: an entry goes only once it is
     * both committed and flushed
     */
    private final Set<String> unflushed = new LinkedHashSet<>();
    /** the sequence number of the last entry whose held-back writes are in the store ({@link #FLUSHED_THROUGH}) */
    private long flushedThrough = -1;
    /** the sequence number of the last entry journaled */
    private long lastSeq;

    private StagedTable<Story> stories;
    private StagedTable<StoryProfile> profiles;
    private StagedTable<Postings> postings;
    private StagedTable<String> seen;
    private StagedTable<Long> counts;
    private StagedTable<TopicCount> topicCounts;
    private StagedTable<String> recency;
    private StagedTable<String> sizes;
    /** the stories as the clusterer sees them: writes move their recency and size index keys */
    private StoryIndexer indexedStories;
    /** whether the store has been checked for stories without index keys (state of an earlier build) */
    private boolean indexChecked;
    private StagedTable<StoryArticle> members;
    /** the article ids of each story expireDue removed in the update in hand: every member, not only the listed */
    private final Map<String, List<String>> expiredMembers = new HashMap<>();
    /** articles a story record lists, the newest; all are in the members slice */
    private final int maxArticles;

    /** null when nothing is journaled (exactly_once_v2, offline replays) */
    private SliceTable<StoryJournalEntry> journal;
    private CommitMarker commits;
    private long commitsSeen;
    /** journal keys written since the last commit seen: their outputs are durable once the next commit is done */
    private final Set<String> uncommitted = new LinkedHashSet<>();
    /** entries found at start-up (a crash or a move of the task), by key: kept until the stream has passed them */
    private final Map<String, InputPosition> leftover = new HashMap<>();
    /**
     * under exactly_once_v2, entries a run under at_least_once left: their held-back writes are restored, flushed
     * at the first record, and the entries deleted
     */
    private final Set<String> drain = new LinkedHashSet<>();
    private SliceTable<StoryJournalEntry> drainJournal;

    /** Where a journal entry's record was read: all that is kept of an entry found at start-up, up to a batch of them. */
    private record InputPosition(String topicPartition, long offset) {
    }
    /** an entry journaled whose writes failed half-way: written again before anything else */
    private StoryJournalEntry unfinished;

    /**
     * @param journaled whether the topology has the journal stores; even then nothing is journaled under
     *                  exactly_once_v2
     */
    StoryClusterProcessor(ClusterSettings settings, StateExpiry expiry, boolean journaled) {
        this(settings, expiry, journaled, io.storywire.aggregate.cluster.StoryMembers.DEFAULT_MAX_ARTICLES);
    }

    /** @param maxArticles how many of its newest articles a story record lists */
    StoryClusterProcessor(ClusterSettings settings, StateExpiry expiry, boolean journaled, int maxArticles) {
        this.settings = settings;
        this.expiry = expiry;
        this.journaled = journaled;
        this.maxArticles = maxArticles;
    }

    @Override
    public void init(ProcessorContext<String, ClusterOutput> context) {
        this.context = context;
        // Streams may init a processor again (a task revived after corruption): nothing of the last run stays
        due.clear();
        unflushed.clear();
        uncommitted.clear();
        leftover.clear();
        drain.clear();
        expiredMembers.clear();
        unfinished = null;
        indexChecked = false;
        sweepFrom = null;
        expiryFrom = null;
        flushedThrough = -1;
        lastSeq = 0;
        heldCounters = null;
        heldIndex = null;
        journal = null;
        state = context.getStateStore(StoreNames.STORY_STATE);
        stories = new StagedTable<>(new SliceTable<>(state, StoryState.STORIES));
        profiles = new StagedTable<>(new CachedTable<>(new SliceTable<>(state, StoryState.PROFILES,
                JsonSerde.of(StoryProfile.class)), PROFILE_CACHE));
        boolean journaling = journaled
                && !exactlyOnce(context.appConfigs().get(StreamsConfig.PROCESSING_GUARANTEE_CONFIG));
        Table<Postings> storedIndex = new SliceTable<>(state, StoryState.INDEX, JsonSerde.of(Postings.class));
        Table<Postings> index = storedIndex;
        counters = new SliceTable<>(state, StoryState.COUNTERS, Serdes.Long());
        if (journaled) {
            // held back over a batch where the journal can restore them after a crash (at_least_once); under
            // exactly_once_v2 written after every article, after the writes a run under at_least_once held back
            heldCounters = new StagedTable<>(counters);
            heldIndex = new StagedTable<>(storedIndex);
            counters = heldCounters;
            index = heldIndex;
            Object batch = context.appConfigs().get(BATCH_ARTICLES);
            batchArticles = !journaling ? 1
                    : batch == null ? DEFAULT_BATCH_ARTICLES : Math.max(1, Integer.parseInt(batch.toString()));
        }
        postings = new StagedTable<>(index);
        seen = new StagedTable<>(new SliceTable<>(state, StoryState.SEEN, Serdes.String()));
        counts = new StagedTable<>(counters);
        topicCounts = new StagedTable<>(new SliceTable<>(state, StoryState.TOPIC_COUNTS));
        members = new StagedTable<>(new SliceTable<>(state, StoryState.MEMBERS));
        recency = new StagedTable<>(new SliceTable<>(state, StoryState.RECENCY));
        sizes = new StagedTable<>(new SliceTable<>(state, StoryState.SIZES));
        indexedStories = new StoryIndexer(stories, recency, sizes);
        clusterer = new Clusterer(new ClusterState(indexedStories, profiles, postings, seen, counts, members),
                settings, expiry.idle(), maxArticles);
        // the sweep runs between articles: a held-back key is swept where it is held (its write goes with the next
        // flush; a crash losing it loses nothing, the sweep frees space and decides nothing), any other in the store
        Table<Postings> swept = heldIndex != null ? heldIndex.patching() : index;
        this.index = new CandidateIndex(swept, settings);
        this.indexStore = swept;
        if (journaled) {
            SliceTable<StoryJournalEntry> entries = new SliceTable<>(state, StoryState.JOURNAL,
                    new DeflatedSerde<>(JsonSerde.of(StoryJournalEntry.class)));
            // entries left by a run under at_least_once are read under either guarantee: their held-back writes
            // are in no other place
            Map<String, InputPosition> found = restoreHeldWrites(entries);
            if (journaling) {
                journal = entries;
                commits = context.getStateStore(AggregateTopology.STORY_JOURNAL_COMMITS);
                commitsSeen = commits.commits();
                leftover.putAll(found);
            } else {
                // written with the first record (a logged write needs a record context), then deleted
                drainJournal = entries;
                drain.addAll(found.keySet());
            }
        }
        context.schedule(SWEEP_INTERVAL, PunctuationType.WALL_CLOCK_TIME, now -> sweep());
        if (expiry.enabled()) {
            context.schedule(EXPIRY_INTERVAL, PunctuationType.WALL_CLOCK_TIME, now -> findExpired());
        }
    }

    static boolean exactlyOnce(Object guarantee) {
        return guarantee != null && guarantee.toString().startsWith("exactly_once");
    }

    @Override
    public void process(Record<String, EnrichedArticle> record) {
        long started = System.nanoTime();
        try {
            cluster(record);
        } finally {
            io.storywire.core.ops.Telemetry.clusterTime().record(System.nanoTime() - started,
                    java.util.concurrent.TimeUnit.NANOSECONDS);
        }
    }

    private void cluster(Record<String, EnrichedArticle> record) {
        if (!indexChecked) {
            // at the first record rather than in init(): a logged store write needs a record context
            StoryIndexer.indexIfMissing(state);
            indexChecked = true;
        }
        if (unfinished != null) {
            StoryJournalEntry entry = unfinished;
            unfinished = null;
            apply(entry, record);
        }
        if (!drain.isEmpty()) {
            heldCounters.flush();
            heldIndex.flush();
            state.put(FLUSHED_THROUGH, Serdes.Long().serializer().serialize(null, lastSeq));
            drain.forEach(drainJournal::delete);
            drain.clear();
            unflushed.clear();
        }
        if (journal != null) {
            // a flush due after the last entry, which a write error or a crash cut short: done before anything else,
            // so it ends after that entry as in a run without the error
            flushWhenDue();
        }
        String topic = record.key();
        String key = topic + "|" + record.value().article().id();
        Optional<RecordMetadata> meta = context.recordMetadata();
        String partition = meta.map(m -> m.topic() + "-" + m.partition()).orElse(null);
        long offset = meta.map(RecordMetadata::offset).orElse(-1L);
        if (journal != null) {
            pruneCommitted(partition, offset);
            StoryJournalEntry done = journal.get(key);
            if (done != null) {
                boolean pending = leftover.remove(key) != null || uncommitted.contains(key);
                if (done.producedBy(partition, offset)) {
                    // the same record again: a crash came before its offset was committed
                    uncommitted.add(key);
                    // its held-back writes count towards a flush unless one wrote them before the crash
                    boolean held = done.order() > flushedThrough;
                    if (held) {
                        unflushed.add(key);
                    }
                    apply(done, record);
                    if (held) {
                        flushWhenDue();
                    }
                    return;
                }
                if (pending) {
                    // a second delivery of an article already in the topic while its first may still be replayed:
                    // it changes nothing, as always
                    return;
                }
                // an entry kept only for its held-back writes: flushed and deleted, so the article is clustered as a
                // second delivery always is (nothing, unless its story has expired since), whatever the batch
                flush();
            }
        }
        StoryJournalEntry entry;
        try {
            // expired stories go first, in the same staged update: a crash replays both or neither, and the article
            // cannot join a story that is going
            List<Story> expired = expireDue(topic);
            Optional<Clusterer.Assignment> added = clusterer.add(topic, record.value());
            if (added.isEmpty() && expired.isEmpty()) {
                return;
            }
            entry = entryOf(topic, expired, added.orElse(null), partition, offset);
        } finally {
            discardStaged();
        }
        if (journal != null) {
            entry = entry.withSeq(++lastSeq);
            journal.put(key, entry);
            uncommitted.add(key);
            unflushed.add(key);
        }
        apply(entry, record);
        if (journal != null) {
            flushWhenDue();
        }
    }

    /**
     * After {@link #batchArticles} journal entries with held-back writes (or {@link #HELD_KEYS_MAX} held keys):
     * writes them (each key once), records the number of the last entry they include, then deletes the entries that
     * are committed too, oldest first. In the changelog the flushed values come before the deletes, so whatever a
     * crash keeps, an entry is gone only once its writes are in the store. The count of entries since a flush is
     * rebuilt at start-up from the entries past that one, so a replay flushes after the same article as the first
     * run did.
     */
    private void flushWhenDue() {
        if (unflushed.size() >= batchArticles || heldCounters.held() + heldIndex.held() > HELD_KEYS_MAX) {
            flush();
        }
    }

    /** Writes the held-back writes, numbers the last entry they include, and deletes the committed entries. */
    private void flush() {
        heldCounters.flush();
        heldIndex.flush();
        state.put(FLUSHED_THROUGH, Serdes.Long().serializer().serialize(null, lastSeq));
        flushedThrough = lastSeq;
        for (String key : unflushed) {
            // an entry found at start-up that the stream has not passed yet may still be replayed
            if (!uncommitted.contains(key) && !leftover.containsKey(key)) {
                journal.delete(key);
            }
        }
        unflushed.clear();
    }

    /**
     * At start-up: the held-back writes of the entries left in the journal that no flush has written (numbered past
     * the recorded one), applied in their order as the first run applied them, so the tables read what the stopped
     * processor's held; those entries count towards the next flush. Each entry is decoded once and only its
     * counter and index writes are kept.
     *
     * @return where each entry's record was read, by key
     */
    private Map<String, InputPosition> restoreHeldWrites(SliceTable<StoryJournalEntry> entries) {
        byte[] through = state.get(FLUSHED_THROUGH);
        flushedThrough = through == null ? -1 : Serdes.Long().deserializer().deserialize(null, through);
        record Held(String key, long seq, long offset, StoryJournalEntry.Writes<Long> counters,
                    StoryJournalEntry.Writes<Postings> index) {
        }
        Map<String, InputPosition> found = new HashMap<>();
        List<Held> held = new ArrayList<>();
        StoryState.Slice<StoryJournalEntry> slice = entries.slice();
        try (KeyValueIterator<String, byte[]> it = state.range(slice.prefix(), slice.end())) {
            it.forEachRemaining(kv -> {
                String key = slice.unprefixed(kv.key);
                StoryJournalEntry e = slice.decode(kv.value);
                found.put(key, new InputPosition(e.topicPartition(), e.offset()));
                // the last number given out: entries past the flushed one are never deleted, so it is the largest
                lastSeq = Math.max(lastSeq, e.order());
                if (e.order() > flushedThrough) {
                    held.add(new Held(key, e.order(), e.offset(), e.counters(), e.index()));
                }
            });
        }
        lastSeq = Math.max(lastSeq, flushedThrough);
        // entries of a build before the numbers (all 0) in input order
        held.sort(java.util.Comparator.comparingLong(Held::seq).thenComparingLong(Held::offset));
        for (Held h : held) {
            counts.apply(h.counters());
            postings.apply(h.index());
            unflushed.add(h.key());
        }
        counts.discard();
        postings.discard();
        return found;
    }

    /**
     * The journal entry of an assignment: the staged writes, the topic's counts, and the records to emit in the
     * order subscribers need them (expired stories and their articles' removals first, then an absorbed story and
     * its articles' moves before the story that took them).
     *
     * @param a null when the article changed nothing itself (a second delivery) and only stories expired
     */
    private StoryJournalEntry entryOf(String topic, List<Story> expired, Clusterer.Assignment a, String partition,
                                      long offset) {
        TopicCount count = topicCounts.get(topic);
        List<StoryJournalEntry.Emit> emits = new ArrayList<>();
        for (Story gone : expired) {
            if (count != null) {
                count = new TopicCount(count.id(), count.stories() - 1, count.articles() - gone.size(),
                        count.lastSeen());
            }
            emits.add(StoryJournalEntry.Emit.expiry(gone.id()));
            for (String member : expiredMembers.getOrDefault(gone.id(), List.of())) {
                emits.add(new StoryJournalEntry.Emit(member, null, "", gone.id()));
            }
        }
        if (a == null) {
            if (count != null) {
                topicCounts.put(topic, count);
            }
            return new StoryJournalEntry(StoryJournalEntry.VERSION, partition, offset, stories.writes(),
                    profiles.writes(), postings.writes(), seen.writes(), counts.writes(), topicCounts.writes(),
                    recency.writes(), sizes.writes(), Map.of(), emits, members.writes());
        }
        count = TopicCount.counting(count, a.story(), a.opened());
        Map<String, Story> absorbed = new LinkedHashMap<>();
        for (Story gone : a.absorbed()) {
            count = count.lessOneStory();
            absorbed.put(gone.id(), gone);
            // subscribers learn where the absorbed story went; its articles move to the story that took them
            emits.add(new StoryJournalEntry.Emit(gone.id(), gone.id(), null, null, null, Story.MERGED));
            // every member, from the membership slice: the record lists only the newest
            for (String moved : a.moved().getOrDefault(gone.id(), List.of())) {
                emits.add(new StoryJournalEntry.Emit(moved, null, gone.mergedInto(), gone.id()));
            }
        }
        topicCounts.put(topic, count);
        String change = a.opened() ? Story.OPENED : a.absorbed().isEmpty() ? Story.ARTICLE_ADDED : Story.MERGED;
        emits.add(new StoryJournalEntry.Emit(a.story().id(), a.story().id(), null, null, null, change));
        emits.add(new StoryJournalEntry.Emit(a.articleId(), null, a.story().id(), null));
        return new StoryJournalEntry(StoryJournalEntry.VERSION, partition, offset, stories.writes(),
                profiles.writes(), postings.writes(), seen.writes(), counts.writes(), topicCounts.writes(),
                recency.writes(), sizes.writes(), absorbed, emits, members.writes());
    }

    /**
     * Writes an entry's final values (the same whether first or again) and emits its records. When a write fails,
     * the entry is written again before the next article, so no article is clustered on half an update.
     */
    private void apply(StoryJournalEntry given, Record<String, EnrichedArticle> record) {
        StoryJournalEntry entry = given.version() < 2 ? withIndexWrites(given) : given;
        try {
            counts.apply(entry.counters());
            postings.apply(entry.index());
            profiles.apply(entry.profiles());
            // the surviving story is written before the stories it absorbed go (puts before deletes)
            stories.apply(entry.stories());
            seen.apply(entry.seen());
            topicCounts.apply(entry.topicCounts());
            recency.apply(entry.recency());
            sizes.apply(entry.sizes());
            members.apply(entry.members());
            if (journal == null && heldCounters != null) {
                // nothing journaled (exactly_once_v2): nothing may stay held past the article
                heldCounters.flush();
                heldIndex.flush();
            }
        } catch (RuntimeException e) {
            unfinished = entry;
            throw e;
        }
        for (StoryJournalEntry.Emit emit : entry.emits()) {
            ClusterOutput out = emit.isExpiry() ? ClusterOutput.expired(emit.key())
                    : emit.story() != null ? ClusterOutput.story(entry.storyOf(emit))
                    : emit.replaces() != null ? ClusterOutput.move(emit.assignment(), emit.replaces())
                    : ClusterOutput.assignment(emit.assignment());
            context.forward(record.withKey(emit.key()).withValue(out));
        }
    }

    /**
     * An entry journaled by a build without the indexes, with the index writes of its stories worked out from the
     * stories as the store holds them now (indexed at start-up), so its replay keeps the indexes in step.
     */
    private StoryJournalEntry withIndexWrites(StoryJournalEntry entry) {
        try {
            entry.stories().put().forEach(indexedStories::put);
            entry.stories().delete().forEach(indexedStories::delete);
            return entry.withIndexes(recency.writes(), sizes.writes());
        } finally {
            discardStaged();
        }
    }

    private void discardStaged() {
        indexedStories.discard();
        recency.discard();
        sizes.discard();
        stories.discard();
        profiles.discard();
        postings.discard();
        seen.discard();
        counts.discard();
        topicCounts.discard();
        members.discard();
        expiredMembers.clear();
    }

    /**
     * Deletes the entries whose outputs a commit has made durable: those written before the last commit, and those
     * left from before a restart that the stream has passed (their record was committed, or was replayed).
     */
    private void pruneCommitted(String partition, long offset) {
        long now = commits.commits();
        if (now != commitsSeen) {
            commitsSeen = now;
            // an entry whose held-back writes are not flushed yet stays: it is their only copy on disk
            uncommitted.stream().filter(k -> !unflushed.contains(k)).forEach(journal::delete);
            uncommitted.clear();
        }
        if (!leftover.isEmpty()) {
            leftover.entrySet().removeIf(e -> {
                InputPosition entry = e.getValue();
                boolean passed = partition == null || !partition.equals(entry.topicPartition())
                        || entry.offset() < offset;
                if (passed) {
                    uncommitted.add(e.getKey());
                }
                return passed;
            });
        }
    }

    /**
     * Removes postings idle past the TTL and the lateness allowance by their topic's clock, so keys no article asks
     * for again do not linger.
     * Each run visits at most {@link #SWEEP_BATCH} keys, resuming where the last stopped, so a large index never
     * stalls the stream thread. Readers skip expired postings anyway: the sweep frees space, it decides nothing.
     */
    private void sweep() {
        String end = new StoryState.Slice<>(StoryState.INDEX, null).end();
        List<String> keys = new ArrayList<>();
        try (KeyValueIterator<String, byte[]> it = state.range(sweepFrom == null ? StoryState.INDEX : sweepFrom, end)) {
            while (it.hasNext() && keys.size() < SWEEP_BATCH) {
                keys.add(it.next().key.substring(StoryState.INDEX.length()));
            }
            sweepFrom = it.hasNext() ? it.next().key : null;
        }
        for (String key : keys) {
            Long clock = counters.get(key.substring(0, key.indexOf('|')) + "|#clock");
            if (clock != null) {
                index.expire(key, Instant.ofEpochMilli(clock));
                if (expiry.enabled()) {
                    dropGone(key, Instant.ofEpochMilli(clock));
                }
            }
        }
    }

    /**
     * Drops the postings of stories that expired or were absorbed: idle past the expiry and without a profile. An
     * expiry removes a story from the stores but not from the index keys it was ever written under (the index
     * holds them up to {@code index.ttl.hours + index.lateness.hours}, a year by default). Readers skip a story
     * without a profile or expired by the clock, so this frees space and the candidate slots such postings take.
     */
    private void dropGone(String key, Instant clock) {
        Postings current = indexStore.get(key);
        if (current == null) {
            return;
        }
        List<Postings.Posting> kept = current.stories().stream()
                .filter(p -> !expiry.expired(Instant.ofEpochMilli(p.lastSeen()), clock)
                        || state.get(StoryState.PROFILES + p.story()) != null)
                .toList();
        if (kept.isEmpty()) {
            indexStore.delete(key);
        } else if (kept.size() < current.stories().size()) {
            indexStore.put(key, new Postings(kept));
        }
    }

    /**
     * Finds stories idle past the expiry by their topic's clock (the topic's latest dated article time, so a replay
     * of old articles expires them as the live run did, not by the wall clock). Each run visits at most
     * {@link #EXPIRY_SCAN} stories, resuming where the last stopped. It writes nothing: the stories it finds go
     * with their topic's next article, in that article's staged and journaled update, so an expiry is all or
     * nothing and a crash replays it exactly. A topic's clock moves only with its articles, so no story of a topic
     * can expire between its articles anyway.
     */
    private void findExpired() {
        StoryState.Slice<Story> slice = StoryState.STORIES;
        Map<String, Optional<Instant>> clocks = new HashMap<>();
        int visited = 0;
        try (KeyValueIterator<String, byte[]> it = state.range(expiryFrom == null ? slice.prefix() : expiryFrom,
                slice.end())) {
            while (it.hasNext() && visited < EXPIRY_SCAN) {
                var kv = it.next();
                visited++;
                Story story = slice.decode(kv.value);
                if (story == null) {
                    continue;
                }
                String topic = story.topic();
                Instant clock = clocks.computeIfAbsent(topic, t -> Optional.ofNullable(clockOf(t))).orElse(null);
                if (expiry.expired(story.lastSeen(), clock)) {
                    Set<String> ids = due.computeIfAbsent(topic, t -> new LinkedHashSet<>());
                    if (ids.size() < DUE_MAX) {
                        ids.add(story.id());
                    }
                }
            }
            expiryFrom = it.hasNext() ? it.next().key : null;
        }
    }

    /** The topic's clock as the stores (and the staged update in hand) have it; null before its first dated article. */
    private Instant clockOf(String topic) {
        Long clock = counts.get(topic + "|#clock");
        return clock == null ? null : Instant.ofEpochMilli(clock);
    }

    /**
     * Removes, in the staged update, up to {@link #EXPIRE_PER_ARTICLE} of the topic's stories that a scan found
     * expired and that still are by the clock before this article: the story, its profile and its articles'
     * seen-markers (so an article of it delivered again clusters afresh). Its postings are left to the sweep;
     * readers skip a story without a profile.
     *
     * @return the stories removed, as they were
     */
    private List<Story> expireDue(String topic) {
        Set<String> ids = due.get(topic);
        if (ids == null) {
            return List.of();
        }
        Instant clock = clockOf(topic);
        List<Story> removed = new ArrayList<>();
        int removedMembers = 0;
        var it = ids.iterator();
        while (it.hasNext() && removed.size() < EXPIRE_PER_ARTICLE && removedMembers < EXPIRE_MEMBERS_PER_ARTICLE) {
            String id = it.next();
            it.remove();
            Story story = indexedStories.get(id);
            // the clusterer's rule (the profile's latest dated article), so that whether an article joins a story
            // never depends on whether a scan has found the story yet
            StoryProfile profile = story == null ? null : profiles.get(id);
            if (profile == null || !expiry.expired(profile.lastSeen(), clock)) {
                continue;
            }
            // every member goes with the story (the record lists only the newest)
            List<String> memberIds = new ArrayList<>();
            for (Map.Entry<String, StoryArticle> m : members.scan(StoryMembers.prefix(id)).entrySet()) {
                if (StoryMembers.isOf(id, m.getKey())) {
                    members.delete(m.getKey());
                    memberIds.add(m.getValue().id());
                }
            }
            if (memberIds.isEmpty()) {
                // a story of a build before the members slice, not grown since: its record lists every article
                story.articles().forEach(a -> memberIds.add(a.id()));
            }
            expiredMembers.put(id, memberIds);
            removedMembers += memberIds.size();
            for (String articleId : memberIds) {
                String key = topic + "|" + articleId;
                if (id.equals(seen.get(key))) {
                    seen.delete(key);
                }
            }
            profiles.delete(id);
            // through the indexer, so the story leaves the recency and size indexes with it
            indexedStories.delete(id);
            removed.add(story);
        }
        if (ids.isEmpty()) {
            due.remove(topic);
        }
        return removed;
    }
}
