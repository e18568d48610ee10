package org.pensionbot.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * How many messages each client may send: a token bucket per client address that holds
 * {@code perMinute} messages and refills evenly over a minute, so a person may tap a few buttons
 * quickly but a script cannot flood the engine.
 *
 * <p>Why a class of our own: Bucket4j, the usual library for this, is not among the packages this
 * build can reach, and one bucket per key with a lazy refill is all that is needed here. Memory is
 * bounded: past {@link #MAX_CLIENTS} keys, buckets that are full again (idle clients) are dropped.
 * Thread-safe.
 */
final class ClientRateLimit {

    static final int MAX_CLIENTS = 50_000;
    private static final long NANOS_PER_MINUTE = 60_000_000_000L;

    private final int perMinute;
    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    ClientRateLimit(int perMinute, LongSupplier nanoTime) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("perMinute must be at least 1");
        }
        this.perMinute = perMinute;
        this.nanoTime = nanoTime;
    }

    ClientRateLimit(int perMinute) {
        this(perMinute, System::nanoTime);
    }

    /** Takes one message from the client's bucket; false when it is empty (the client must wait). */
    boolean tryAcquire(String client) {
        long now = nanoTime.getAsLong();
        if (buckets.size() >= MAX_CLIENTS) {
            buckets.values().removeIf(bucket -> bucket.isFull(now));
        }
        return buckets.computeIfAbsent(client, key -> new Bucket(perMinute, now)).take(now);
    }

    /** One client's tokens; refilled lazily when asked. */
    private final class Bucket {
        private double tokens;
        private long refilledAt;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.refilledAt = now;
        }

        synchronized boolean take(long now) {
            refill(now);
            if (tokens < 1) {
                return false;
            }
            tokens -= 1;
            return true;
        }

        synchronized boolean isFull(long now) {
            refill(now);
            return tokens >= perMinute;
        }

        private void refill(long now) {
            long elapsed = now - refilledAt;
            if (elapsed > 0) {
                tokens = Math.min(perMinute, tokens + (double) elapsed * perMinute / NANOS_PER_MINUTE);
                refilledAt = now;
            }
        }
    }
}
