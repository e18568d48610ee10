package org.pensionbot.web;

import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many messages each client may send: a Bucket4j token bucket per client address that holds
 * {@code perMinute} messages and refills greedily (evenly) over a minute, so a person may tap a few
 * buttons quickly but a script cannot flood the engine.
 *
 * <p>Memory is bounded: past {@link #MAX_CLIENTS} addresses, the buckets that are full again (clients
 * idle for long enough that forgetting them changes nothing) are dropped. Thread-safe.
 */
final class ClientRateLimit {

    static final int MAX_CLIENTS = 50_000;
    private static final Duration REFILL_PERIOD = Duration.ofMinutes(1);

    private final int perMinute;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    ClientRateLimit(int perMinute) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("perMinute must be at least 1");
        }
        this.perMinute = perMinute;
    }

    /** Takes one message from the client's bucket; false when it is empty (the client must wait). */
    boolean tryAcquire(String client) {
        if (buckets.size() >= MAX_CLIENTS) {
            buckets.values().removeIf(bucket -> bucket.getAvailableTokens() >= perMinute);
        }
        return buckets.computeIfAbsent(client, key -> newBucket()).tryConsume(1);
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, REFILL_PERIOD))
                .build();
    }
}
