package org.pensionbot.remind;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
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

    private final ExpiringWaits<List<Choice>> waiting;
    private final Clock clock;

    public ReminderQuestions(Clock clock) {
        this.waiting = new ExpiringWaits<>(clock, TIMEOUT);
        this.clock = clock;
    }

    /** The reminder message the chat was just sent: remembered when it asks for a month or a person, else the wait ends. */
    public void asked(String chatKey, ReminderMessage message) {
        List<Choice> offered = message.choices().stream().flatMap(List::stream).toList();
        if (TypedMonth.offersAMonth(offered) || TypedWhom.offersAPerson(offered)) {
            waiting.await(chatKey, offered);
        } else {
            waiting.cancel(chatKey);
        }
    }

    /** The offered month or person that {@code text} names, when the chat is waiting for one. */
    public Optional<Choice> typedAnswer(String chatKey, String text) {
        return waiting.peek(chatKey).flatMap(offered -> TypedMonth.among(offered, text, CertificationCycle.monthOf(clock.instant()))
                .or(() -> TypedWhom.among(offered, text)));
    }

    /** A relative {@code text} names where names are typed (Telegram's "其他人"), when the chat is waiting for whom. */
    Optional<TypedWhom.SomeoneElse> typedSomeoneElse(String chatKey, String text) {
        return waiting.peek(chatKey).flatMap(offered -> TypedWhom.someoneElse(offered, text));
    }

    public void cancel(String chatKey) {
        waiting.cancel(chatKey);
    }
}
