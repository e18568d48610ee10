package org.pensionbot.concurrent;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/** Stopping the bot's thread pools the same way everywhere. */
public final class ThreadPools {

    private ThreadPools() {
    }

    /**
     * Lets {@code pool} finish the tasks it has for up to {@code grace}, then interrupts what is
     * still running. Keeps the caller's interrupt status.
     */
    public static void stop(ExecutorService pool, Duration grace) {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
