package org.pensionbot.telegram;

import java.util.SplittableRandom;
import org.telegram.telegrambots.longpolling.interfaces.BackOff;

/**
 * The wait between failed {@code getUpdates} calls: growing, jittered, reset by a success, and
 * zero once the bot is stopping so that shutdown never sleeps in a backoff.
 *
 * <p>telegrambots sleeps for whatever {@link #nextBackOffMillis()} returns on its polling thread.
 * Thread-safe.
 */
final class PollingBackOff implements BackOff {

    private final RetryPolicy policy;
    private final SplittableRandom random = new SplittableRandom();
    private int failures;
    private volatile boolean stopping;

    PollingBackOff(RetryPolicy policy) {
        this.policy = policy;
    }

    @Override
    public synchronized void reset() {
        failures = 0;
    }

    @Override
    public synchronized long nextBackOffMillis() {
        if (stopping) {
            return 0;
        }
        failures++;
        return policy.backoff(failures, random).toMillis();
    }

    void stop() {
        stopping = true;
    }
}
