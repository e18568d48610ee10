package org.pensionbot.remind;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Chats where the user pressed "其他人" and the bot waits for a typed name, with the month they
 * chose. Kept in memory only: after a restart, or {@link #TIMEOUT} later, the next text is an
 * ordinary question again. Nothing the user types is kept here. Thread-safe.
 */
final class PendingNames {

    static final Duration TIMEOUT = Duration.ofMinutes(15);

    /**
     * What the typed name completes.
     *
     * @param monthArg the month argument of the pressed button ({@code 202611}, or {@code 0} for "不记得了")
     */
    record Pending(String monthArg) {
    }

    private final ExpiringWaits<Pending> waiting;

    PendingNames(Clock clock) {
        this.waiting = new ExpiringWaits<>(clock, TIMEOUT);
    }

    void await(long chatId, String monthArg) {
        waiting.await(Long.toString(chatId), new Pending(monthArg));
    }

    /** The unexpired wait of the chat, left in place. */
    Optional<Pending> peek(long chatId) {
        return waiting.peek(Long.toString(chatId));
    }

    void cancel(long chatId) {
        waiting.cancel(Long.toString(chatId));
    }
}
