package io.storywire.ingest.drop;

import io.storywire.ingest.file.FileIngest;
import io.storywire.ingest.file.FileTypes;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a folder: every new file in it is ingested, then moved to {@code done/}, or to {@code failed/} beside a
 * {@code <name>.error} file that says why. Only regular files directly in the folder are read, never through a
 * link: symbolic links and hard links (a regular file with more than one name, which could be any file its
 * creator can reach) are moved to failed/ unread. A file is taken only once its size, modification time and link
 * count have not changed for the settle period ({@code ingest.drop.settle.ms}), as the watcher itself observed
 * them, so a file copied slowly or with pauses is not read half-written; files ending in {@code .part} (and the
 * other temporary names of {@link FileTypes#ignored}) are not looked at until renamed.
 */
public final class DropFolderWatcher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DropFolderWatcher.class);
    public static final String SETTLE_KEY = "ingest.drop.settle.ms";
    public static final Duration DEFAULT_SETTLE = settle(io.storywire.core.config.StorywireConfig.defaults().asMap());
    private static final long POLL_MS = 500;

    private final Path root;
    private final Path done;
    private final Path failed;
    private final FileIngest ingest;
    private final Clock clock;
    private final Duration settle;
    /** What each file looked like when first seen in its current state, and since when. */
    private final Map<Path, Seen> seen = new HashMap<>();
    private volatile boolean running;
    private Thread thread;
    private WatchService watch;

    private record Seen(long size, FileTime modified, long links, Instant since) {
        boolean sameState(Seen other) {
            return size == other.size && modified.equals(other.modified) && links == other.links;
        }
    }

    public DropFolderWatcher(Path root, FileIngest ingest, Clock clock) {
        this(root, ingest, clock, DEFAULT_SETTLE);
    }

    public DropFolderWatcher(Path root, FileIngest ingest, Clock clock, Duration settle) {
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
        this.settle = settle;
    }

    /** {@code ingest.drop.settle.ms} of a complete config. */
    public static Duration settle(Map<String, String> config) {
        return Duration.ofMillis(Long.parseLong(config.get(SETTLE_KEY).trim()));
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

    /**
     * Ingests every settled file now in the folder and refuses every symbolic link; returns how many it handled.
     * A file seen for the first time, or changed since the last scan, is only noted: it is taken by a later scan
     * once it has stayed the same for the settle period.
     */
    public int scanOnce() {
        synchronized (seen) { // the watcher's thread and a caller (tests) may scan at once
            return scan();
        }
    }

    private int scan() {
        List<Path> files = new ArrayList<>();
        Set<Path> present = new HashSet<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(root)) {
            for (Path p : dir) {
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) || FileTypes.ignored(p)) {
                    continue;
                }
                present.add(p);
                // a symbolic link is refused at once: nothing is read through it, so there is nothing to wait for
                if (Files.isSymbolicLink(p) || settled(p)) {
                    files.add(p);
                }
            }
        } catch (IOException e) {
            log.warn("drop folder {} unreadable: {}", root, e.toString());
            return 0;
        }
        seen.keySet().retainAll(present);
        files.sort(null);
        files.forEach(this::handle);
        return files.size();
    }

    /** True once the file's size, modification time and link count have not changed for the settle period. */
    private boolean settled(Path p) {
        Seen now;
        try {
            now = new Seen(Files.size(p), Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS),
                    FileIngest.linkCount(p), clock.instant());
        } catch (IOException e) {
            seen.remove(p);
            return false; // gone meanwhile
        }
        Seen before = seen.get(p);
        if (before == null || !before.sameState(now)) {
            seen.put(p, now);
            return false;
        }
        return !now.since().isBefore(before.since().plus(settle));
    }

    private void handle(Path file) {
        seen.remove(file);
        FileIngest.Result result = ingest.ingest(file, "drop", true);
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
