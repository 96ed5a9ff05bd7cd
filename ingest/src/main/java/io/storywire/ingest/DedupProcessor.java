package io.storywire.ingest;

import io.storywire.core.model.Article;
import io.storywire.ingest.dedup.Probe;
import io.storywire.ingest.dedup.Scatter;
import java.util.List;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.WindowStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * First dedup step, keyed by content id (so it spreads over the partitions): drops an exact duplicate (an id
 * seen before within the retention), and scatters every new article to the band groups (one probe each) while
 * sending the article itself on to the gather, which waits for the groups' answers.
 *
 * <p>The same record processed again (after a crash under at_least_once: the store had kept it but the output
 * may be lost) is told from a second copy by its position and goes through again; the band groups answer it as
 * before, so it is published with the same verdict.
 */
final class DedupProcessor implements Processor<String, Article, String, DedupMessage> {

    static final String SEEN = "ingest-seen";

    private static final Logger log = LoggerFactory.getLogger(DedupProcessor.class);

    private final Scatter scatter;
    private final Retention retention;
    private ProcessorContext<String, DedupMessage> context;
    private WindowStore<String, String> seen;

    DedupProcessor(Scatter scatter, Retention retention) {
        this.scatter = scatter;
        this.retention = retention;
    }

    @Override
    public void init(ProcessorContext<String, DedupMessage> context) {
        this.context = context;
        this.seen = context.getStateStore(SEEN);
    }

    @Override
    public void process(Record<String, Article> record) {
        Article article = record.value();
        retention.observe(record.timestamp());
        String position = context.recordMetadata().map(m -> m.partition() + "@" + m.offset()).orElse("");
        String before = lastPosition(article.id());
        if (before != null && !before.equals(position)) {
            log.debug("article {} ingested again; not republished", article.id());
            return;
        }
        if (before == null) {
            seen.put(article.id(), position, record.timestamp());
        }
        List<Probe> probes = scatter.probes(article.id(), record.timestamp(),
                article.publishedInstant().toEpochMilli(), article.source(), article.body());
        context.forward(record.withKey(article.id()).withValue(DedupMessage.of(article, probes.size())));
        for (Probe probe : probes) {
            context.forward(record.withKey(Integer.toString(probe.group())).withValue(DedupMessage.of(probe)));
        }
    }

    private String lastPosition(String id) {
        return retention.latestValue(seen, id);
    }
}
