package io.storywire.ingest.file;

import io.storywire.ingest.settings.IngestSettings;
import io.storywire.ingest.publish.IngestDeadLetters;
import io.storywire.ingest.publish.RawPublisher;
import io.storywire.core.model.Article;
import io.storywire.ingest.parse.ArticleParser;
import io.storywire.ingest.parse.ParseOutcome;
import io.storywire.ingest.parse.RawMeta;
import io.storywire.ingest.parse.Reasons;
import io.storywire.ingest.parse.Rejection;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Ingests one file for the drop folder and the bulk loader: reads it (never through a symbolic link, never past
 * the size limit), parses it so the caller learns at once whether it holds articles, then produces it as it is to
 * the raw topic, or, when nothing in it is an article, sends the reasons to the dead-letter topic.
 */
public final class FileIngest {

    /** What became of a file. {@code published} completes when Kafka has it. */
    public record Result(List<String> articleIds, List<Rejection> rejections, CompletableFuture<?> published) {
        public boolean failed() {
            return articleIds.isEmpty();
        }

        public String reasons() {
            return String.join("; ", rejections.stream().map(r -> r.reason() + ": " + r.detail()).toList());
        }
    }

    private final IngestSettings settings;
    private final ArticleParser parser;
    private final RawPublisher publisher;

    public FileIngest(IngestSettings settings, RawPublisher publisher) {
        this.settings = settings;
        this.parser = new ArticleParser(settings);
        this.publisher = publisher;
    }

    public Result ingest(Path file, String origin) {
        return ingest(file, origin, false);
    }

    /**
     * @param refuseHardLinks refuse, unread, a regular file with more than one name (a hard link): the drop folder
     *                        does, since a hard link in it could name any file its creator can reach; a bulk load,
     *                        whose user chose the files, does not
     */
    public Result ingest(Path file, String origin, boolean refuseHardLinks) {
        String name = file.getFileName().toString();
        Instant now = settings.clock().instant();
        String contentType = FileTypes.contentType(file);
        RawMeta meta = new RawMeta(contentType, origin, name, null, now, null);
        if (Files.isSymbolicLink(file) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return unread(Rejection.of(Reasons.NOT_A_REGULAR_FILE, "not a regular file (symbolic links are not followed)"),
                    meta, 0);
        }
        if (refuseHardLinks) {
            long links = linkCount(file);
            if (links > 1) {
                return unread(Rejection.of(Reasons.NOT_A_REGULAR_FILE, "a hard link (the file has " + links
                        + " names): hard links are not read, since one can name a file outside the folder; copy or "
                        + "move the file in instead"), meta, 0);
            }
        }
        byte[] payload;
        long size;
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            size = Files.size(file);
            payload = in.readNBytes(settings.maxRawBytes() + 1);
        } catch (IOException e) {
            return unread(Rejection.of(Reasons.UNREADABLE, "cannot read the file: " + e.getMessage()), meta, 0);
        }
        if (payload.length > settings.maxRawBytes()) {
            return unread(Rejection.of(Reasons.TOO_LARGE, "the file has " + size + " bytes; the limit "
                    + "(ingest.max.raw.bytes) is " + settings.maxRawBytes()), meta, size);
        }
        ParseOutcome outcome = parser.parse(payload, meta);
        if (outcome.articles().isEmpty()) {
            return reject(outcome.rejections(), meta, payload);
        }
        // partly bad feeds and batches are published whole: the topology sends their bad items to the DLQ
        CompletableFuture<?> sent = publisher.publish(payload, contentType, origin, name, null, now);
        return new Result(outcome.articles().stream().map(Article::id).toList(), outcome.rejections(), sent);
    }

    /** How many names the file has; 1 where the file system does not tell (no "unix" attribute view). */
    public static long linkCount(Path file) {
        try {
            return ((Number) Files.getAttribute(file, "unix:nlink", LinkOption.NOFOLLOW_LINKS)).longValue();
        } catch (UnsupportedOperationException | IllegalArgumentException | IOException e) {
            return 1;
        }
    }

    /** Nothing of the file was read: the dead letter says its size only. */
    private Result unread(Rejection r, RawMeta meta, long size) {
        return new Result(List.of(), List.of(r), publisher.deadLetter(IngestDeadLetters.unread(r, meta, size)));
    }

    private Result reject(List<Rejection> rejections, RawMeta meta, byte[] payload) {
        CompletableFuture<?>[] sends = rejections.stream()
                .map(r -> publisher.deadLetter(IngestDeadLetters.of(r, meta, payload)))
                .toArray(CompletableFuture[]::new);
        return new Result(List.of(), rejections, CompletableFuture.allOf(sends));
    }
}
