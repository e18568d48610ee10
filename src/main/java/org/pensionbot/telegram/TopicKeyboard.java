package org.pensionbot.telegram;

import org.pensionbot.dialog.ChoiceId;
import java.util.ArrayList;
import java.util.List;
import org.pensionbot.corpus.Menus;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboard;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.KeyboardRow;

/**
 * The big buttons for the most common needs, shown under the text field after {@code /start}:
 * the {@code start-menu} of the corpus's {@code menus.yml}, so that an admin changes them like
 * any other content and the buttons follow a reload.
 *
 * <p>A tapped reply-keyboard button arrives as an ordinary message with its label as text, so
 * each label maps to the entry it stands for ({@link Menus#entryForLabel}): the user gets exactly
 * that answer rather than whatever retrieval makes of a three-word label. Stateless and thread-safe.
 */
final class TopicKeyboard {

    /** Two a row: wide, easy to hit, and six fit on a small phone screen. */
    private static final int PER_ROW = 2;

    private TopicKeyboard() {
    }

    /** The persistent keyboard that replaces the phone's keyboard area (private chats). */
    static ReplyKeyboardMarkup replyKeyboard(Menus menus) {
        List<KeyboardRow> rows = new ArrayList<>();
        List<String> labels = menus.startMenu().stream().map(Menus.MenuItem::label).toList();
        for (int i = 0; i < labels.size(); i += PER_ROW) {
            rows.add(new KeyboardRow(labels.subList(i, Math.min(i + PER_ROW, labels.size())).toArray(String[]::new)));
        }
        return ReplyKeyboardMarkup.builder()
                .keyboard(rows)
                .resizeKeyboard(true)
                .isPersistent(true)
                .inputFieldPlaceholder(TelegramPhrases.KEYBOARD_PLACEHOLDER)
                .build();
    }

    /**
     * The same topics as inline buttons, for groups: a reply keyboard there would replace every
     * member's keyboard.
     */
    static InlineKeyboardMarkup inlineKeyboard(Menus menus) {
        List<List<InlineKeyboardButton>> rows = new ArrayList<>();
        List<InlineKeyboardButton> row = new ArrayList<>();
        for (Menus.MenuItem item : menus.startMenu()) {
            Buttons.button(item.label(), ChoiceId.of(Buttons.ANSWER, item.entry())).ifPresent(row::add);
            if (row.size() == PER_ROW) {
                rows.add(row);
                row = new ArrayList<>();
            }
        }
        rows.add(row);
        return Buttons.keyboard(rows);
    }

    /** The keyboard for a chat: big reply-keyboard buttons in private chats, inline buttons in groups. */
    static ReplyKeyboard forChat(Menus menus, boolean group) {
        return group ? inlineKeyboard(menus) : replyKeyboard(menus);
    }
}
