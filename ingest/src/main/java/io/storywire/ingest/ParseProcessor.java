package io.storywire.ingest;

import io.storywire.ingest.publish.IngestDeadLetters;
import io.storywire.ingest.publish.RawHeaders;
import io.storywire.core.model.Article;
import io.storywire.core.model.DeadLetter;
import io.storywire.ingest.parse.ArticleParser;
import io.storywire.ingest.parse.ParseOutcome;
import io.storywire.ingest.parse.RawMeta;
import io.storywire.ingest.parse.Rejection;
import java.time.Clock;
import java.time.Instant;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Parses each raw record into articles and dead letters. Ingest time is the record's timestamp, so reprocessing
 * after a failure gives the same articles (the same ids, dates and dead letters) as the first time.
 */
final class ParseProcessor implements Processor<byte[], byte[], String, Parsed> {

    private final ArticleParser parser;
    private final Clock clock;
    private ProcessorContext<String, Parsed> context;

    ParseProcessor(ArticleParser parser, Clock clock) {
        this.parser = parser;
        this.clock = clock;
    }

    @Override
    public void init(ProcessorContext<String, Parsed> context) {
        this.context = context;
    }

    @Override
    public void process(Record<byte[], byte[]> record) {
        Instant receivedAt = record.timestamp() > 0 ? Instant.ofEpochMilli(record.timestamp()) : clock.instant();
        String source = context.recordMetadata()
                .map(m -> m.topic() + "/" + m.partition() + "@" + m.offset()).orElse(null);
        RawMeta meta = RawHeaders.read(record.headers(), receivedAt, source);
        ParseOutcome outcome = parser.parse(record.value(), meta);
        for (Article a : outcome.articles()) {
            context.forward(new Record<>(a.id(), Parsed.of(a), record.timestamp()));
        }
        for (Rejection r : outcome.rejections()) {
            DeadLetter letter = IngestDeadLetters.of(r, meta, record.value());
            context.forward(new Record<>(meta.originName(), Parsed.of(letter), record.timestamp()));
        }
    }
}
