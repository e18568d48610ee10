package org.pensionbot.admin;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for something the watcher thread does in its own time (no Awaitility in this project). */
final class Poll {

    /** Generous: inotify reacts in milliseconds, but a loaded CI machine or a polling JDK does not. */
    static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final long INTERVAL_MILLIS = 20;

    private Poll() {
    }

    static void until(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + TIMEOUT.toSeconds() + " s waiting until " + what);
            }
            pause(Duration.ofMillis(INTERVAL_MILLIS));
        }
    }

    /** Lets the watcher run for a while, to show that something does not happen. */
    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
