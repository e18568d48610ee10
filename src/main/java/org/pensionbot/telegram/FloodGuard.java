package org.pensionbot.telegram;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Per-user flood protection: a user who sends more than {@code maxPerWindow} messages within
 * {@code window} gets one polite warning, then is ignored for {@code quiet}.
 *
 * <p>Protects the bot's rate budget (every answer costs Telegram sends) from a stuck key, a
 * script, or a user tapping the same button over and over. Memory is bounded: users idle for
 * longer than the window are forgotten. Thread-safe.
 */
final class FloodGuard {

    /** What to do with one incoming message. */
    enum Verdict {
        /** Handle it. */
        ALLOW,
        /** Just went over the limit: send the "请慢一点" warning, nothing else. */
        WARN,
        /** Over the limit and already warned: ignore silently. */
        IGNORE
    }

    private static final int SWEEP_THRESHOLD = 10_000;

    private final int maxPerWindow;
    private final long windowNanos;
    private final long quietNanos;
    private final LongSupplier nanoClock;
    private final Map<Long, UserWindow> users = new ConcurrentHashMap<>();

    FloodGuard(int maxPerWindow, Duration window, Duration quiet, LongSupplier nanoClock) {
        if (maxPerWindow < 1) {
            throw new IllegalArgumentException("maxPerWindow must be positive (was " + maxPerWindow + ")");
        }
        this.maxPerWindow = maxPerWindow;
        this.windowNanos = window.toNanos();
        this.quietNanos = quiet.toNanos();
        this.nanoClock = nanoClock;
    }

    Verdict check(long userId) {
        long now = nanoClock.getAsLong();
        if (users.size() > SWEEP_THRESHOLD) {
            users.values().removeIf(user -> user.isIdle(now));
        }
        return users.computeIfAbsent(userId, id -> new UserWindow()).record(now);
    }

    private final class UserWindow {
        private final Deque<Long> times = new ArrayDeque<>();
        private long quietUntil;
        private boolean quiet;

        synchronized Verdict record(long now) {
            if (quiet) {
                if (now - quietUntil < 0) {
                    return Verdict.IGNORE;
                }
                quiet = false;
                times.clear();
            }
            while (!times.isEmpty() && now - times.peekFirst() >= windowNanos) {
                times.pollFirst();
            }
            times.addLast(now);
            if (times.size() > maxPerWindow) {
                quiet = true;
                quietUntil = now + quietNanos;
                return Verdict.WARN;
            }
            return Verdict.ALLOW;
        }

        synchronized boolean isIdle(long now) {
            return !quiet && (times.isEmpty() || now - times.peekLast() >= windowNanos);
        }
    }
}
