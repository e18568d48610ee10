package org.pensionbot.telegram;

import java.util.concurrent.TimeUnit;

/**
 * The global sending pace: grants at least {@code 1/perSecond} apart (plus 3% headroom), so at
 * most {@code perSecond} per second, and a pause for everyone when Telegram answers 429.
 *
 * <p>The spacing is measured between actual grants (the moment {@link #acquire()} returns), not
 * between planned slots, so a thread that wakes late cannot bunch up with the next one: any 31
 * consecutive grants span at least a second. Spacing rather than a burst of thirty and a wait
 * keeps latency even across many chats. Thread-safe; waiting callers sleep outside the lock.
 */
final class RateGate {

    // Telegram counts messages when they arrive; a few milliseconds of network jitter between
    // grant and arrival must not squeeze a 31st message into its second.
    private static final double JITTER_HEADROOM = 1.03;

    private final long intervalNanos;
    private long lastGrant;
    private boolean granted;
    private long pausedUntil;

    RateGate(int perSecond) {
        this.intervalNanos = (long) Math.ceil(TimeUnit.SECONDS.toNanos(1) * JITTER_HEADROOM / perSecond);
    }

    /** Blocks until the caller may send one message. */
    void acquire() throws InterruptedException {
        while (true) {
            long wait;
            synchronized (this) {
                long now = System.nanoTime();
                long earliest = granted ? lastGrant + intervalNanos : now;
                if (pausedUntil - earliest > 0) {
                    earliest = pausedUntil;
                }
                wait = earliest - now;
                if (wait <= 0) {
                    lastGrant = now;
                    granted = true;
                    return;
                }
            }
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }

    /** No grant before {@code nanoTime}. */
    synchronized void pauseUntil(long nanoTime) {
        if (nanoTime - pausedUntil > 0) {
            pausedUntil = nanoTime;
        }
    }
}
