package org.pensionbot.telegram;

import org.pensionbot.dialog.ChoiceId;
import java.util.List;
import java.util.Optional;
import org.pensionbot.dialog.Conversations;
import org.pensionbot.dialog.DialogEngine;
import org.pensionbot.dialog.ReplyChoices;
import org.pensionbot.dialog.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;

/**
 * Acts on a pressed inline button: the conversation's own choices (answer an entry, its tips, a
 * step, help for a stuck user, feedback) go to {@link Conversations#tap}, which decides what to say
 * and keeps the chat's context; other prefixes go to the extension that registered them. This
 * class only renders and sends.
 *
 * <p>Buttons carry all their state in {@link ChoiceId}, so a press is understood even after a
 * restart or a corpus reload; a button whose entry no longer exists gets a friendly "expired"
 * reply with the topic buttons. The press itself has been acknowledged by the router before this
 * runs. Thread-safe.
 */
final class CallbackQueryHandler {

    private static final Logger log = LoggerFactory.getLogger(CallbackQueryHandler.class);

    private final DialogEngine engine;
    private final Conversations conversations;
    private final Outbox outbox;
    private final ReplyRenderer renderer;
    private final TelegramExtensions extensions;

    CallbackQueryHandler(DialogEngine engine, Conversations conversations, Outbox outbox, ReplyRenderer renderer,
                         TelegramExtensions extensions) {
        this.engine = engine;
        this.conversations = conversations;
        this.outbox = outbox;
        this.renderer = renderer;
        this.extensions = extensions;
    }

    void handle(CallbackQuery query) {
        MaybeInaccessibleMessage message = query.getMessage();
        long chatId = message.getChatId();
        long userId = query.getFrom().getId();
        boolean group = message.getChat() != null && (message.getChat().isGroupChat() || message.getChat().isSuperGroupChat());

        Optional<ChoiceId> parsed = ChoiceId.parse(query.getData());
        if (parsed.isEmpty()) {
            expired(chatId, group);
            return;
        }
        ChoiceId data = parsed.get();
        log.info("chat {}: button {}", LogIds.chat(chatId), data.encode().orElse(data.prefix()));
        // The conversation's own choices (answers, tips, steps, feedback) update its context as typing would.
        List<Reply> replies = conversations.tap(MessageHandler.chatKey(chatId, userId), query.getData());
        if (replies.isEmpty()) {
            extensions.button(data.prefix()).ifPresentOrElse(
                    handler -> handler.handle(new ButtonHandler.ButtonPress(chatId, userId, group, data), outbox),
                    () -> expired(chatId, group));
            return;
        }
        for (Reply reply : replies) {
            if (reply instanceof Reply.SmallTalk smallTalk && smallTalk.kind() == Reply.SmallTalkKind.EXPIRED_CHOICE) {
                expired(chatId, group);
                return;
            }
            // A rating is recorded before it is thanked for; an answer is recorded after it is sent.
            if (reply instanceof Reply.Feedback feedback) {
                Listeners.onFeedback(extensions.listener(), chatId, userId, feedback.entryId(), feedback.helpful());
            }
            outbox.send(chatId, renderer.render(reply));
            if (reply instanceof Reply.Answer answer && data.prefix().equals(ReplyChoices.ANSWER)) {
                Listeners.onReply(extensions.listener(), chatId, userId, answer);
            }
        }
    }

    private void expired(long chatId, boolean group) {
        outbox.send(chatId, new OutgoingMessage(Html.escape(TelegramPhrases.EXPIRED_BUTTON),
                TopicKeyboard.forChat(engine.corpus().menus(), group)));
    }
}
