package org.pensionbot.telegram;

import java.time.Duration;

/**
 * Telegram's sending limits as the outbound queue applies them (Bot FAQ: about one message per
 * second in a chat, twenty per minute in a group, thirty per second overall).
 *
 * <p>They are enforced with Bucket4j token buckets: {@link ChatPace} for a chat and a group,
 * {@link GlobalPace} for all chats together. Resilience4j's {@code RateLimiter} was not used
 * because it hands out {@code limitForPeriod} permits at the start of each refresh period, so 30
 * calls at the end of one second and 30 at the start of the next reach Telegram within one second
 * — exactly the burst Telegram answers with 429. A greedily refilled bucket whose capacity plus one
 * window's refill stays within the limit has no such edge. What no rate-limiting library knows is
 * kept in {@link OutboundQueue}: per-chat order (a lane holds back later messages while one is
 * retried) and a {@code retry_after} that pauses every chat. With several instances each paces
 * only its own calls; {@code TELEGRAM_MESSAGES_PER_SECOND} gives each its share.
 *
 * @param perChatInterval the least time between two messages to the same chat
 * @param groupMessages at most this many messages to one group within {@code groupWindow}
 * @param groupWindow see {@code groupMessages}
 * @param globalPerSecond messages per second across all chats
 */
public record SendLimits(Duration perChatInterval, int groupMessages, Duration groupWindow, int globalPerSecond) {

    public static final SendLimits TELEGRAM = new SendLimits(Duration.ofSeconds(1), 20, Duration.ofMinutes(1), 30);

    public SendLimits {
        if (perChatInterval.isNegative() || groupMessages < 1 || groupWindow.isNegative() || globalPerSecond < 1) {
            throw new IllegalArgumentException("send limits must be positive: " + perChatInterval + ", "
                    + groupMessages + "/" + groupWindow + ", " + globalPerSecond + "/s");
        }
    }
}
