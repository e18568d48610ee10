package org.pensionbot.telegram;

import org.pensionbot.dialog.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Calls a {@link ConversationListener} so that its failures never reach the user. */
final class Listeners {

    private static final Logger log = LoggerFactory.getLogger(Listeners.class);

    private Listeners() {
    }

    static void onReply(ConversationListener listener, long chatId, long userId, Reply reply) {
        try {
            listener.onReply(chatId, userId, reply);
        } catch (RuntimeException e) {
            log.warn("Conversation listener failed on a reply in chat {}", LogIds.chat(chatId), e);
        }
    }

    static void onFeedback(ConversationListener listener, long chatId, long userId, String entryId, boolean helpful) {
        try {
            listener.onFeedback(chatId, userId, entryId, helpful);
        } catch (RuntimeException e) {
            log.warn("Conversation listener failed on feedback in chat {}", LogIds.chat(chatId), e);
        }
    }
}
