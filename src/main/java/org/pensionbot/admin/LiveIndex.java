package org.pensionbot.admin;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.pensionbot.corpus.CorpusException;
import org.pensionbot.corpus.CorpusLoader;
import org.pensionbot.search.FaqIndex;

/**
 * The index the bot answers from right now, and the record of how it got there. Give it to
 * {@link org.pensionbot.dialog.DialogEngine} as its index supplier; {@link CorpusReloader} swaps
 * a new index in when the corpus changes.
 *
 * <p>Thread-safe. {@link #get()} never returns null and never a half-built index: the index and
 * the load records are replaced together in one atomic step, so a question reads either the old
 * index or the new one, and a question in flight finishes on the index it started with.
 */
public final class LiveIndex implements Supplier<FaqIndex> {

    /** Everything that changes on a load, swapped as one value so readers never see a mix. */
    private record State(FaqIndex index, ReloadResult lastLoad, ReloadResult lastGoodLoad) {
    }

    private final Path directory;
    private final AtomicReference<State> state;

    private LiveIndex(Path directory, FaqIndex index, ReloadResult load) {
        this.directory = directory;
        this.state = new AtomicReference<>(new State(index, load, load));
    }

    /**
     * Loads, validates and indexes the corpus at start-up.
     *
     * @throws CorpusException listing every problem: the bot must not start on a broken corpus,
     *     since there is no previous index to fall back on
     */
    public static LiveIndex load(Path directory) throws CorpusException {
        long start = System.nanoTime();
        FaqIndex.warmUpInBackground();
        FaqIndex index = build(directory);
        return new LiveIndex(directory, index, succeeded(index, start));
    }

    /** The index to answer from now. */
    @Override
    public FaqIndex get() {
        return state.get().index();
    }

    /** The corpus folder this index is loaded from. */
    public Path directory() {
        return directory;
    }

    /** The most recent load attempt, successful or not (the start-up load until a reload runs). */
    public ReloadResult lastLoad() {
        return state.get().lastLoad();
    }

    /** The load that produced the index being served. */
    public ReloadResult lastGoodLoad() {
        return state.get().lastGoodLoad();
    }

    /** The one way an index is made from a folder, shared by start-up and reloads. */
    static FaqIndex build(Path directory) throws CorpusException {
        return FaqIndex.build(CorpusLoader.load(directory));
    }

    static ReloadResult succeeded(FaqIndex index, long startNanos) {
        return new ReloadResult(Instant.now(), since(startNanos), index.corpus().size(), List.of());
    }

    static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    /** Serves {@code next} from now on. Only {@link CorpusReloader} calls this, one load at a time. */
    void swap(FaqIndex next, ReloadResult result) {
        state.set(new State(next, result, result));
    }

    /** Records a rejected load; the current index stays. */
    void reject(ReloadResult result) {
        state.updateAndGet(current -> new State(current.index(), result, current.lastGoodLoad()));
    }
}
