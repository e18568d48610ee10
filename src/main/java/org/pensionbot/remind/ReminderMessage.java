package org.pensionbot.remind;

import java.util.Objects;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;

/**
 * One message for a chat: text in Telegram's HTML parse mode, every piece the user typed already
 * escaped, and an optional inline keyboard whose {@code callback_data} are all at most 64 bytes.
 * Fits one Telegram message (well under 4096 characters). Immutable once built.
 *
 * @param html the text, never blank
 * @param keyboard the buttons under it, or null for none
 */
public record ReminderMessage(String html, InlineKeyboardMarkup keyboard) {

    public ReminderMessage {
        Objects.requireNonNull(html, "html");
        if (html.isBlank()) {
            throw new IllegalArgumentException("Telegram rejects empty messages");
        }
    }
}
