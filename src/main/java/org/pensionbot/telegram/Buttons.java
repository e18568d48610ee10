package org.pensionbot.telegram;

import org.pensionbot.dialog.ChoiceId;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pensionbot.dialog.Choice;
import org.pensionbot.dialog.ChoiceLabels;
import org.pensionbot.dialog.ReplyChoices;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/**
 * Inline buttons: the channel-free {@link Choice}s of {@link ReplyChoices} and of features'
 * dialogs as Telegram buttons (which choices there are is decided there, once for every channel),
 * plus the few Telegram-only buttons (topic buttons in groups).
 *
 * <p>A button whose data would not fit Telegram's 64 bytes is left out (see
 * {@link ChoiceId#encode()}). Stateless and thread-safe.
 */
final class Buttons {

    /** {@code a:<entryId>}: answer this entry. */
    static final String ANSWER = ReplyChoices.ANSWER;
    /** {@code s:<entryId>:<n>}: show step n of the entry, one step per message. */
    static final String STEP = ReplyChoices.STEP;
    /** {@code x:<entryId>:<n>}: the user is stuck at step n. */
    static final String STUCK = ReplyChoices.STUCK;
    /** {@code t:<entryId>}: the entry's tips ("更多提示"), as a message of their own. */
    static final String TIPS = ReplyChoices.TIPS;
    /** {@code f:+:<entryId>} or {@code f:-:<entryId>}: was the answer helpful. */
    static final String FEEDBACK = ReplyChoices.FEEDBACK;
    static final String HELPFUL = ReplyChoices.HELPFUL;
    static final String NOT_HELPFUL = ReplyChoices.NOT_HELPFUL;

    /** The prefixes above; extensions may not register them again. */
    static final List<String> BUILT_IN_PREFIXES = ReplyChoices.BUILT_IN_PREFIXES;

    private Buttons() {
    }

    /** The button for a channel-free choice: its label, its id as {@code callback_data}. */
    static InlineKeyboardButton of(Choice choice) {
        return InlineKeyboardButton.builder().text(choice.label()).callbackData(choice.id()).build();
    }

    /**
     * The keyboard for rows of channel-free choices ({@link ReplyChoices}, a feature's dialog):
     * one inline button per choice, rows kept; null when there are none. Choices Telegram would
     * reject (blank label, id over 64 bytes) are left out.
     */
    static InlineKeyboardMarkup keyboardOf(List<List<Choice>> choices) {
        return keyboard(choices.stream()
                .map(row -> row.stream().map(Buttons::of).filter(Buttons::isSendable).toList())
                .toList());
    }

    /** Any button with the given label and data, for extensions' own prefixes. */
    static Optional<InlineKeyboardButton> button(String label, ChoiceId data) {
        return data.encode().map(encoded -> InlineKeyboardButton.builder().text(label).callbackData(encoded).build());
    }

    /**
     * A button Telegram accepts: a label and either a URL or {@code callback_data} of 1 to
     * {@value ChoiceId#MAX_BYTES} bytes. For buttons made elsewhere (extensions).
     */
    static boolean isSendable(InlineKeyboardButton button) {
        if (button == null || button.getText() == null || button.getText().isBlank()) {
            return false;
        }
        String data = button.getCallbackData();
        if (data != null) {
            int bytes = data.getBytes(StandardCharsets.UTF_8).length;
            return bytes >= 1 && bytes <= ChoiceId.MAX_BYTES;
        }
        return button.getUrl() != null && !button.getUrl().isBlank();
    }

    /** A keyboard from rows, skipping empty ones; null when nothing is left. */
    static InlineKeyboardMarkup keyboard(List<List<InlineKeyboardButton>> rows) {
        List<InlineKeyboardRow> kept = rows.stream()
                .filter(row -> !row.isEmpty())
                .map(InlineKeyboardRow::new)
                .toList();
        return kept.isEmpty() ? null : new InlineKeyboardMarkup(kept);
    }

    /** One line short enough for a phone: the same cut as every channel's choice labels. */
    static String label(String text) {
        return ChoiceLabels.label(text);
    }
}
