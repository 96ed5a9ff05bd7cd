package io.storywire.ingest.load;

import io.storywire.core.config.StorywireConfig;
import io.storywire.ingest.file.FileIngest;
import io.storywire.ingest.file.FileTypes;
import io.storywire.ingest.settings.IngestSettings;
import io.storywire.ingest.publish.RawPublisher;
import io.storywire.ingest.parse.Rejection;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The CLI bulk load: every file of a folder (recursively) or one file (scraped text, JSON, HTML, a feed) is
 * parsed, produced as it is to the raw topic with its headers, counted, and summed up at the end.
 */
public final class BulkLoader implements AutoCloseable {

    private final IngestSettings settings;
    private final RawPublisher publisher;
    private final boolean ownsPublisher;

    public BulkLoader(StorywireConfig cfg) {
        this(IngestSettings.from(cfg), RawPublisher.forBulk(cfg), true);
    }

    public BulkLoader(IngestSettings settings, RawPublisher publisher) {
        this(settings, publisher, false);
    }

    private BulkLoader(IngestSettings settings, RawPublisher publisher, boolean ownsPublisher) {
        this.settings = settings;
        this.publisher = publisher;
        this.ownsPublisher = ownsPublisher;
    }

    /**
     * Loads one file or every file under a folder; prints progress and the summary to {@code out}.
     *
     * @throws UncheckedIOException when the path does not exist or cannot be listed
     */
    public LoadSummary load(Path fileOrDir, PrintStream out) {
        List<Path> files = files(fileOrDir);
        FileIngest ingest = new FileIngest(settings, publisher);
        Set<String> seen = new HashSet<>();
        List<String> failures = new ArrayList<>();
        List<Sent> sends = new ArrayList<>();
        int published = 0;
        int duplicates = 0;
        int failed = 0;
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName("Loading").setInitialMax(files.size())
                .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(out, 100))
                .setUpdateIntervalMillis(200).build()) {
            for (Path file : files) {
                FileIngest.Result r = ingest.ingest(file, "cli");
                int fresh = 0;
                for (String id : r.articleIds()) {
                    if (seen.add(id)) {
                        fresh++;
                    } else {
                        duplicates++;
                    }
                }
                published += fresh;
                sends.add(new Sent(name(fileOrDir, file), fresh, r.published()));
                for (Rejection rej : r.rejections()) {
                    failed++;
                    failures.add(name(fileOrDir, file) + ": " + rej.reason() + ": " + rej.detail());
                }
                bar.step();
            }
        }
        publisher.flush();
        // an article counts as published only once Kafka has acknowledged it
        awaitAll(sends);
        for (Sent sent : sends) {
            String problem = unacknowledged(sent.future());
            if (problem != null) {
                published -= sent.articles();
                failed++;
                failures.add(sent.name() + ": not acknowledged by Kafka: " + problem);
            }
        }
        LoadSummary summary = new LoadSummary(files.size(), published, duplicates, failed, failures);
        out.println(summary.describe());
        return summary;
    }

    private record Sent(String name, int articles, CompletableFuture<?> future) {
    }

    private static String name(Path root, Path file) {
        String relative = root.relativize(file).toString().replace('\\', '/');
        return relative.isEmpty() ? file.getFileName().toString() : relative;
    }

    private static void awaitAll(List<Sent> sends) {
        try {
            CompletableFuture.allOf(sends.stream().map(Sent::future).toArray(CompletableFuture[]::new))
                    .get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            // each send's own outcome is read below
        }
    }

    /** Null when the send was acknowledged, else why not. */
    private static String unacknowledged(CompletableFuture<?> future) {
        if (!future.isDone()) {
            return "no answer within 60 s";
        }
        try {
            future.getNow(null);
            return null;
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            return cause.getMessage();
        }
    }

    private static List<Path> files(Path fileOrDir) {
        if (!Files.exists(fileOrDir, LinkOption.NOFOLLOW_LINKS)) {
            throw new UncheckedIOException(new NoSuchFileException(fileOrDir.toString(), null, "nothing to load"));
        }
        if (!Files.isDirectory(fileOrDir)) {
            return List.of(fileOrDir);
        }
        try (Stream<Path> walk = Files.walk(fileOrDir)) {
            return walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && !FileTypes.ignored(p))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + fileOrDir, e);
        }
    }

    @Override
    public void close() {
        if (ownsPublisher) {
            publisher.close();
        }
    }
}
