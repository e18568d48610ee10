package org.pensionbot.telegram;

import java.util.Optional;
import org.pensionbot.dialog.Conversations;
import org.pensionbot.dialog.DialogEngine;
import org.pensionbot.dialog.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboard;

/**
 * Answers one message that is meant for the bot: a command, a question, a tapped topic button,
 * or something that is not text (voice, photo, sticker, a shared contact).
 *
 * <p>The engine decides what to answer; this class only picks the path and hands the result to
 * the renderer and the {@link Outbox}. In a private chat, text an extension is waiting for (see
 * {@link TextHook}) goes to that extension instead. Nothing the user sends is stored: questions
 * reach the {@link ConversationListener} masked, text taken by a hook, contacts and media not at
 * all. Thread-safe.
 */
final class MessageHandler {

    private static final Logger log = LoggerFactory.getLogger(MessageHandler.class);

    private final DialogEngine engine;
    /** What each person said last, for follow-ups and typed numbers; in memory only. */
    private final Conversations conversations;
    private final Outbox outbox;
    private final ReplyRenderer renderer;
    private final Addressing addressing;
    private final TelegramExtensions extensions;

    MessageHandler(DialogEngine engine, Conversations conversations, Outbox outbox, ReplyRenderer renderer, Addressing addressing,
                   TelegramExtensions extensions) {
        this.engine = engine;
        this.conversations = conversations;
        this.outbox = outbox;
        this.renderer = renderer;
        this.addressing = addressing;
        this.extensions = extensions;
    }

    void handle(Message message) {
        long chatId = message.getChatId();
        long userId = message.getFrom().getId();
        boolean group = Addressing.isGroup(message);

        if (message.hasContact()) {
            log.info("chat {}: shared a contact; warned, nothing kept", LogIds.chat(chatId));
            outbox.send(chatId, new OutgoingMessage(Html.escape(TelegramPhrases.CONTACT_WARNING), topics(group)));
            return;
        }
        // A photo with a caption is usually a screenshot with the question written under it.
        String text = message.hasText() ? message.getText() : message.getCaption();
        if (text == null || text.isBlank()) {
            if (isUserContent(message)) {
                log.info("chat {}: sent something that is not text", LogIds.chat(chatId));
                outbox.send(chatId, new OutgoingMessage(Html.escape(TelegramPhrases.NOT_TEXT), topics(group)));
            }
            return;
        }
        if (message.hasText() && isPrivate(message) && offerToTextHooks(chatId, text)) {
            return;
        }
        Optional<SlashCommand> command = message.hasText() ? SlashCommand.parse(text) : Optional.empty();
        if (command.isPresent()) {
            command(command.get(), chatId, userId, group);
        } else {
            ask(addressing.withoutMention(text), chatId, userId, group);
        }
    }

    private void command(SlashCommand command, long chatId, long userId, boolean group) {
        log.info("chat {}: /{}", LogIds.chat(chatId), command.name());
        switch (command.name()) {
            case "start" -> outbox.send(chatId, new OutgoingMessage(Html.escape(withIntroductions(TelegramPhrases.START)), topics(group)));
            case "help" -> help(chatId);
            default -> {
                Optional<TelegramExtensions.RegisteredCommand> registered = extensions.command(command.name());
                if (registered.isPresent()) {
                    registered.get().handler().handle(
                            new CommandHandler.CommandRequest(chatId, userId, group, command.name(), command.arguments()), outbox);
                } else {
                    help(chatId);
                }
            }
        }
    }

    private void ask(String question, long chatId, long userId, boolean group) {
        if (question.isEmpty()) {
            help(chatId);
            return;
        }
        // A topic button sends its label as text; answer the entry it stands for directly.
        Reply reply = engine.corpus().menus().entryForLabel(question)
                .flatMap(engine::answerFor)
                .<Reply>map(answer -> {
                    conversations.remember(chatKey(chatId, userId), answer);
                    return answer;
                })
                .orElseGet(() -> conversations.reply(chatKey(chatId, userId), question));
        outbox.send(chatId, renderer.render(reply));
        log.info("chat {}: {}", LogIds.chat(chatId), reply.action().wireName());
        // Masked, but may still hold names or addresses: only at debug level.
        log.debug("chat {}: asked \"{}\"", LogIds.chat(chatId), reply.question());
        Listeners.onReply(extensions.listener(), chatId, userId, reply);
    }

    /** One conversation per person and chat: in a group, each member's follow-ups go with their own questions. */
    static String chatKey(long chatId, long userId) {
        return chatId + ":" + userId;
    }

    /** True when a {@link TextHook} answered; its reply is queued and the text goes nowhere else. */
    private boolean offerToTextHooks(long chatId, String text) {
        for (TextHook hook : extensions.textHooks()) {
            Optional<OutgoingMessage> reply;
            try {
                reply = hook.onText(chatId, text);
            } catch (RuntimeException e) {
                log.warn("chat {}: a text hook failed; the message is handled as usual", LogIds.chat(chatId), e);
                continue;
            }
            if (reply != null && reply.isPresent()) {
                outbox.send(chatId, reply.get());
                // Hooks see private chats only, where the person is the chat: a follow-up is read with the entry.
                reply.get().followUpEntry().flatMap(engine::answerFor)
                        .ifPresent(answer -> conversations.remember(chatKey(chatId, chatId), answer));
                // Not the text: it was typed for an extension and may be a name.
                log.info("chat {}: text taken by an extension", LogIds.chat(chatId));
                return true;
            }
        }
        return false;
    }

    private void help(long chatId) {
        outbox.send(chatId, OutgoingMessage.of(Html.escape(withIntroductions(TelegramPhrases.HELP))));
    }

    /** The text with a paragraph for each feature that introduces itself (the reminders), before its last paragraph. */
    private String withIntroductions(String text) {
        if (extensions.introductions().isEmpty()) {
            return text;
        }
        String features = String.join("\n\n", extensions.introductions());
        int last = text.strip().lastIndexOf("\n\n");
        return last < 0 ? text.strip() + "\n\n" + features
                : text.substring(0, last) + "\n\n" + features + text.strip().substring(last);
    }

    /** Big reply-keyboard buttons in private chats; inline buttons in groups, where a reply keyboard would cover everyone's. */
    private ReplyKeyboard topics(boolean group) {
        return TopicKeyboard.forChat(engine.corpus().menus(), group);
    }

    private static boolean isPrivate(Message message) {
        return message.getChat() != null && message.getChat().isUserChat();
    }

    /** Something a person sent on purpose, as opposed to a service message (joins, pins, title changes). */
    private static boolean isUserContent(Message m) {
        return m.hasVoice() || m.hasAudio() || m.hasPhoto() || m.hasSticker() || m.hasVideo() || m.hasVideoNote()
                || m.hasDocument() || m.hasLocation() || m.getVenue() != null || m.hasAnimation() || m.hasPoll()
                || m.getDice() != null;
    }
}
