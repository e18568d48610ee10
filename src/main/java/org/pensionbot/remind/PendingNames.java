package org.pensionbot.remind;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Chats where the user pressed "其他人" and the bot waits for a typed name, with the month they
 * chose. Kept in memory only: after a restart, or {@link #TIMEOUT} later, the next text is an
 * ordinary question again. Nothing the user types is kept here. Thread-safe.
 */
final class PendingNames {

    static final Duration TIMEOUT = Duration.ofMinutes(15);

    /** Above this many waiting chats, expired ones are swept on the next wait. */
    private static final int SWEEP_THRESHOLD = 1_000;

    /**
     * What the typed name completes.
     *
     * @param monthArg the month argument of the pressed button ({@code 202611}, or {@code 0} for "不记得了")
     */
    record Pending(String monthArg, Instant expires) {
    }

    private final Map<Long, Pending> waiting = new ConcurrentHashMap<>();
    private final Clock clock;

    PendingNames(Clock clock) {
        this.clock = clock;
    }

    void await(long chatId, String monthArg) {
        Instant now = clock.instant();
        if (waiting.size() > SWEEP_THRESHOLD) {
            waiting.values().removeIf(p -> !p.expires().isAfter(now));
        }
        waiting.put(chatId, new Pending(monthArg, now.plus(TIMEOUT)));
    }

    /** The unexpired wait of the chat, left in place. */
    Optional<Pending> peek(long chatId) {
        Pending pending = waiting.get(chatId);
        if (pending == null) {
            return Optional.empty();
        }
        if (!pending.expires().isAfter(clock.instant())) {
            waiting.remove(chatId, pending);
            return Optional.empty();
        }
        return Optional.of(pending);
    }

    void cancel(long chatId) {
        waiting.remove(chatId);
    }
}
