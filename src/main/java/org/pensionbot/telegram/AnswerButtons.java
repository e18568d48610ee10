package org.pensionbot.telegram;

import java.util.List;
import org.pensionbot.dialog.Choice;

/**
 * Extra choices under the answer for an FAQ entry, shown as inline buttons, for example "提醒我" under the answers
 * about how to certify. Registered through {@link TelegramExtensions.Builder#answerButtons}; the
 * renderer asks it for every answer, whichever way the answer was reached (a question, a topic or
 * an answer button).
 *
 * <p>Guarantees: each registered hook gets one row of its own, in registration order, below the
 * related questions and above the feedback buttons; an empty list adds no row. A choice is left
 * out unless it has a label and a well-formed {@link org.pensionbot.dialog.ChoiceId}. The
 * buttons' presses reach whoever registered their prefix with
 * {@link TelegramExtensions.Builder#button}.
 *
 * <p>Called on the thread handling the update: keep it quick and thread-safe. An exception is
 * logged and the answer goes out without the row.
 */
@FunctionalInterface
public interface AnswerButtons {

    /** The row for the answer to {@code entryId}; empty for none. */
    List<Choice> forEntry(String entryId);
}
