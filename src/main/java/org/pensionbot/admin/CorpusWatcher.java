package org.pensionbot.admin;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.pensionbot.corpus.CorpusLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reloads the corpus when an admin edits it. Watches the corpus folder and its {@code entries/}
 * subfolder on one daemon thread and, once the changes have gone quiet for the quiet period
 * (editors write a file in several steps; a {@code git pull} touches many files), asks the
 * {@link CorpusReloader} to reload.
 *
 * <p>Only files the loader reads count ({@code entries/*.md}, {@code synonyms.txt},
 * {@code out-of-scope.yml}, {@code menus.yml}, {@code scam-examples.tsv}), so editor swap and
 * backup files and {@code tests.tsv} do not cause reloads.
 *
 * <p>Survives the folder being replaced (deleted and copied anew, renamed over, or a symlink
 * switched): it notices that the path now leads to another folder, watches that one and reloads.
 * While the folder or its {@code entries/} is missing it does not try to load — that could only
 * fail — and keeps serving the last good index until the folder is back.
 *
 * <p>Thread-safe; {@link #close()} stops the thread. On Linux changes are seen at once; where the
 * JDK polls for changes (macOS) they may take some seconds to be noticed.
 */
public final class CorpusWatcher implements Closeable {

    /** Long enough to cover one save by an editor, short enough that admins see the change at once. */
    public static final Duration DEFAULT_QUIET_PERIOD = Duration.ofMillis(300);
    /** A burst that never goes quiet (a tool rewriting files for minutes) still reloads this often. */
    static final Duration MAX_DELAY = Duration.ofSeconds(5);
    /** How often the watched folders are checked for having been replaced, deleted or restored. */
    static final Duration RECHECK_PERIOD = Duration.ofSeconds(1);
    static final String THREAD_NAME = "pension-bot-corpus-watcher";
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(5);

    private static final Logger log = LoggerFactory.getLogger(CorpusWatcher.class);

    private final CorpusReloader reloader;
    private final Path directory;
    private final long quietNanos;
    private final WatchService watchService;
    private final Folder corpusFolder;
    private final Folder entriesFolder;
    private final List<Folder> folders = new ArrayList<>();
    private final Thread thread;
    private volatile boolean closed;

    // Touched only by the watcher thread (and by start() before the thread starts).
    private boolean pending;
    private long firstChange;
    private long lastChange;
    private boolean reportedMissing;

    /** One watched folder; which path it is, what it is now, and which of its events count. */
    private static final class Folder {
        final Path path;
        final Predicate<String> relevant;
        WatchKey key;
        /** The folder the path led to when last registered (its file key), or null when missing. */
        Object identity;
        String lastError;

        Folder(Path path, Predicate<String> relevant) {
            this.path = path;
            this.relevant = relevant;
        }
    }

    private CorpusWatcher(CorpusReloader reloader, Duration quietPeriod, WatchService watchService) {
        this.reloader = reloader;
        this.directory = reloader.index().directory().toAbsolutePath().normalize();
        this.quietNanos = quietPeriod.toNanos();
        this.watchService = watchService;
        Set<String> corpusFiles = Set.of(CorpusLoader.ENTRIES_DIR, CorpusLoader.SYNONYMS_FILE,
                CorpusLoader.OUT_OF_SCOPE_FILE, CorpusLoader.MENUS_FILE, CorpusLoader.SCAM_EXAMPLES_FILE);
        this.corpusFolder = new Folder(directory, corpusFiles::contains);
        this.entriesFolder = new Folder(directory.resolve(CorpusLoader.ENTRIES_DIR), name -> name.endsWith(".md"));
        folders.add(corpusFolder);
        folders.add(entriesFolder);
        Path parent = directory.getParent();
        if (parent != null) {
            // The parent sees the corpus folder itself being renamed, replaced or deleted.
            String name = directory.getFileName().toString();
            folders.add(new Folder(parent, name::equals));
        }
        this.thread = new Thread(this::run, THREAD_NAME);
        thread.setDaemon(true);
    }

    /** Starts watching the reloader's corpus folder with the {@link #DEFAULT_QUIET_PERIOD}. */
    public static CorpusWatcher start(CorpusReloader reloader) throws IOException {
        return start(reloader, DEFAULT_QUIET_PERIOD);
    }

    /**
     * Starts watching with the {@link #DEFAULT_QUIET_PERIOD}, or, when the operating system
     * refuses a watch service, logs why and what still works, and returns null (which
     * try-with-resources accepts): hot reload is a convenience, never a reason not to start.
     *
     * @param withoutWatching how edits reach this process without a watcher, for the log line
     */
    public static CorpusWatcher startOrWarn(CorpusReloader reloader, String withoutWatching) {
        try {
            return start(reloader);
        } catch (IOException e) {
            log.warn("Cannot watch the corpus folder ({}); {}", e.getMessage(), withoutWatching);
            return null;
        }
    }

    /**
     * Starts watching the reloader's corpus folder. Edits made after this returns are seen.
     *
     * @param quietPeriod how long no relevant change must arrive before reloading; positive and at
     *     most 5 seconds
     * @throws IOException when the operating system refuses a watch service (for example too many
     *     inotify instances); the bot can still run, reloading only on {@code /reload}
     */
    public static CorpusWatcher start(CorpusReloader reloader, Duration quietPeriod) throws IOException {
        Objects.requireNonNull(reloader, "reloader");
        if (quietPeriod.isNegative() || quietPeriod.isZero() || quietPeriod.compareTo(MAX_DELAY) > 0) {
            throw new IllegalArgumentException("quietPeriod must be positive and at most " + MAX_DELAY + " (was " + quietPeriod + ")");
        }
        Path directory = reloader.index().directory();
        CorpusWatcher watcher = new CorpusWatcher(reloader, quietPeriod, directory.getFileSystem().newWatchService());
        watcher.register();
        // Changes before start are not ours to report: the index was just loaded.
        watcher.pending = false;
        watcher.thread.start();
        log.info("Watching {} for corpus edits", watcher.directory);
        return watcher;
    }

    /** Stops watching; a reload already running finishes first. Idempotent. */
    @Override
    public void close() {
        closed = true;
        try {
            // Wakes the thread out of poll() with ClosedWatchServiceException. No interrupt: it would
            // abort file reads of a reload in progress (interruptible channels) and fail that reload.
            watchService.close();
        } catch (IOException e) {
            log.debug("Closing the watch service failed", e);
        }
        if (Thread.currentThread() != thread && thread.isAlive()) {
            try {
                thread.join(CLOSE_TIMEOUT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** True while the watcher thread runs (for tests). */
    boolean running() {
        return thread.isAlive();
    }

    private void run() {
        while (!closed) {
            try {
                step();
            } catch (ClosedWatchServiceException e) {
                break;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (RuntimeException e) {
                // The watcher is how edits reach users; a surprise must not end it.
                log.error("Corpus watcher error; watching on", e);
                sleep(RECHECK_PERIOD);
            }
        }
        log.debug("Stopped watching {}", directory);
    }

    /** One turn: keep registrations current, reload if a burst has gone quiet, else wait for events. */
    private void step() throws InterruptedException {
        register();
        boolean present = corpusFolder.key != null && entriesFolder.key != null;
        if (!present) {
            pending = false;
            if (!reportedMissing) {
                log.warn("Corpus folder {} or its {}/ is missing; still serving the last good corpus until it is back",
                        directory, CorpusLoader.ENTRIES_DIR);
                reportedMissing = true;
            }
        } else if (reportedMissing) {
            log.info("Corpus folder {} is back", directory);
            reportedMissing = false;
        }

        long waitNanos = RECHECK_PERIOD.toNanos();
        if (pending) {
            long due = Math.min(lastChange + quietNanos, firstChange + MAX_DELAY.toNanos());
            waitNanos = Math.min(waitNanos, due - System.nanoTime());
            if (waitNanos <= 0) {
                pending = false;
                reloader.reload();
                return;
            }
        }
        WatchKey key = watchService.poll(waitNanos, TimeUnit.NANOSECONDS);
        while (key != null) {
            if (hasRelevantEvent(key)) {
                changed();
            }
            key = watchService.poll();
        }
    }

    private void changed() {
        long now = System.nanoTime();
        if (!pending) {
            pending = true;
            firstChange = now;
        }
        lastChange = now;
    }

    private boolean hasRelevantEvent(WatchKey key) {
        Folder folder = folders.stream().filter(f -> f.key == key).findFirst().orElse(null);
        boolean relevant = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) {
                relevant = true;   // events were lost: anything may have changed
            } else if (folder != null && event.context() instanceof Path name && folder.relevant.test(name.toString())) {
                relevant = true;
            }
        }
        // A key that cannot be reset lost its folder; register() notices on the next turn.
        key.reset();
        return relevant && folder != null;
    }

    /**
     * Makes every watch follow the folder its path leads to now. A folder that appeared, vanished
     * or was swapped for another counts as a change: its files may differ and no event said so.
     */
    private void register() {
        for (Folder folder : folders) {
            Object identity = identityOf(folder.path);
            boolean watching = folder.key != null && folder.key.isValid();
            if (Objects.equals(identity, folder.identity) && (identity == null || watching)) {
                continue;
            }
            Object before = folder.identity;
            if (folder.key != null) {
                folder.key.cancel();
                folder.key = null;
            }
            if (identity != null) {
                try {
                    folder.key = folder.path.register(watchService, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY);
                    folder.lastError = null;
                } catch (IOException e) {
                    // Gone again already, or refused (inotify watch limit): try again on the next turn.
                    identity = null;
                    if (!Objects.equals(e.toString(), folder.lastError)) {
                        log.warn("Cannot watch {}: {}", folder.path, e.toString());
                        folder.lastError = e.toString();
                    }
                }
            }
            folder.identity = identity;
            if (identity != null || before != null) {
                changed();
            }
        }
    }

    /** What the path leads to now: a folder's file key (inode), or null when it is not a folder. */
    private static Object identityOf(Path path) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            if (!attributes.isDirectory()) {
                return null;
            }
            // File systems without file keys only tell present from missing; the parent watch still sees swaps.
            return attributes.fileKey() != null ? attributes.fileKey() : Boolean.TRUE;
        } catch (IOException e) {
            return null;
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
