package org.pensionbot.telegram;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.KeyboardRow;

/**
 * The big buttons for the most common needs, shown under the text field after {@code /start}.
 *
 * <p>A tapped reply-keyboard button arrives as an ordinary message with its label as text, so
 * each label maps to the entry it stands for: the user gets exactly that answer rather than
 * whatever retrieval makes of a three-word label. Immutable and thread-safe.
 */
public final class TopicKeyboard {

    // Label → entry id. Two per row: wide, easy to hit, and all six fit on a small phone screen.
    private static final Map<String, String> TOPICS = createTopics();

    private TopicKeyboard() {
    }

    /** Button label → the id of the entry it stands for, in keyboard order. */
    public static Map<String, String> topics() {
        return TOPICS;
    }

    private static Map<String, String> createTopics() {
        Map<String, String> topics = new LinkedHashMap<>();
        topics.put("支付宝认证", "alipay-self");
        topics.put("帮老人认证", "for-others");
        topics.put("认证失败", "failure-help");
        topics.put("没认证停发了", "missed-deadline");
        topics.put("多久认证一次", "annual-review");
        topics.put("防骗提醒", "fraud-safety");
        return Collections.unmodifiableMap(topics);
    }

    /** The entry a topic button stands for, when {@code text} is exactly a button label. */
    static Optional<String> entryIdFor(String text) {
        return text == null ? Optional.empty() : Optional.ofNullable(TOPICS.get(text.strip()));
    }

    static List<String> labels() {
        return List.copyOf(TOPICS.keySet());
    }

    /** The persistent keyboard that replaces the phone's keyboard area (private chats). */
    static ReplyKeyboardMarkup replyKeyboard() {
        List<KeyboardRow> rows = new ArrayList<>();
        List<String> labels = labels();
        for (int i = 0; i < labels.size(); i += 2) {
            rows.add(new KeyboardRow(labels.subList(i, Math.min(i + 2, labels.size())).toArray(String[]::new)));
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
    static InlineKeyboardMarkup inlineKeyboard() {
        List<List<InlineKeyboardButton>> rows = new ArrayList<>();
        List<InlineKeyboardButton> row = new ArrayList<>();
        for (Map.Entry<String, String> topic : TOPICS.entrySet()) {
            Buttons.button(topic.getKey(), CallbackData.of(Buttons.ANSWER, topic.getValue())).ifPresent(row::add);
            if (row.size() == 2) {
                rows.add(row);
                row = new ArrayList<>();
            }
        }
        rows.add(row);
        return Buttons.keyboard(rows);
    }
}
