package org.pensionbot.remind;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the bot waits for in each chat, for a while: a typed name ({@link PendingNames}), an answer typed
 * instead of tapped ({@link ReminderQuestions}). Kept in memory only; after a restart or the timeout the
 * wait is gone. Thread-safe.
 *
 * @param <V> what the chat's next message would complete
 */
final class ExpiringWaits<V> {

    /** Above this many waiting chats, expired ones are swept on the next wait. */
    private static final int SWEEP_THRESHOLD = 1_000;

    private record Wait<V>(V value, Instant expires) {
    }

    private final Map<String, Wait<V>> waiting = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration timeout;

    ExpiringWaits(Clock clock, Duration timeout) {
        this.clock = clock;
        this.timeout = timeout;
    }

    void await(String chatKey, V value) {
        Instant now = clock.instant();
        if (waiting.size() > SWEEP_THRESHOLD) {
            waiting.values().removeIf(wait -> !wait.expires().isAfter(now));
        }
        waiting.put(chatKey, new Wait<>(value, now.plus(timeout)));
    }

    /** The chat's unexpired wait, left in place. */
    Optional<V> peek(String chatKey) {
        Wait<V> wait = waiting.get(chatKey);
        if (wait == null) {
            return Optional.empty();
        }
        if (!wait.expires().isAfter(clock.instant())) {
            waiting.remove(chatKey, wait);
            return Optional.empty();
        }
        return Optional.of(wait.value());
    }

    void cancel(String chatKey) {
        waiting.remove(chatKey);
    }
}
