package org.pensionbot.telegram;

import org.pensionbot.dialog.ChoiceId;

/**
 * Handles presses of inline buttons whose {@link ChoiceId} prefix was registered through
 * {@link TelegramExtensions} (for example reminder opt-in buttons). The press has already been
 * acknowledged with {@code answerCallbackQuery} when the handler runs.
 *
 * <p>Called on an update-handling thread; must be thread-safe. An exception is logged.
 */
@FunctionalInterface
public interface ButtonHandler {

    void handle(ButtonPress press, Outbox outbox);

    /** One button press: who pressed it where, and the button's data. */
    record ButtonPress(long chatId, long userId, boolean groupChat, ChoiceId data) {
    }
}
