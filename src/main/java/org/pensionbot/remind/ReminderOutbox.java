package org.pensionbot.remind;

/**
 * Where the {@link ReminderScheduler} hands reminders for delivery: in production the Telegram
 * channel's rate-limited outbound queue, in tests a recorder.
 *
 * <p>Implementations must queue and return quickly, must not throw, and must keep Telegram's rate
 * limits and retry only what can be retried (429, 5xx, network errors). When Telegram answers
 * 403 (the user blocked the bot) the implementation must not retry and should report it through
 * {@link Reminders#chatBlocked(long)}, so that the chat gets nothing more until the user returns.
 * Thread-safe.
 */
@FunctionalInterface
public interface ReminderOutbox {

    void send(long chatId, ReminderMessage message);
}
