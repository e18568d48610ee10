package org.pensionbot.telegram;

import java.util.Objects;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboard;

/**
 * One message the bot wants a chat to see: HTML text (already escaped) and an optional keyboard.
 *
 * <p>The text may be longer than Telegram allows; {@link Outbox} splits it on line boundaries and
 * puts the keyboard under the last part.
 *
 * @param html text in Telegram's HTML parse mode, every dynamic piece escaped with {@link Html}
 * @param keyboard an inline keyboard, a reply keyboard, or null for none
 */
public record OutgoingMessage(String html, ReplyKeyboard keyboard) {

    public OutgoingMessage {
        Objects.requireNonNull(html, "html");
        if (html.isBlank()) {
            throw new IllegalArgumentException("Telegram rejects empty messages");
        }
    }

    public static OutgoingMessage of(String html) {
        return new OutgoingMessage(html, null);
    }
}
