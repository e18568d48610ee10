package org.pensionbot.admin;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.pensionbot.corpus.Corpus;
import org.pensionbot.corpus.CorpusException;
import org.pensionbot.corpus.CorpusProblem;
import org.pensionbot.search.FaqIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reloads the corpus of a {@link LiveIndex}: reads, validates and indexes the folder in the
 * calling thread, then swaps the new index in. A corpus that fails validation is never served:
 * the previous index stays, and the problems are returned, logged and passed to the listeners.
 *
 * <p>Thread-safe. Reloads run one at a time, so two never interleave and an older corpus is never
 * swapped in over a newer one. Callers that were waiting while a reload ran may share the result
 * of a later-started reload instead of loading again, since that load already saw every change
 * made before they asked:
 * <pre>{@code
 * LiveIndex live = LiveIndex.load(corpusDir);
 * CorpusReloader reloader = new CorpusReloader(live);
 * reloader.addListener(result -> { if (!result.ok()) notifyAdmins(result.problems()); });
 * ReloadResult result = reloader.reload();   // e.g. for /reload
 * }</pre>
 */
public final class CorpusReloader {

    private static final Logger log = LoggerFactory.getLogger(CorpusReloader.class);

    /** Makes an index from a corpus folder; a seam for tests that need slow or failing loads. */
    @FunctionalInterface
    interface IndexBuilder {
        FaqIndex build(Path directory) throws CorpusException;
    }

    private final LiveIndex live;
    private final IndexBuilder builder;
    private final List<ReloadListener> listeners = new CopyOnWriteArrayList<>();

    /** Numbers every call to {@link #reload()}, so a waiting caller can tell whether a later load covered it. */
    private final AtomicLong requests = new AtomicLong();
    private final ReentrantLock lock = new ReentrantLock();
    /** Guarded by {@link #lock}: every request numbered up to this was made before a finished load began. */
    private long covered;
    /** Guarded by {@link #lock}: the result of the latest load. */
    private ReloadResult latest;

    public CorpusReloader(LiveIndex live) {
        this(live, LiveIndex::build);
    }

    CorpusReloader(LiveIndex live, IndexBuilder builder) {
        this.live = Objects.requireNonNull(live, "live");
        this.builder = builder;
    }

    /** The index this reloader updates. */
    public LiveIndex index() {
        return live;
    }

    public void addListener(ReloadListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(ReloadListener listener) {
        listeners.remove(listener);
    }

    /**
     * Loads the corpus folder as it is now and serves it if it is valid. Blocks while another
     * reload runs. Never throws: any failure, expected or not, becomes a rejected result.
     *
     * @return the outcome, also recorded as {@link LiveIndex#lastLoad()}
     */
    public ReloadResult reload() {
        long request = requests.incrementAndGet();
        lock.lock();
        try {
            if (covered >= request) {
                // A load that began after this call was made has finished while we waited: it read
                // every change the caller could have meant, so loading again would only repeat it.
                return latest;
            }
            long upTo = requests.get();
            latest = loadAndSwap();
            covered = upTo;
            // Still under the lock, so listeners hear about loads in the order they were served.
            notifyListeners(latest);
            return latest;
        } finally {
            lock.unlock();
        }
    }

    private ReloadResult loadAndSwap() {
        Path directory = live.directory();
        long start = System.nanoTime();
        try {
            FaqIndex next = builder.build(directory);
            ReloadResult result = LiveIndex.succeeded(next, start);
            Corpus previous = live.get().corpus();
            live.swap(next, result);
            log.info("Corpus reloaded from {}: {} entries in {} ms; changed: {}", directory, result.entries(),
                    result.duration().toMillis(), CorpusChanges.between(previous, next.corpus()));
            // Served all the same, but an admin editing while the bot runs sees validate's warnings only here.
            next.corpus().warnings().forEach(warning -> log.warn("  {}", warning));
            return result;
        } catch (CorpusException e) {
            return reject(start, e.problems());
        } catch (RuntimeException e) {
            // A bug in loading or indexing must not take the bot down: the old index is still good.
            log.error("Corpus reload from {} failed unexpectedly", directory, e);
            return reject(start, List.of(new CorpusProblem(directory, 0, "unexpected error while loading: " + e)));
        }
    }

    private ReloadResult reject(long start, List<CorpusProblem> problems) {
        ReloadResult result = new ReloadResult(Instant.now(), LiveIndex.since(start), live.get().corpus().size(), problems);
        live.reject(result);
        log.warn("Corpus reload from {} rejected with {} problem(s); still serving the previous {} entries",
                live.directory(), problems.size(), result.entries());
        problems.forEach(problem -> log.warn("  {}", problem));
        return result;
    }

    private void notifyListeners(ReloadResult result) {
        for (ReloadListener listener : listeners) {
            try {
                listener.onReload(result);
            } catch (RuntimeException e) {
                log.warn("A reload listener failed; the reload itself stands", e);
            }
        }
    }
}
