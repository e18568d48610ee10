package org.pensionbot.telegram;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * The first stop of every update: decides whether the bot should react at all, then passes it
 * to the message or button handler.
 *
 * <p>Rules, in order: a button press is always acknowledged ({@code answerCallbackQuery}), so the
 * user's phone stops spinning even if nothing else happens; messages from bots, channel posts,
 * edited messages and other update kinds are ignored (an edited question was already answered
 * once); group messages count only when addressed to the bot; a user over the flood limit gets
 * one "请慢一点" and is then ignored for a while. Thread-safe.
 */
final class UpdateRouter {

    private static final Logger log = LoggerFactory.getLogger(UpdateRouter.class);

    private final MessageHandler messages;
    private final CallbackQueryHandler buttons;
    private final OutboundQueue outbox;
    private final Addressing addressing;
    private final FloodGuard flood;

    UpdateRouter(MessageHandler messages, CallbackQueryHandler buttons, OutboundQueue outbox, Addressing addressing,
                 FloodGuard flood) {
        this.messages = messages;
        this.buttons = buttons;
        this.outbox = outbox;
        this.addressing = addressing;
        this.flood = flood;
    }

    void route(Update update) {
        if (update.hasCallbackQuery()) {
            CallbackQuery query = update.getCallbackQuery();
            outbox.call(AnswerCallbackQuery.builder().callbackQueryId(query.getId()).build());
            // No message: the button belonged to an inline-mode message, which this bot never sends.
            if (query.getMessage() != null && admitted(query.getMessage().getChatId(), query.getFrom())) {
                buttons.handle(query);
            }
        } else if (update.hasMessage()) {
            Message message = update.getMessage();
            if (isFromPerson(message) && addressing.isAddressed(message) && admitted(message.getChatId(), message.getFrom())) {
                messages.handle(message);
            }
        } else {
            log.debug("Ignoring update {} (edited message, channel post or other kind)", update.getUpdateId());
        }
    }

    private static boolean isFromPerson(Message message) {
        return message.getFrom() != null && !Boolean.TRUE.equals(message.getFrom().getIsBot());
    }

    private boolean admitted(long chatId, User user) {
        switch (flood.check(user.getId())) {
            case ALLOW:
                return true;
            case WARN:
                log.info("chat {}: user sends too fast; asked to slow down", LogIds.chat(chatId));
                outbox.send(chatId, OutgoingMessage.of(Html.escape(TelegramPhrases.SLOW_DOWN)));
                return false;
            default:
                return false;
        }
    }
}
