package org.pensionbot.telegram;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Per-user flood protection: each user has a Bucket4j token bucket that holds
 * {@code maxPerWindow} messages and refills evenly over {@code window}. A user who empties it gets
 * one polite warning, then is ignored for {@code quiet} (by which time the bucket is full again).
 *
 * <p>Protects the bot's rate budget (every answer costs Telegram sends) from a stuck key, a
 * script, or a user tapping the same button over and over, while a person who types a few
 * messages in a row, or keeps chatting at a steady pace, is never held back. Memory is bounded:
 * past {@value #SWEEP_THRESHOLD} users, those whose bucket is full again are forgotten. Thread-safe.
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
    private final Duration window;
    private final long quietNanos;
    private final LongSupplier nanoClock;
    private final TimeMeter bucketClock;
    private final Map<Long, User> users = new ConcurrentHashMap<>();

    FloodGuard(int maxPerWindow, Duration window, Duration quiet, LongSupplier nanoClock) {
        if (maxPerWindow < 1) {
            throw new IllegalArgumentException("maxPerWindow must be positive (was " + maxPerWindow + ")");
        }
        this.maxPerWindow = maxPerWindow;
        this.window = window;
        this.quietNanos = quiet.toNanos();
        this.nanoClock = nanoClock;
        this.bucketClock = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return nanoClock.getAsLong();
            }

            @Override
            public boolean isWallClockBased() {
                return false;
            }
        };
    }

    Verdict check(long userId) {
        if (users.size() > SWEEP_THRESHOLD) {
            users.values().removeIf(User::isIdle);
        }
        return users.computeIfAbsent(userId, id -> new User(newBucket())).record(nanoClock.getAsLong());
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(maxPerWindow).refillGreedy(maxPerWindow, window))
                .withCustomTimePrecision(bucketClock)
                .build();
    }

    /** One user's bucket, and whether they were warned and are being ignored for a while. */
    private final class User {
        private final Bucket bucket;
        private boolean quiet;
        private long quietUntil;

        User(Bucket bucket) {
            this.bucket = bucket;
        }

        synchronized Verdict record(long now) {
            if (quiet) {
                if (now - quietUntil < 0) {
                    return Verdict.IGNORE;
                }
                quiet = false;
            }
            if (bucket.tryConsume(1)) {
                return Verdict.ALLOW;
            }
            quiet = true;
            quietUntil = now + quietNanos;
            return Verdict.WARN;
        }

        synchronized boolean isIdle() {
            return !quiet && bucket.getAvailableTokens() >= maxPerWindow;
        }
    }
}
