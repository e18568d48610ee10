package org.pensionbot.web;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the page's statistics on one background thread, after the reply has gone out, as the
 * Telegram channel records only after sending: a database write (an fsync on SQLite, a round trip
 * on PostgreSQL) must not add to what a person waits for. Measured here: with synchronous writes,
 * 200 simulated clients queued behind the SQLite write lock. The queue is bounded; past
 * {@link #CAPACITY} waiting events new ones are dropped with a warning rather than let memory
 * grow. {@link #close()} writes what is queued. Thread-safe.
 */
final class StatisticsQueue implements AutoCloseable {

    static final int CAPACITY = 10_000;

    private static final Logger log = LoggerFactory.getLogger(StatisticsQueue.class);

    private final ThreadPoolExecutor writer = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(CAPACITY), task -> {
                Thread thread = new Thread(task, "pension-web-stats");
                thread.setDaemon(true);
                return thread;
            });

    void submit(Runnable write) {
        try {
            writer.execute(write);
        } catch (RejectedExecutionException e) {
            log.warn("Statistics queue full or closed; one web event not recorded");
        }
    }

    /** Writes what is queued (up to a few seconds), then stops. */
    @Override
    public void close() {
        writer.shutdown();
        try {
            if (!writer.awaitTermination(5, TimeUnit.SECONDS)) {
                log.warn("Statistics of {} web events not written at shutdown", writer.getQueue().size());
                writer.shutdownNow();
            }
        } catch (InterruptedException e) {
            writer.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
