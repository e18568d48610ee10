package org.pensionbot.telegram;

import java.time.Duration;

/**
 * Telegram's sending limits as the outbound queue applies them (Bot FAQ: about one message per
 * second in a chat, twenty per minute in a group, thirty per second overall).
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
