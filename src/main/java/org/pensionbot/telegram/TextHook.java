package org.pensionbot.telegram;

import java.util.Optional;

/**
 * Offered the text of a private message before the bot treats it as a question or a command: for
 * an extension that asked the user to type something (a name, for example) and is waiting for it.
 * Registered through {@link TelegramExtensions.Builder#textHook}.
 *
 * <p>Guarantees: only text messages in private chats are offered (never captions, never group
 * messages, where others would see what was typed); commands are offered too, so that a hook can
 * end its wait on one, but a hook should answer only text it asked for and return empty for
 * everything else. Hooks are asked in registration order and the first reply wins: the bot sends
 * it and does nothing else with the text; in particular the text is not a question, so neither the
 * FAQ engine nor the {@link ConversationListener} sees it — though a reply that stands where an answer would names
 * the entry the chat goes on about ({@link OutgoingMessage#followUpEntry}), and the next message is read with it. When
 * every hook returns empty the message is handled as usual.
 *
 * <p>Called on the thread handling the update, for every private text message: keep it quick and
 * thread-safe. An exception is logged and counts as "not mine".
 */
@FunctionalInterface
public interface TextHook {

    /**
     * @param chatId the private chat (the user's id)
     * @param text the message as typed, not trimmed
     * @return the reply if the text was for this hook; empty to let the bot handle it
     */
    Optional<OutgoingMessage> onText(long chatId, String text);
}
