package io.storywire.ingest.load;

import io.storywire.core.config.StorywireConfig;
import io.storywire.ingest.FileIngest;
import io.storywire.ingest.FileTypes;
import io.storywire.ingest.IngestSettings;
import io.storywire.ingest.RawPublisher;
import io.storywire.ingest.parse.Rejection;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
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
        this(IngestSettings.from(cfg), new RawPublisher(cfg), true);
    }

    public BulkLoader(IngestSettings settings, RawPublisher publisher) {
        this(settings, publisher, false);
    }

    private BulkLoader(IngestSettings settings, RawPublisher publisher, boolean ownsPublisher) {
        this.settings = settings;
        this.publisher = publisher;
        this.ownsPublisher = ownsPublisher;
    }

    public LoadSummary load(Path fileOrDir, PrintStream out) {
        List<Path> files = files(fileOrDir);
        FileIngest ingest = new FileIngest(settings, publisher);
        Set<String> seen = new HashSet<>();
        List<String> failures = new ArrayList<>();
        List<CompletableFuture<?>> sends = new ArrayList<>();
        int published = 0;
        int duplicates = 0;
        int failed = 0;
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName("Loading").setInitialMax(files.size())
                .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(out, 100))
                .setUpdateIntervalMillis(200).build()) {
            for (Path file : files) {
                FileIngest.Result r = ingest.ingest(file, "cli");
                sends.add(r.published());
                for (String id : r.articleIds()) {
                    if (seen.add(id)) {
                        published++;
                    } else {
                        duplicates++;
                    }
                }
                for (Rejection rej : r.rejections()) {
                    failed++;
                    failures.add(fileOrDir.relativize(file).toString().replace('\\', '/')
                            .transform(n -> n.isEmpty() ? file.getFileName().toString() : n)
                            + ": " + rej.reason() + ": " + rej.detail());
                }
                bar.step();
            }
        }
        publisher.flush();
        awaitAll(sends, failures);
        LoadSummary summary = new LoadSummary(files.size(), published, duplicates, failed, failures);
        out.println(summary.describe());
        return summary;
    }

    private static void awaitAll(List<CompletableFuture<?>> sends, List<String> failures) {
        try {
            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            failures.add("kafka: not every record was acknowledged: " + e.getMessage());
        }
    }

    private static List<Path> files(Path fileOrDir) {
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
