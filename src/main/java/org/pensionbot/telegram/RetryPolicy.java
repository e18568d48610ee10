package org.pensionbot.telegram;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * How often and how patiently a failed Telegram call is retried.
 *
 * <p>Server errors and network failures wait {@code firstBackoff}, then twice that, and so on up
 * to {@code maxBackoff}, each wait shortened by random jitter (50-100% of the step) so that many
 * chats failing together do not retry in lockstep; after {@code maxAttempts} tries the message
 * is dropped. A 429 waits exactly what Telegram asks ({@code retry_after}, capped at
 * {@code maxRetryAfter}) and may happen {@code maxRateLimitWaits} times.
 *
 * <p>Not Resilience4j's {@code Retry}: it retries by blocking the calling thread (or needs a
 * scheduler per call), whereas a failed message here waits in its chat's lane without holding a
 * sending thread, so that other chats keep being served; and the rule that matters most —
 * wait exactly Telegram's {@code retry_after} — is Telegram-specific. What would be left for the
 * library is the five lines of {@link #backoff}.
 */
public record RetryPolicy(int maxAttempts, Duration firstBackoff, Duration maxBackoff,
                          int maxRateLimitWaits, Duration maxRetryAfter) {

    public static final RetryPolicy DEFAULT =
            new RetryPolicy(5, Duration.ofSeconds(1), Duration.ofSeconds(30), 10, Duration.ofMinutes(5));

    public RetryPolicy {
        if (maxAttempts < 1 || maxRateLimitWaits < 0 || firstBackoff.isNegative() || maxBackoff.compareTo(firstBackoff) < 0) {
            throw new IllegalArgumentException("invalid retry policy: " + maxAttempts + " attempts, backoff "
                    + firstBackoff + ".." + maxBackoff + ", " + maxRateLimitWaits + " rate-limit waits");
        }
    }

    /** The wait before try number {@code failedAttempts + 1}, jittered. */
    Duration backoff(int failedAttempts, RandomGenerator random) {
        long first = firstBackoff.toMillis();
        long step = first << Math.min(Math.max(failedAttempts - 1, 0), 20);
        long capped = Math.min(step, maxBackoff.toMillis());
        long jittered = capped / 2 + (capped <= 1 ? 0 : random.nextLong(capped / 2 + 1));
        return Duration.ofMillis(jittered);
    }

    /** Telegram's {@code retry_after}, capped. */
    Duration retryAfter(Duration requested) {
        return requested.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : requested;
    }
}
