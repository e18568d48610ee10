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
 * <p>Why not Resilience4j's {@code Retry} (checked against 2.4.0 for #17): it could compute the
 * waits — an {@code IntervalBiFunction} can read {@code retry_after} from the exception, and
 * {@code IntervalFunction.ofExponentialRandomBackoff} jitters — and {@code decorateCompletionStage}
 * retries on a shared scheduler without holding a thread. It does not fit the queue around it:
 * <ul>
 *   <li>It has one budget of attempts; here 429 waits and failures have separate caps, since a
 *       429 says nothing about the message and must not use up its tries.</li>
 *   <li>It owns the wait and the next try. Here every try goes back through its chat's lane: it
 *       must pass the per-chat, group and global pacing again (Telegram counts failed calls too)
 *       and keep the chat's later messages behind it; and a 429 pauses every chat, not only the
 *       call that got it. Run inside a {@code Retry}, a try would skip all of that or need it
 *       rebuilt around the library's callbacks.</li>
 * </ul>
 * What would be left for the library is the five lines of {@link #backoff}.
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
