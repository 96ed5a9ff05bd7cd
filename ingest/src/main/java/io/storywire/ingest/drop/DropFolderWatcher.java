package io.storywire.ingest.drop;

import io.storywire.ingest.FileIngest;
import io.storywire.ingest.FileTypes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchService;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a folder: every new file in it is ingested, then moved to {@code done/}, or to {@code failed/} beside a
 * {@code <name>.error} file that says why. Only regular files directly in the folder are read; symbolic links
 * are moved to failed/ unread, so the folder cannot be made to read anything outside itself. A file is taken
 * once it has not changed for a short while, so half-copied files are not read.
 */
public final class DropFolderWatcher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DropFolderWatcher.class);
    private static final Duration SETTLE = Duration.ofMillis(300);
    private static final long POLL_MS = 500;

    private final Path root;
    private final Path done;
    private final Path failed;
    private final FileIngest ingest;
    private final Clock clock;
    private volatile boolean running;
    private Thread thread;
    private WatchService watch;

    public DropFolderWatcher(Path root, FileIngest ingest, Clock clock) {
        try {
            Files.createDirectories(root);
            this.root = root.toRealPath();
            this.done = Files.createDirectories(this.root.resolve("done"));
            this.failed = Files.createDirectories(this.root.resolve("failed"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare drop folder " + root, e);
        }
        this.ingest = ingest;
        this.clock = clock;
    }

    public Path root() {
        return root;
    }

    public synchronized void start() {
        if (running) {
            return;
        }
        try {
            watch = root.getFileSystem().newWatchService();
            root.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
        } catch (IOException e) {
            log.warn("drop folder {}: no file events ({}); polling only", root, e.toString());
        }
        running = true;
        thread = new Thread(this::loop, "ingest-drop-folder");
        thread.setDaemon(true);
        thread.start();
        log.info("watching drop folder {}", root);
    }

    private void loop() {
        while (running) {
            try {
                scanOnce();
                if (watch != null) {
                    var key = watch.poll(POLL_MS, TimeUnit.MILLISECONDS);
                    if (key != null) {
                        key.pollEvents();
                        key.reset();
                    }
                } else {
                    Thread.sleep(POLL_MS);
                }
            } catch (InterruptedException | ClosedWatchServiceException e) {
                return;
            } catch (RuntimeException e) {
                log.warn("drop folder {}: {}", root, e.toString());
            }
        }
    }

    /** Ingests every settled file now in the folder; returns how many it handled. */
    public int scanOnce() {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(root)) {
            for (Path p : dir) {
                if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) && !FileTypes.ignored(p) && settled(p)) {
                    files.add(p);
                }
            }
        } catch (IOException e) {
            log.warn("drop folder {} unreadable: {}", root, e.toString());
            return 0;
        }
        files.sort(null);
        files.forEach(this::handle);
        return files.size();
    }

    private boolean settled(Path p) {
        try {
            FileTime modified = Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS);
            return modified.toInstant().plus(SETTLE).isBefore(clock.instant());
        } catch (IOException e) {
            return false; // gone meanwhile
        }
    }

    private void handle(Path file) {
        FileIngest.Result result = ingest.ingest(file, "drop");
        try {
            result.published().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            log.warn("drop folder: {} could not be handed to Kafka; it stays for the next scan: {}", file, e.toString());
            return;
        }
        try {
            if (result.failed()) {
                Path target = move(file, failed);
                Files.writeString(failed.resolve(target.getFileName() + ".error"), result.reasons() + "\n",
                        StandardCharsets.UTF_8);
                log.info("drop folder: {} failed: {}", file.getFileName(), result.reasons());
            } else {
                move(file, done);
                log.info("drop folder: {} ingested: {}", file.getFileName(), result.articleIds());
            }
        } catch (IOException e) {
            log.warn("drop folder: cannot move {}: {}", file, e.toString());
        }
    }

    /** Moves without overwriting: a second "a.txt" becomes "a.<millis>.txt". */
    private Path move(Path file, Path dir) throws IOException {
        String name = file.getFileName().toString();
        Path target = dir.resolve(name);
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            int dot = name.lastIndexOf('.');
            String stamp = "." + clock.millis();
            target = dir.resolve(dot > 0 ? name.substring(0, dot) + stamp + name.substring(dot) : name + stamp);
        }
        return Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
    }

    @Override
    public synchronized void close() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
        try {
            if (watch != null) {
                watch.close();
            }
            if (thread != null) {
                thread.join(5000);
            }
        } catch (IOException | InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
