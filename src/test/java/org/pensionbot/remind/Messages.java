package org.pensionbot.remind;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/** Reads and checks {@link ReminderMessage}s the way Telegram and a reader would see them. */
final class Messages {

    private static final Pattern ALLOWED_TAG = Pattern.compile("</?b>");
    private static final Pattern ENTITY = Pattern.compile("&(amp|lt|gt|quot);");

    private Messages() {
    }

    static List<InlineKeyboardButton> buttons(ReminderMessage message) {
        List<InlineKeyboardButton> buttons = new ArrayList<>();
        if (message.keyboard() != null) {
            for (InlineKeyboardRow row : message.keyboard().getKeyboard()) {
                buttons.addAll(row);
            }
        }
        return buttons;
    }

    static List<String> labels(ReminderMessage message) {
        return buttons(message).stream().map(InlineKeyboardButton::getText).toList();
    }

    static List<String> data(ReminderMessage message) {
        return buttons(message).stream().map(InlineKeyboardButton::getCallbackData).toList();
    }

    /** The data of the button labelled {@code label}; fails when there is none. */
    static String dataOf(ReminderMessage message, String label) {
        return buttons(message).stream().filter(b -> b.getText().equals(label)).findFirst()
                .map(InlineKeyboardButton::getCallbackData)
                .orElseThrow(() -> new AssertionError("no button '" + label + "' in " + labels(message)));
    }

    /** The text a reader sees: tags removed, entities decoded. */
    static String plain(ReminderMessage message) {
        return ALLOWED_TAG.matcher(message.html()).replaceAll("")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
    }

    /** What Telegram would reject: markup other than bold, unescaped specials, data over 64 bytes, too long. */
    static void assertSendable(ReminderMessage message) {
        String withoutTags = ALLOWED_TAG.matcher(message.html()).replaceAll("");
        assertThat(withoutTags).as("stray markup in %s", message.html()).doesNotContain("<", ">");
        assertThat(ENTITY.matcher(withoutTags).replaceAll("")).as("unescaped & in %s", message.html()).doesNotContain("&");
        assertThat(message.html().length()).isBetween(1, 4096);
        for (String data : data(message)) {
            assertThat(data.getBytes(StandardCharsets.UTF_8).length).as("callback_data %s", data).isBetween(1, 64);
        }
    }
}
