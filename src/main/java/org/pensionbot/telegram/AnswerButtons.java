package org.pensionbot.telegram;

import java.util.List;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;

/**
 * Extra inline buttons under the answer for an FAQ entry, for example "提醒我" under the answers
 * about how to certify. Registered through {@link TelegramExtensions.Builder#answerButtons}; the
 * renderer asks it for every answer, whichever way the answer was reached (a question, a topic or
 * an answer button).
 *
 * <p>Guarantees: each registered hook gets one row of its own, in registration order, below the
 * related questions and above the feedback buttons; an empty list adds no row. A button is left
 * out unless it has a label and either a URL or {@code callback_data} of 1 to 64 bytes. The
 * buttons' presses reach whoever registered their prefix with
 * {@link TelegramExtensions.Builder#button}.
 *
 * <p>Called on the thread handling the update: keep it quick and thread-safe. An exception is
 * logged and the answer goes out without the row.
 */
@FunctionalInterface
public interface AnswerButtons {

    /** The row for the answer to {@code entryId}; empty for none. */
    List<InlineKeyboardButton> forEntry(String entryId);
}
