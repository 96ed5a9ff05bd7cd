package io.storywire.ingest;

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
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * Last dedup step, keyed by article id: holds the article until every band group has answered (one answer a
 * group; an answer delivered twice counts once), then publishes it with its verdict and, for a near-duplicate,
 * sends the verdict back to the band groups. What waits is kept in a changelogged window store, so a restart
 * resumes the wait; an entry whose answers never come (possible only under at_least_once, after a partial
 * replay) expires with the retention.
 */
final class GatherProcessor implements Processor<String, DedupMessage, String, DedupMessage> {

    static final String PENDING = "ingest-gather";

    private ProcessorContext<String, DedupMessage> context;
    private WindowStore<String, byte[]> pending;

    @Override
    public void init(ProcessorContext<String, DedupMessage> context) {
        this.context = context;
        this.pending = context.getStateStore(PENDING);
    }

    @Override
    public void process(Record<String, DedupMessage> record) {
        DedupMessage m = record.value();
        String id = record.key();
        Waiting w = load(id);
        if (m.article() != null) {
            w = new Waiting(m.article(), m.awaiting(), w.answers(), w.time() < 0 ? record.timestamp() : w.time());
        } else if (m.answer() != null) {
            w.answers().put(m.answer().group(), m.answer());
            w = new Waiting(w.article(), w.awaiting(), w.answers(), w.time() < 0 ? record.timestamp() : w.time());
        } else {
            return;
        }
        if (w.article() == null || w.answers().size() < w.awaiting()) {
            pending.put(id, w.toBytes(), w.time());
            return;
        }
        pending.put(id, null, w.time());
        NearDuplicate verdict = Gather.verdict(w.answers().values());
        Article out = verdict == null ? w.article() : w.article().withNearDuplicateOf(verdict);
        context.forward(record.withKey(id).withValue(DedupMessage.of(out, 0)).withTimestamp(w.time()));
        if (verdict != null) {
            context.forward(record.withKey(id).withValue(DedupMessage.settle(id, verdict.articleId())));
        }
    }

    private Waiting load(String id) {
        try (WindowStoreIterator<byte[]> it = pending.backwardFetch(id, 0L, Long.MAX_VALUE)) {
            return it.hasNext() ? Waiting.fromBytes(it.next().value) : new Waiting(null, 0, new TreeMap<>(), -1);
        }
    }

    /** An article (null until it arrives) and the answers so far, by group. */
    private record Waiting(Article article, int awaiting, Map<Integer, Answer> answers, long time) {

        byte[] toBytes() {
            try {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                DataOutputStream out = new DataOutputStream(bytes);
                out.writeLong(time);
                out.writeInt(answers.size());
                for (Answer a : answers.values()) {
                    writeBlob(out, DedupMessage.of(a).toBytes());
                }
                writeBlob(out, article == null ? new byte[0] : DedupMessage.of(article, awaiting).toBytes());
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
                    return new Waiting(null, 0, answers, time);
                }
                DedupMessage m = DedupMessage.fromBytes(article);
                return new Waiting(m.article(), m.awaiting(), answers, time);
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
