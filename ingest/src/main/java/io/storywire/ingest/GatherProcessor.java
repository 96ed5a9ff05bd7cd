package io.storywire.ingest;

import io.storywire.core.streams.CommitMarker;
import io.storywire.core.model.Article;
import io.storywire.core.model.NearDuplicate;
import io.storywire.ingest.dedup.Answer;
import io.storywire.ingest.dedup.Gather;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * Last dedup step, keyed by article id: holds the article until every band group has answered (one answer a
 * group; an answer delivered twice counts once), then publishes it with its verdict and, for a near-duplicate,
 * sends the verdict back to the band groups. What waits is kept in a changelogged window store, so a restart
 * resumes the wait; an entry whose answers never come (possible only under at_least_once, after a partial
 * replay) expires with the retention.
 *
 * <p>Under at_least_once a completed entry is not deleted at once but kept, marked published, until a commit has
 * made the publication durable (see {@link CommitMarker}). A kill -9 can keep the store's changelog records and
 * lose the output sent just before them; the gather input after the committed offset is then replayed, and the
 * record that completed the entry finds it marked and publishes the article again (a duplicate on the articles
 * topic, which downstream stages key by article id).
 * Deleting the entry on completion, as before, left those replayed answers with nothing to complete: the article
 * was lost. Under exactly_once_v2 the store and the output commit together, so the entry is deleted on completion.
 */
final class GatherProcessor implements Processor<String, DedupMessage, String, DedupMessage> {

    static final String PENDING = "ingest-gather";
    /** Holds nothing: counts the task's commits, so that published entries are pruned once durable. */
    static final String COMMITS = "ingest-gather-commits";

    private ProcessorContext<String, DedupMessage> context;
    private WindowStore<String, byte[]> pending;
    /** null under exactly_once: nothing is kept after completion */
    private CommitMarker commits;
    private long commitsSeen;
    /** published entries (id to entry time) whose output the next commit makes durable */
    private final Map<String, Long> uncommitted = new LinkedHashMap<>();
    /** published entries found on start (id to entry time and completing offset), pruned once the stream passes them */
    private final Map<String, long[]> leftover = new HashMap<>();
    private boolean started;

    @Override
    public void init(ProcessorContext<String, DedupMessage> context) {
        this.context = context;
        this.pending = context.getStateStore(PENDING);
        Object guarantee = context.appConfigs().get(StreamsConfig.PROCESSING_GUARANTEE_CONFIG);
        if (guarantee == null || !guarantee.toString().startsWith("exactly_once")) {
            commits = context.getStateStore(COMMITS);
            commitsSeen = commits.commits();
        }
    }

    /** The published entries a previous instance left, looked up once, before the first record. */
    private void findLeftover() {
        try (KeyValueIterator<Windowed<String>, byte[]> it = pending.all()) {
            it.forEachRemaining(kv -> {
                Waiting w = Waiting.fromBytes(kv.value);
                if (w.published()) {
                    leftover.put(kv.key.key(), new long[] {w.time(), w.offset()});
                }
            });
        }
    }

    @Override
    public void process(Record<String, DedupMessage> record) {
        DedupMessage m = record.value();
        String id = record.key();
        long offset = context.recordMetadata().map(RecordMetadata::offset).orElse(-1L);
        if (commits != null) {
            if (!started) {
                started = true;
                findLeftover();
            }
            pruneCommitted(offset);
        }
        Waiting w = load(id);
        if (w.published()) {
            // The record that completed the entry, again: a crash came before its offset was committed, so the
            // publication may have been lost; it is made again. Any other record of the id (the rest of the
            // replay, a copy from an upstream replay) changes nothing, so a replay publishes once more, not once
            // a record.
            boolean completing = offset < 0 || w.offset() < 0 || offset == w.offset();
            if ((m.article() != null || m.answer() != null) && completing) {
                publish(record, id, w);
                uncommitted.put(id, w.time());
            }
            return;
        }
        if (m.article() != null) {
            w = new Waiting(DedupMessage.of(m.article(), m.awaiting()).toBytes(), m.awaiting(), w.answers(),
                    w.time() < 0 ? record.timestamp() : w.time(), false, -1);
        } else if (m.answer() != null) {
            w.answers().put(m.answer().group(), m.answer());
            w = new Waiting(w.articleBytes(), w.awaiting(), w.answers(), w.time() < 0 ? record.timestamp() : w.time(),
                    false, -1);
        } else {
            return;
        }
        if (w.articleBytes() == null || w.answers().size() < w.awaiting()) {
            pending.put(id, w.toBytes(), w.time());
            return;
        }
        if (commits == null) {
            pending.put(id, null, w.time());
        } else {
            pending.put(id, new Waiting(w.articleBytes(), w.awaiting(), w.answers(), w.time(), true, offset).toBytes(),
                    w.time());
            uncommitted.put(id, w.time());
        }
        publish(record, id, w);
    }

    private void publish(Record<String, DedupMessage> record, String id, Waiting w) {
        NearDuplicate verdict = Gather.verdict(w.answers().values());
        Article article = w.article();
        Article out = verdict == null ? article : article.withNearDuplicateOf(verdict);
        context.forward(record.withKey(id).withValue(DedupMessage.of(out, 0)).withTimestamp(w.time()));
        if (verdict != null) {
            context.forward(record.withKey(id).withValue(DedupMessage.settle(id, verdict.articleId())));
        }
    }

    /**
     * Deletes the published entries whose output a commit has made durable: those published before the last
     * commit, and those left from before a restart that the stream has passed (their completing record was
     * committed, or was replayed and published again).
     */
    private void pruneCommitted(long offset) {
        long now = commits.commits();
        if (now != commitsSeen) {
            commitsSeen = now;
            uncommitted.forEach((key, time) -> pending.put(key, null, time));
            uncommitted.clear();
        }
        if (!leftover.isEmpty()) {
            leftover.entrySet().removeIf(e -> {
                boolean passed = offset < 0 || e.getValue()[1] < offset;
                if (passed) {
                    uncommitted.put(e.getKey(), e.getValue()[0]);
                }
                return passed;
            });
        }
    }

    private Waiting load(String id) {
        try (WindowStoreIterator<byte[]> it = pending.backwardFetch(id, 0L, Long.MAX_VALUE)) {
            return it.hasNext() ? Waiting.fromBytes(it.next().value)
                    : new Waiting(null, 0, new TreeMap<>(), -1, false, -1);
        }
    }

    /**
     * An article (null until it arrives) and the answers so far, by group; once published (at_least_once only),
     * the offset of the record that completed it. Entries written before the published flag existed end after
     * the article and read as waiting.
     *
     * <p>The article is kept as its encoded message ({@code DedupMessage.of(article, awaiting).toBytes()}) and
     * decoded only to publish it: each answer loads and stores the entry again, and decoding and encoding the
     * article's JSON every time was most of the gather's cost.
     */
    private record Waiting(byte[] articleBytes, int awaiting, Map<Integer, Answer> answers, long time,
            boolean published, long offset) {

        Article article() {
            return articleBytes == null ? null : DedupMessage.fromBytes(articleBytes).article();
        }

        byte[] toBytes() {
            try {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                DataOutputStream out = new DataOutputStream(bytes);
                out.writeLong(time);
                out.writeInt(answers.size());
                for (Answer a : answers.values()) {
                    writeBlob(out, DedupMessage.of(a).toBytes());
                }
                writeBlob(out, articleBytes == null ? new byte[0] : articleBytes);
                if (published) {
                    out.writeBoolean(true);
                    out.writeLong(offset);
                }
                return bytes.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        static Waiting fromBytes(byte[] b) {
            try {
                DataInputStream in = new DataInputStream(new ByteArrayInputStream(b));
                long time = in.readLong();
                Map<Integer, Answer> answers = new TreeMap<>();
                for (int n = in.readInt(); n > 0; n--) {
                    Answer a = DedupMessage.fromBytes(readBlob(in)).answer();
                    answers.put(a.group(), a);
                }
                byte[] article = readBlob(in);
                if (article.length == 0) {
                    return new Waiting(null, 0, answers, time, false, -1);
                }
                boolean published = in.available() > 0 && in.readBoolean();
                long offset = published ? in.readLong() : -1;
                return new Waiting(article, DedupMessage.awaiting(article), answers, time, published, offset);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static void writeBlob(DataOutputStream out, byte[] b) throws IOException {
            out.writeInt(b.length);
            out.write(b);
        }

        private static byte[] readBlob(DataInputStream in) throws IOException {
            return in.readNBytes(in.readInt());
        }
    }
}
