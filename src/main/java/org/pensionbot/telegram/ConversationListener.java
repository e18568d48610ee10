package org.pensionbot.telegram;

import org.pensionbot.dialog.Reply;

/**
 * Told about every question answered and every feedback button pressed, for statistics and
 * reminders. The default methods do nothing, so an implementation overrides only what it needs.
 *
 * <p>Privacy: {@link Reply#question()} is already masked; nothing else the user typed is passed
 * on. Shared contacts and non-text messages are never reported.
 *
 * <p>Called on the thread that handles the update, after the reply has been queued: keep it quick
 * and thread-safe. An exception is logged and does not affect the user.
 */
public interface ConversationListener {

    /** A listener that ignores everything. */
    ConversationListener NONE = new ConversationListener() {
    };

    /** The bot replied to a question, a topic button or an answer button. */
    default void onReply(long chatId, long userId, Reply reply) {
    }

    /** The user pressed 👍 ({@code helpful}) or 👎 under the answer for {@code entryId}. */
    default void onFeedback(long chatId, long userId, String entryId, boolean helpful) {
    }
}
