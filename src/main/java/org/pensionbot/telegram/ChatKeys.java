package org.pensionbot.telegram;

import org.telegram.telegrambots.meta.api.objects.Update;

/** Updates of one chat share a key, so they are answered in order; updates without a chat get their own. */
final class ChatKeys {

    private ChatKeys() {
    }

    static long of(Update update) {
        if (update.hasMessage()) {
            return update.getMessage().getChatId();
        }
        if (update.hasCallbackQuery() && update.getCallbackQuery().getMessage() != null) {
            return update.getCallbackQuery().getMessage().getChatId();
        }
        return Long.MIN_VALUE + update.getUpdateId();
    }
}
