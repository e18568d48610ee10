package org.pensionbot.telegram;

import io.github.bucket4j.Bucket;
import java.time.Duration;

/**
 * The pace of one chat: Bucket4j buckets for Telegram's one message a second per chat and, for a
 * group, twenty messages a minute.
 *
 * <p>A call is checked before it leaves ({@link #nanosToWait()}) and counted once its answer is
 * back ({@link #sent()}), so the gap between two calls is measured from the moment Telegram had
 * surely seen the first: a slow answer cannot make two messages arrive less than a second apart.
 * This works because a chat's calls go one at a time (its lane in {@link OutboundQueue}); the
 * class is not for concurrent use.
 *
 * <p>The group limit is a sliding one (Telegram does not say how it counts, so any minute must do), and a token
 * bucket lets through at most {@code capacity + refill} messages in any window. To keep that at
 * {@link SendLimits#groupMessages()}, whatever the bucket holds as a burst is taken off its
 * sustained rate: no token bucket, nor several together, can allow all twenty at once and still
 * never more than twenty in any minute. Since a group's messages are a second apart anyway (the
 * per-chat pace), a large burst buys little, while a busy group lives on the sustained rate; so
 * the burst is a tenth of the quota: two messages a second apart, then one every 3.3 seconds
 * (eighteen a minute sustained, twenty in no minute). A quarter (five, then fifteen a minute) took
 * the slowest group answer of the load test from 15 s to 35 s: its groups ask about fourteen
 * questions a minute.
 */
final class ChatPace {

    private static final int GROUP_BURST_DIVISOR = 10;

    /** Null when there is no per-chat interval. */
    private final Bucket perChat;
    /** Null for private chats. */
    private final Bucket perGroup;
    private final long groupCapacity;

    private ChatPace(Bucket perChat, Bucket perGroup, long groupCapacity) {
        this.perChat = perChat;
        this.perGroup = perGroup;
        this.groupCapacity = groupCapacity;
    }

    /** The pace for a chat; Telegram ids tell chats apart: groups have negative ones. */
    static ChatPace of(long chatId, SendLimits limits) {
        Bucket perChat = limits.perChatInterval().isZero() ? null : bucket(1, 1, limits.perChatInterval());
        if (chatId >= 0 || limits.groupWindow().isZero()) {
            return new ChatPace(perChat, null, 0);
        }
        int burst = Math.max(1, limits.groupMessages() / GROUP_BURST_DIVISOR);
        int refill = Math.max(1, limits.groupMessages() - burst);
        return new ChatPace(perChat, bucket(burst, refill, limits.groupWindow()), burst);
    }

    private static Bucket bucket(long capacity, long refill, Duration period) {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(capacity).refillGreedy(refill, period))
                .withNanosecondPrecision()
                .build();
    }

    /** How long until the next message may leave; 0 if it may now. */
    long nanosToWait() {
        return Math.max(wait(perChat), wait(perGroup));
    }

    private static long wait(Bucket bucket) {
        return bucket == null ? 0 : bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
    }

    /** A message reached Telegram (or may have: failed calls count too, as Telegram counts arrivals). */
    void sent() {
        if (perChat != null) {
            perChat.consumeIgnoringRateLimits(1);
        }
        if (perGroup != null) {
            perGroup.consumeIgnoringRateLimits(1);
        }
    }

    /** True once the buckets are full again: forgetting this chat then loses nothing. */
    boolean isRested() {
        return (perChat == null || perChat.getAvailableTokens() >= 1)
                && (perGroup == null || perGroup.getAvailableTokens() >= groupCapacity);
    }
}
