package org.pensionbot.telegram;

import java.util.Objects;
import java.util.Optional;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboard;

/**
 * One message the bot wants a chat to see: HTML text (already escaped) and an optional keyboard.
 *
 * <p>The text may be longer than Telegram allows; {@link Outbox} splits it on line boundaries and
 * puts the keyboard under the last part.
 *
 * @param html text in Telegram's HTML parse mode, every dynamic piece escaped with {@link Html}
 * @param keyboard an inline keyboard, a reply keyboard, or null for none
 * @param followUpEntry for a {@link TextHook}'s reply that stands where an answer would: the FAQ entry the chat goes on
 *     about, which the bot records as the chat's context; empty for every other message (nothing of it is sent)
 */
public record OutgoingMessage(String html, ReplyKeyboard keyboard, Optional<String> followUpEntry) {

    public OutgoingMessage {
        Objects.requireNonNull(html, "html");
        if (html.isBlank()) {
            throw new IllegalArgumentException("Telegram rejects empty messages");
        }
        Objects.requireNonNull(followUpEntry, "followUpEntry");
    }

    public OutgoingMessage(String html, ReplyKeyboard keyboard) {
        this(html, keyboard, Optional.empty());
    }

    public static OutgoingMessage of(String html) {
        return new OutgoingMessage(html, null);
    }
}
