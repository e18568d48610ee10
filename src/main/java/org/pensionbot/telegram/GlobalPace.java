package org.pensionbot.telegram;

import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The pace of all chats together: at most {@code perSecond} calls in any second as Telegram sees
 * them, and a pause for everyone when Telegram answers 429.
 *
 * <p>Two conditions, both needed:
 * <ul>
 *   <li>Even spacing as calls leave: a Bucket4j bucket of one token that refills greedily every
 *       {@code 1.03/perSecond} s. A token bucket lets through at most {@code capacity + rate × t}
 *       calls in any span {@code t}; with a capacity of one that is {@code 1 + 29.1} for a second,
 *       so never a 31st, and no burst at the edge of a period (the reason Resilience4j's
 *       {@code RateLimiter}, which hands out a whole period's permits at its start, was not used).
 *       Spacing rather than a burst of thirty keeps latency even across many chats.</li>
 *   <li>Counting as Telegram receives them: even spacing is exact only if every call takes equally
 *       long on its way; one held up for a moment arrives right behind the next ones. So a call
 *       also holds one of {@code perSecond} permits from before it leaves until one second after
 *       its answer came back. Telegram saw the call between those two moments, so any two calls it
 *       saw less than a second apart held their permits at the same time. That is a
 *       {@link Semaphore} whose permits come back late, not a rate: no bucket expresses it. The
 *       cost is the answer time: at 100 ms per call, at most 30 calls per 1.1 s.</li>
 * </ul>
 *
 * <p>Thread-safe; waiting callers sleep without holding a lock.
 */
final class GlobalPace {

    // Telegram counts messages when they arrive; a few milliseconds of network jitter between
    // grant and arrival must not squeeze a 31st message into its second.
    static final double JITTER_HEADROOM = 1.03;
    private static final long HOLD_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final Bucket spacing;
    private final Semaphore inFlight;
    // Returns permits on the JDK's shared delay thread: never on a sending thread, which may all be
    // waiting for exactly that permit.
    private final Executor returnLater = CompletableFuture.delayedExecutor(HOLD_NANOS, TimeUnit.NANOSECONDS, Runnable::run);
    private volatile long pausedUntil = System.nanoTime();

    GlobalPace(int perSecond) {
        if (perSecond < 1) {
            throw new IllegalArgumentException("perSecond must be positive (was " + perSecond + ")");
        }
        Duration interval = Duration.ofNanos((long) Math.ceil(TimeUnit.SECONDS.toNanos(1) * JITTER_HEADROOM / perSecond));
        this.spacing = Bucket.builder()
                .addLimit(limit -> limit.capacity(1).refillGreedy(1, interval))
                .withNanosecondPrecision()
                .build();
        this.inFlight = new Semaphore(perSecond, true);
    }

    /**
     * Blocks until the caller may send one call; the caller must {@link #release()} once the call is
     * finished (answered, failed or abandoned).
     */
    void acquire() throws InterruptedException {
        while (true) {
            long paused = pausedUntil - System.nanoTime();
            if (paused > 0) {
                TimeUnit.NANOSECONDS.sleep(paused);
                continue;
            }
            spacing.asBlocking().consume(1);
            if (pausedUntil - System.nanoTime() <= 0) {
                break;
            }
            // A 429 arrived while this call waited for its turn: it waits out the pause too.
        }
        inFlight.acquire();
    }

    /** The call is finished: its permit comes back in a second. */
    void release() {
        returnLater.execute(inFlight::release);
    }

    /** No call leaves before {@code nanoTime} (Telegram's {@code retry_after}). */
    synchronized void pauseUntil(long nanoTime) {
        if (nanoTime - pausedUntil > 0) {
            pausedUntil = nanoTime;
        }
    }
}
