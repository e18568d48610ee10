package org.pensionbot.remind;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.pensionbot.dialog.Choice;

/**
 * Chats (by the channel's key) whose last reminder message asked a question with choices — which month
 * ("上一次认证是哪个月？", a reminder's new month, "this month or last?") or for whom — so that an answer typed
 * instead of tapped ("3月", "去年十二月", "不记得了": {@link TypedMonth}; "我自己", "给我妈": {@link TypedWhom})
 * answers it. Kept in memory only, like {@link PendingNames}: after a restart, any other message or
 * {@link #TIMEOUT}, the next text is an ordinary question again. Thread-safe.
 */
public final class ReminderQuestions {

    static final Duration TIMEOUT = Duration.ofMinutes(15);

    /** Above this many waiting chats, expired ones are swept on the next question. */
    private static final int SWEEP_THRESHOLD = 1_000;

    private record Asked(List<Choice> offered, Instant expires) {
    }

    private final Map<String, Asked> waiting = new ConcurrentHashMap<>();
    private final Clock clock;

    public ReminderQuestions(Clock clock) {
        this.clock = clock;
    }

    /** The reminder message the chat was just sent: remembered when it asks for a month or a person, else the wait ends. */
    public void asked(String chatKey, ReminderMessage message) {
        List<Choice> offered = message.choices().stream().flatMap(List::stream).toList();
        if (!TypedMonth.offersAMonth(offered) && !TypedWhom.offersAPerson(offered)) {
            waiting.remove(chatKey);
            return;
        }
        Instant now = clock.instant();
        if (waiting.size() > SWEEP_THRESHOLD) {
            waiting.values().removeIf(asked -> !asked.expires().isAfter(now));
        }
        waiting.put(chatKey, new Asked(List.copyOf(offered), now.plus(TIMEOUT)));
    }

    /** The offered month or person that {@code text} names, when the chat is waiting for one. */
    public Optional<Choice> typedAnswer(String chatKey, String text) {
        Asked asked = waiting.get(chatKey);
        if (asked == null || !asked.expires().isAfter(clock.instant())) {
            return Optional.empty();
        }
        return TypedMonth.among(asked.offered(), text, CertificationCycle.monthOf(clock.instant()))
                .or(() -> TypedWhom.among(asked.offered(), text));
    }

    public void cancel(String chatKey) {
        waiting.remove(chatKey);
    }
}
