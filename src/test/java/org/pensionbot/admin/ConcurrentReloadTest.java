package org.pensionbot.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pensionbot.search.FaqIndex;

/** Reloads from many threads at once run one at a time and leave the newest corpus served. */
class ConcurrentReloadTest {

    private static final int THREADS = 8;
    private static final int EDITS_PER_THREAD = 2;

    @TempDir
    Path temp;

    @Test
    void eightThreadsEditingAndReloadingEndWithTheNewestCorpus() throws Exception {
        Path corpus = CorpusCopy.of(temp);
        LiveIndex live = LiveIndex.load(corpus);
        CorpusReloader reloader = new CorpusReloader(live);
        Path file = CorpusCopy.entry(corpus, "check-result");
        String original = CorpusCopy.read(file);

        Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            pool.execute(() -> {
                try {
                    go.await();
                    for (int edit = 0; edit < EDITS_PER_THREAD; edit++) {
                        CorpusCopy.writeAtomically(file, CorpusCopy.withVariant(original, variant(thread, edit)));
                        if (reloader.reload() == null) {
                            failures.add(new AssertionError("null result"));
                        }
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
        }
        go.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

        assertThat(failures).isEmpty();
        // Whichever write landed last is on disk; the served corpus must be that one.
        String newest = CorpusCopy.read(file).lines().filter(line -> line.startsWith("  - 并发探针"))
                .findFirst().orElseThrow().substring("  - ".length());
        assertThat(live.lastLoad().ok()).isTrue();
        assertThat(live.get().corpus().entry("check-result").orElseThrow().questions())
                .contains(newest)
                .filteredOn(question -> question.startsWith("并发探针")).hasSize(1);
    }

    private static String variant(int thread, int edit) {
        return "并发探针第" + thread + "线程第" + edit + "次";
    }

    @Test
    void reloadsNeverOverlapAndServeCorporaInTheOrderTheyWereRead() throws Exception {
        LiveIndex live = LiveIndex.load(CorpusCopy.REAL_CORPUS);
        FaqIndex index = live.get();
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        AtomicInteger loads = new AtomicInteger();
        List<FaqIndex> built = new ArrayList<>();   // only touched inside loads, which never overlap
        CorpusReloader reloader = new CorpusReloader(live, directory -> {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                Thread.sleep(5);
                FaqIndex next = FaqIndex.build(index.corpus());
                built.add(next);
                loads.incrementAndGet();
                return next;
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            } finally {
                running.decrementAndGet();
            }
        });
        List<FaqIndex> served = new ArrayList<>();
        reloader.addListener(result -> served.add(live.get()));

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<ReloadResult>> results = new ArrayList<>();
        for (int i = 0; i < THREADS * 2; i++) {
            results.add(pool.submit(reloader::reload));
        }
        for (Future<ReloadResult> result : results) {
            assertThat(result.get(30, TimeUnit.SECONDS).ok()).isTrue();
        }
        pool.shutdown();

        assertThat(mostAtOnce.get()).isEqualTo(1);
        assertThat(served).isEqualTo(built);
        assertThat(live.get()).isSameAs(built.get(built.size() - 1));
        assertThat(loads.get()).isBetween(1, THREADS * 2);
    }

    @Test
    void callersWaitingDuringALoadShareOneLaterLoad() throws Exception {
        LiveIndex live = LiveIndex.load(CorpusCopy.REAL_CORPUS);
        FaqIndex index = live.get();
        CountDownLatch firstLoadMayFinish = new CountDownLatch(1);
        AtomicInteger loads = new AtomicInteger();
        CorpusReloader reloader = new CorpusReloader(live, directory -> {
            if (loads.incrementAndGet() == 1) {
                try {
                    firstLoadMayFinish.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }
            return FaqIndex.build(index.corpus());
        });

        ExecutorService pool = Executors.newFixedThreadPool(3);
        Future<ReloadResult> first = pool.submit(reloader::reload);
        Poll.until("the first load runs", () -> loads.get() == 1);
        List<Thread> waiting = new CopyOnWriteArrayList<>();
        Future<ReloadResult> second = pool.submit(() -> {
            waiting.add(Thread.currentThread());
            return reloader.reload();
        });
        Future<ReloadResult> third = pool.submit(() -> {
            waiting.add(Thread.currentThread());
            return reloader.reload();
        });
        Poll.until("two callers wait", () -> waiting.size() == 2
                && waiting.stream().allMatch(thread -> thread.getState() == Thread.State.WAITING));
        firstLoadMayFinish.countDown();

        ReloadResult a = first.get(30, TimeUnit.SECONDS);
        ReloadResult b = second.get(30, TimeUnit.SECONDS);
        ReloadResult c = third.get(30, TimeUnit.SECONDS);
        pool.shutdown();
        // The first load began before the others asked, so they need one more load — but only one.
        assertThat(loads.get()).isEqualTo(2);
        assertThat(b).isSameAs(c).isNotSameAs(a);
    }
}
