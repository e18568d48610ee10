package org.pensionbot.remind;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import org.pensionbot.remind.CertificationCycle.Stage;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/**
 * The reminder buttons and their {@code callback_data}: {@code r:<action>[:<arg>...]}, with ids,
 * months and one-letter codes only, never text, so every button fits Telegram's 64 bytes (the
 * longest, {@code r:e:<13 base-36 digits>:202611}, has 24). Stateless and thread-safe.
 *
 * <pre>
 * r:n                 set up a new reminder ("提醒我")       r:l          list the chat's reminders
 * r:m:202611 | r:m:0  last certified in that month | 不记得了   r:c:&lt;id&gt;     change a reminder's month
 * r:w:202611:m        for whom: s 我自己, m 妈妈, f 爸爸,      r:e:&lt;id&gt;:202611  its new month
 *                     p 老伴, o someone else (typed)          r:d:&lt;id&gt; / r:dy:&lt;id&gt;  delete? / yes
 * r:ok:&lt;id&gt;           "我已认证" under a reminder            r:x / r:xy   turn all off? / yes
 * </pre>
 */
final class ReminderButtons {

    /** The prefix the Telegram channel routes to {@link ReminderConversation#onButton}. */
    static final String PREFIX = "r";

    static final String NEW = "n";
    static final String MONTH = "m";
    static final String WHOM = "w";
    static final String LIST = "l";
    static final String CHANGE = "c";
    static final String CHANGE_MONTH = "e";
    static final String DELETE = "d";
    static final String DELETE_YES = "dy";
    static final String CONFIRMED = "ok";
    static final String OFF = "x";
    static final String OFF_YES = "xy";

    /** The month argument of "不记得了": count from the month the button is pressed. */
    static final String UNKNOWN_MONTH = "0";

    static final String WHOM_SELF = "s";
    static final String WHOM_OTHER = "o";
    /** Preset relatives, in button order. */
    static final Map<String, String> PRESETS = Map.of("m", "妈妈", "f", "爸爸", "p", "老伴");
    private static final List<String> PRESET_ORDER = List.of("m", "f", "p");

    /**
     * The how-to entries, as the Telegram channel's answer buttons ({@code a:<entry id>}): the
     * channel answers them like any topic button.
     */
    static final String HOW_TO_SELF = "a:alipay-self";
    static final String HOW_TO_OTHERS = "a:for-others";

    static final int MAX_BYTES = 64;
    private static final int MONTHS_OFFERED = 12;
    private static final int MONTHS_PER_ROW = 3;

    private ReminderButtons() {
    }

    static String data(String action, String... args) {
        StringBuilder data = new StringBuilder(PREFIX).append(':').append(action);
        for (String arg : args) {
            data.append(':').append(arg);
        }
        return data.toString();
    }

    /** A button; data that could not fit Telegram's limit is a bug, not a user error. */
    static InlineKeyboardButton button(String label, String data) {
        if (data.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES || data.isEmpty()) {
            throw new IllegalStateException("callback_data must be 1-64 bytes: " + data);
        }
        return InlineKeyboardButton.builder().text(label).callbackData(data).build();
    }

    static InlineKeyboardMarkup keyboard(List<List<InlineKeyboardButton>> rows) {
        List<InlineKeyboardRow> kept = rows.stream().filter(row -> !row.isEmpty()).map(InlineKeyboardRow::new).toList();
        return kept.isEmpty() ? null : new InlineKeyboardMarkup(kept);
    }

    /**
     * The twelve months up to {@code current}, newest first, three to a row, then "不记得了":
     * whoever certified earlier than that is due now, which is what "不记得了" advises anyway.
     */
    static List<List<InlineKeyboardButton>> months(YearMonth current, Function<String, String> dataForMonth) {
        List<List<InlineKeyboardButton>> rows = new ArrayList<>();
        List<InlineKeyboardButton> row = new ArrayList<>();
        for (int back = 0; back < MONTHS_OFFERED; back++) {
            YearMonth month = current.minusMonths(back);
            row.add(button(ReminderTexts.shortMonth(month), dataForMonth.apply(monthArg(month))));
            if (row.size() == MONTHS_PER_ROW) {
                rows.add(row);
                row = new ArrayList<>();
            }
        }
        rows.add(row);
        rows.add(List.of(button(ReminderTexts.DONT_REMEMBER, dataForMonth.apply(UNKNOWN_MONTH))));
        return rows;
    }

    /** 我自己 / 妈妈 爸爸 老伴 / 其他人. */
    static List<List<InlineKeyboardButton>> whom(String monthArg) {
        List<InlineKeyboardButton> presets = new ArrayList<>();
        for (String code : PRESET_ORDER) {
            presets.add(button(PRESETS.get(code), data(WHOM, monthArg, code)));
        }
        return List.of(
                List.of(button(Recipient.SELF_LABEL, data(WHOM, monthArg, WHOM_SELF))),
                presets,
                List.of(button(ReminderTexts.SOMEONE_ELSE, data(WHOM, monthArg, WHOM_OTHER))));
    }

    static List<InlineKeyboardButton> howTo(Recipient recipient) {
        return List.of(recipient.self()
                ? button(ReminderTexts.HOW_TO_SELF_BUTTON, HOW_TO_SELF)
                : button(ReminderTexts.HOW_TO_OTHERS_BUTTON, HOW_TO_OTHERS));
    }

    static List<InlineKeyboardButton> showList() {
        return List.of(button(ReminderTexts.LIST_BUTTON, data(LIST)));
    }

    /** Change and delete per reminder, then "再加一个" (while there is room) and "全部关闭". */
    static List<List<InlineKeyboardButton>> list(List<Reminder> reminders) {
        List<List<InlineKeyboardButton>> rows = new ArrayList<>();
        for (Reminder reminder : reminders) {
            String id = idArg(reminder.id());
            rows.add(List.of(
                    button(ReminderTexts.buttonLabel("修改", reminder.recipient()), data(CHANGE, id)),
                    button(ReminderTexts.buttonLabel("删除", reminder.recipient()), data(DELETE, id))));
        }
        List<InlineKeyboardButton> last = new ArrayList<>();
        if (reminders.size() < ReminderStore.MAX_PER_CHAT) {
            last.add(button(ReminderTexts.ADD_BUTTON, data(NEW)));
        }
        last.add(button(ReminderTexts.OFF_BUTTON, data(OFF)));
        rows.add(last);
        return rows;
    }

    /** After saving: the how-to first when certifying soon is the advice, then the way to the list. */
    static List<List<InlineKeyboardButton>> afterSaving(Reminder reminder, boolean unknownMonth) {
        List<List<InlineKeyboardButton>> rows = new ArrayList<>();
        if (unknownMonth || reminder.stage() != Stage.FIRST) {
            rows.add(howTo(reminder.recipient()));
        }
        rows.add(showList());
        return rows;
    }

    /** A confirmation: do it, or back to the list. */
    static List<List<InlineKeyboardButton>> yesOrBackToList(String yesLabel, String yesData, String noLabel) {
        return List.of(List.of(button(yesLabel, yesData), button(noLabel, data(LIST))));
    }

    static String monthArg(YearMonth month) {
        return Integer.toString(ReminderStore.toColumn(month));
    }

    /** A month argument ({@code 202611}), or empty for anything else, "不记得了" included. */
    static Optional<YearMonth> parseMonth(String arg) {
        if (arg == null || !arg.matches("[0-9]{6}")) {
            return Optional.empty();
        }
        int value = Integer.parseInt(arg);
        int month = value % 100;
        return month >= 1 && month <= 12 ? Optional.of(ReminderStore.fromColumn(value)) : Optional.empty();
    }

    static String idArg(long id) {
        return Long.toString(id, Character.MAX_RADIX);
    }

    static OptionalLong parseId(String arg) {
        if (arg == null || arg.isEmpty() || arg.length() > 13) {
            return OptionalLong.empty();
        }
        try {
            long id = Long.parseLong(arg, Character.MAX_RADIX);
            return id > 0 ? OptionalLong.of(id) : OptionalLong.empty();
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /**
     * A pressed reminder button.
     *
     * @param action the part after {@code r:}
     * @param args the rest, possibly none
     */
    record Press(String action, List<String> args) {

        /** Empty for data that is not a reminder button (another prefix, blank, too long). */
        static Optional<Press> parse(String data) {
            if (data == null || data.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
                return Optional.empty();
            }
            String[] parts = data.split(":", -1);
            if (parts.length < 2 || !parts[0].equals(PREFIX) || parts[1].isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Press(parts[1], List.copyOf(Arrays.asList(parts).subList(2, parts.length))));
        }

        String arg(int index) {
            return index < args.size() ? args.get(index) : null;
        }
    }
}
